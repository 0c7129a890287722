import { badInput, isAdmin, Viewer } from '@guildhall/api-core';
import {
  BIO_MAX_LENGTH,
  DISCIPLINE_MAX_LENGTH,
  DISPLAY_NAME_MAX_LENGTH,
  isEmailAddress,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@guildhall/shared-domain';

/** A person's email is private: only they and admins see it, or find anyone by it. */
export function canSeeEmail(viewer: Viewer | null | undefined, userId?: string): boolean {
  return !!viewer && (isAdmin(viewer) || viewer.id === userId);
}

/** The person's email as the viewer may see it: null where canSeeEmail says no. */
export function visibleEmail(viewer: Viewer | null | undefined, person: { id: string; email: string }): string | null {
  return canSeeEmail(viewer, person.id) ? person.email : null;
}

/** Normalises an email for storage and lookup; refuses what is not an address. */
export function normaliseEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!isEmailAddress(email)) {
    throw badInput('Enter a valid email address, like ada@example.com.', 'email');
  }
  return email;
}

export function checkPassword(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw badInput(`Choose a password of at least ${PASSWORD_MIN_LENGTH} characters.`, 'password');
  }
  if (password.length > PASSWORD_MAX_LENGTH) throw badInput(`That password is too long (${PASSWORD_MAX_LENGTH} characters at most).`, 'password');
}

export function cleanDisplayName(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.length > DISPLAY_NAME_MAX_LENGTH) {
    throw badInput(`Keep the display name under ${DISPLAY_NAME_MAX_LENGTH} characters.`, 'displayName');
  }
  const name = trimmed.replace(/\s+/g, ' ');
  if (!name) throw badInput('Enter a display name.', 'displayName');
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
