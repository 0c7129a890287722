import { badInput } from '../errors/app-errors';

export const SEARCH_TERM_MAX_LENGTH = 200;

/** What someone typed into a search box, trimmed; refused when longer than any real search. */
export function cleanSearchTerm(raw: string | null | undefined, field = 'search'): string {
  const text = (raw ?? '').trim();
  if (text.length > SEARCH_TERM_MAX_LENGTH) throw badInput(`Keep the ${field} under ${SEARCH_TERM_MAX_LENGTH} characters.`, field);
  return text;
}
