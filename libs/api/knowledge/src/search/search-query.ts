import { cleanSearchTerm } from '@guildhall/api-core';

/** The search text as typed, trimmed; over-long queries are a client mistake. */
export function cleanSearchText(raw: string): string {
  return cleanSearchTerm(raw, 'query');
}

/**
 * A prefix tsquery for names ("ada lov" -> `'ada':* & 'lov':*`), or null when the text has no
 * words. Only letters and digits survive, each quoted as a lexeme, so no input can change the
 * query's syntax.
 */
export function prefixTsquery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words)].slice(0, 8);
  return unique.length ? unique.map((w) => `'${w}':*`).join(' & ') : null;
}

/**
 * ts_headline output made plain text: Markdown punctuation that would read as noise in a short
 * excerpt is dropped, whitespace collapsed; the «» match markers are kept.
 */
export function plainSnippet(headline: string | null | undefined): string | null {
  if (!headline) return null;
  const text = headline
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[`*_~#>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text || null;
}
