import { badInput } from '@guildhall/api-core';

export const ORG_NAME_MAX_LENGTH = 80;
export const ORG_TEXT_MAX_LENGTH = 2000;

/** A required name: trimmed, inner whitespace collapsed, non-empty, at most 80 characters. */
export function cleanName(raw: string | null | undefined, field = 'name', what = 'a name'): string {
  const name = (raw ?? '').trim().replace(/\s+/g, ' ');
  if (!name) throw badInput(`Enter ${what}; it cannot be blank.`, field);
  if (name.length > ORG_NAME_MAX_LENGTH) throw badInput(`Keep the ${field} to ${ORG_NAME_MAX_LENGTH} characters or fewer.`, field);
  return name;
}

/** Optional longer text (mission, description): trimmed, blank becomes null. */
export function cleanText(raw: string | null | undefined, field: string, max = ORG_TEXT_MAX_LENGTH): string | null {
  if (raw === null || raw === undefined) return null;
  const value = raw.trim();
  if (value.length > max) throw badInput(`Keep the ${field} to ${max} characters or fewer.`, field);
  return value || null;
}
