const made = new WeakMap<readonly string[], Map<string, Record<string, string>>>();

/**
 * The result's column names `${prefix}${column}` for a statement that reads another table's
 * columns along under a prefix (`au_display_name`), made once per column list and prefix: a row
 * read by them makes no new key string per row and column.
 */
export function prefixedKeys<C extends string>(columns: readonly C[], prefix: string): Record<C, string> {
  let byPrefix = made.get(columns);
  if (!byPrefix) made.set(columns, (byPrefix = new Map()));
  let keys = byPrefix.get(prefix);
  if (!keys) byPrefix.set(prefix, (keys = Object.fromEntries(columns.map((c) => [c, `${prefix}${c}`]))));
  return keys as Record<C, string>;
}
