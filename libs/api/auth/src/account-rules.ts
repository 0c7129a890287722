import { badInput } from '@guildhall/api-core';
import {
  BIO_MAX_LENGTH,
  DISCIPLINE_MAX_LENGTH,
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  EMAIL_PATTERN,
  PASSWORD_MIN_LENGTH,
} from '@guildhall/shared-domain';

/** Normalises an email for storage and lookup; refuses what is not an address. */
export function normaliseEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!EMAIL_PATTERN.test(email) || email.length > EMAIL_MAX_LENGTH) {
    throw badInput('Enter a valid email address, like ada@example.com.', 'email');
  }
  return email;
}

export function checkPassword(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw badInput(`Choose a password of at least ${PASSWORD_MIN_LENGTH} characters.`, 'password');
  }
  if (password.length > 1024) throw badInput('That password is too long (1024 characters at most).', 'password');
}

export function cleanDisplayName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!name) throw badInput('Enter a display name.', 'displayName');
  if (name.length > DISPLAY_NAME_MAX_LENGTH) {
    throw badInput(`Keep the display name under ${DISPLAY_NAME_MAX_LENGTH} characters.`, 'displayName');
  }
  return name;
}

/** Optional short text: blank becomes null. */
export function cleanOptional(raw: string | null | undefined, field: 'discipline' | 'bio'): string | null {
  if (raw === null || raw === undefined) return null;
  const value = raw.trim();
  const max = field === 'bio' ? BIO_MAX_LENGTH : DISCIPLINE_MAX_LENGTH;
  if (value.length > max) throw badInput(`Keep the ${field} under ${max} characters.`, field);
  return value || null;
}
