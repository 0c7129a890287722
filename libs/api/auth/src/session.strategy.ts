import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import { Viewer } from '@guildhall/api-core';
import { SessionService } from './session.service';

export const SESSION_COOKIE = 'gh_session';

/** Reads `Authorization: Bearer` (API clients) or the httpOnly session cookie (the web app). */
export function tokenFrom(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header) {
    const [scheme, token] = header.split(' ');
    return scheme?.toLowerCase() === 'bearer' && token ? token.trim() : '';
  }
  return (req as Request & { cookies?: Record<string, string> }).cookies?.[SESSION_COOKIE];
}

@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(private readonly sessions: SessionService) {
    super();
  }

  async validate(req: Request): Promise<Viewer | false> {
    const token = tokenFrom(req);
    if (token === undefined) return false;
    return (await this.sessions.authenticate(token)) ?? false;
  }
}
