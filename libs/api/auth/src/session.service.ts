import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, Viewer } from '@guildhall/api-core';
import { SessionRepository } from './session.repository';
import { hashToken, newSecretToken } from './secret-token';

const TOKEN_PREFIX = 'gh_';
/** Bound on remembered sessions; past it the cache starts over. */
const CACHE_MAX_ENTRIES = 10_000;

interface CachedSession {
  viewer: Viewer;
  /** The earlier of the cache window's end and the session's own expiry. */
  until: number;
}

/** Opaque bearer tokens backed by stored sessions: a forged or revoked token never authenticates. */
@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** token hash -> viewer; empty unless sessionCacheSeconds > 0 (see AppConfig). */
  private readonly cache = new Map<string, CachedSession>();

  get ttlMs(): number {
    return this.config.sessionTtlDays * 24 * 3600 * 1000;
  }

  async start(userId: string, tx?: EntityManager): Promise<string> {
    const token = newSecretToken(TOKEN_PREFIX);
    await this.sessions.insert({ userId, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + this.ttlMs) }, tx);
    return token;
  }

  /** The viewer a token belongs to, or null when it is unknown, expired or revoked. */
  async authenticate(token: string): Promise<Viewer | null> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
    const tokenHash = hashToken(token);
    const cached = this.cache.get(tokenHash);
    if (cached && cached.until > Date.now()) return cached.viewer;
    if (cached) this.cache.delete(tokenHash);
    const row = await this.sessions.findOpen(tokenHash);
    if (!row) return null;
    const { expiresAt, ...viewer } = row;
    this.remember(tokenHash, viewer, new Date(expiresAt).getTime());
    return viewer;
  }

  async revoke(sessionId: string): Promise<void> {
    this.forget((v) => v.sessionId === sessionId);
    await this.sessions.revoke(sessionId);
    this.forget((v) => v.sessionId === sessionId); // and anything cached while the update ran
  }

  /** Drops cached sessions of a person whose role changed, so the next request sees the change. */
  forgetUser(userId: string): void {
    this.forget((v) => v.id === userId);
  }

  private remember(tokenHash: string, viewer: Viewer, sessionExpiresAt: number) {
    const windowMs = this.config.sessionCacheSeconds * 1000;
    if (!windowMs) return;
    if (this.cache.size >= CACHE_MAX_ENTRIES) this.cache.clear();
    this.cache.set(tokenHash, { viewer, until: Math.min(Date.now() + windowMs, sessionExpiresAt) });
  }

  private forget(matches: (viewer: Viewer) => boolean) {
    for (const [key, entry] of this.cache) if (matches(entry.viewer)) this.cache.delete(key);
  }
}
