import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session tokens and invitation links. */
export function newSecretToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Tokens are stored only as their hash, so a leaked table holds nothing that signs anyone in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
