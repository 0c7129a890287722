import { badInput } from '@guildhall/api-core';

/**
 * Text rules of the team interfaces: lengths are checked before anything runs over the input,
 * too long is refused (never cut), blank optional text is null.
 */
export function cleanRequired(raw: string | null | undefined, field: string, max: number, what: string): string {
  if (raw !== null && raw !== undefined && raw.length > max * 2) throw badInput(`Keep ${field} to ${max} characters or fewer.`, field);
  const value = (raw ?? '').trim();
  if (!value) throw badInput(`${what}: ${field} cannot be blank.`, field);
  if (value.length > max) throw badInput(`Keep ${field} to ${max} characters or fewer.`, field);
  return value;
}

/** A title: trimmed and single-spaced. */
export function cleanTitle(raw: string | null | undefined, max: number, what: string): string {
  return cleanRequired(raw, 'title', max, what).replace(/\s+/g, ' ');
}

export function cleanOptional(raw: string | null | undefined, field: string, max: number): string | null {
  if (raw === null || raw === undefined) return null;
  if (raw.length > max * 2) throw badInput(`Keep ${field} to ${max} characters or fewer.`, field);
  const value = raw.trim();
  if (value.length > max) throw badInput(`Keep ${field} to ${max} characters or fewer.`, field);
  return value || null;
}

/** A date and time, or null. */
export function checkDate(value: Date | null | undefined, field: string): Date | null {
  if (value === null || value === undefined) return null;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw badInput(`${field} must be a date and time.`, field);
  return value;
}

/** One of the allowed values, or BAD_USER_INPUT naming them. */
export function checkOneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw badInput(`${field} must be one of ${allowed.join(', ')}.`, field);
  return value as T;
}
