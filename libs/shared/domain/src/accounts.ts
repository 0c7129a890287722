/** Rules about accounts that the API enforces and the web app explains before submitting. */
export const PASSWORD_MIN_LENGTH = 10;
export const DISPLAY_NAME_MAX_LENGTH = 80;
export const DISCIPLINE_MAX_LENGTH = 60;
export const BIO_MAX_LENGTH = 2000;
export const EMAIL_MAX_LENGTH = 254;

/** Pragmatic email shape: something@domain.tld, no spaces. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const ROLES = ['ADMIN', 'MEMBER'] as const;
export type RoleName = (typeof ROLES)[number];
