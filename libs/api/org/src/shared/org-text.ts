import { badInput } from '@guildhall/api-core';
import { ORG_NAME_MAX_LENGTH, ORG_TEXT_MAX_LENGTH } from '@guildhall/shared-domain';

export { ORG_NAME_MAX_LENGTH, ORG_TEXT_MAX_LENGTH };

/** Trimmed, inner whitespace collapsed to one space. */
export function collapseSpaces(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ');
}

/** A required name: trimmed, inner whitespace collapsed, non-empty, at most ORG_NAME_MAX_LENGTH characters. */
export function cleanName(raw: string | null | undefined, field = 'name', what = 'a name'): string {
  const name = collapseSpaces(raw ?? '');
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

/**
 * Text from an import file, cut to fit where a mutation would refuse it: an import reports
 * problems line by line and keeps going, so an over-long name is shortened rather than lost.
 * Not a string: ''.
 */
export function fitText(raw: unknown, max: number): string {
  return typeof raw === 'string' ? collapseSpaces(raw).slice(0, max) : '';
}
