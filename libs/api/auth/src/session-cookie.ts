import type { Response } from 'express';
import { AppConfig } from '@guildhall/api-core';
import { SESSION_COOKIE } from './session.strategy';

/** The web app's session lives in an httpOnly cookie (never script-readable storage); API clients use the token. */
function cookieOptions(config: AppConfig) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure, path: '/' };
}

export function setSessionCookie(res: Response, token: string, config: AppConfig): void {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(config), maxAge: config.sessionTtlDays * 86_400_000 });
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(config));
}
