/** Rules about accounts that the API enforces and the web app explains before submitting. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 1024;
export const DISPLAY_NAME_MAX_LENGTH = 80;
export const DISCIPLINE_MAX_LENGTH = 60;
export const BIO_MAX_LENGTH = 2000;
export const EMAIL_MAX_LENGTH = 254;

/**
 * Pragmatic email shape: something@domain.tld, no spaces. Linear: no two parts can match the
 * same characters, so a crafted address cannot make it backtrack. Use isEmailAddress, which
 * checks the length first.
 */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** An address Guildhall accepts: length checked before the pattern runs. */
export function isEmailAddress(email: string): boolean {
  return email.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(email);
}

export const ROLES = ['ADMIN', 'MEMBER'] as const;
export type RoleName = (typeof ROLES)[number];
