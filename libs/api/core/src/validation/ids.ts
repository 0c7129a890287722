/** Ids are UUIDs; anything else cannot name a row, so callers answer "not found" or refuse the input. */
export function isUuid(id: unknown): id is string {
  return typeof id === 'string' && id.length === 36 && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

/** Escapes LIKE wildcards so a search term matches literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}
