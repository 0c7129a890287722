import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, InstanceBroadcast, Viewer } from '@guildhall/api-core';
import { SessionRepository } from './session.repository';
import { hashToken, newSecretToken } from './secret-token';

const TOKEN_PREFIX = 'gh_';
/** Bound on remembered sessions; past it the cache starts over. */
const CACHE_MAX_ENTRIES = 10_000;
/** What every instance hears when a session must not be reused from memory any more. */
const FORGET = 'session.forget';

interface CachedSession {
  viewer: Viewer;
  /** The earlier of the cache window's end and the session's own expiry. */
  until: number;
}

/**
 * Opaque bearer tokens backed by stored sessions: a forged or revoked token never authenticates.
 *
 * Each instance remembers recent lookups for `sessionCacheSeconds`, so most requests run no
 * session statement. Sign-out and role changes are broadcast to every instance (through Redis
 * when there are several), which forget the person's sessions at once; an instance that may
 * have missed a broadcast (its subscription down) neither reads nor fills the cache.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly broadcast: InstanceBroadcast,
  ) {
    broadcast.on(
      FORGET,
      (m) => this.forget((v) => v.sessionId === m.sessionId || v.id === m.userId),
      () => this.forget(() => true),
    );
  }

  /** token hash -> viewer; empty unless sessionCacheSeconds > 0 (see AppConfig). */
  private readonly cache = new Map<string, CachedSession>();
  /** Moves on every forget, so a lookup that raced one is not cached. */
  private generation = 0;
  /**
   * Look-ups running now, by token hash: when a cached session's window ends, the requests that
   * arrive together share one statement instead of each running its own (a client's 50 open
   * connections queued 50 statements for the pool's 10 connections). Cleared on every forget, so
   * nobody joins a look-up that began before a sign-out.
   */
  private readonly running = new Map<string, Promise<Viewer | null>>();

  /** With Redis configured, only while its broadcasts reach this instance; without, as configured. */
  private get cacheUsable(): boolean {
    return this.config.sessionCacheSeconds > 0 && (!this.config.redisUrl || this.broadcast.isShared);
  }

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
    const usable = this.cacheUsable;
    const cached = usable ? this.cache.get(tokenHash) : undefined;
    if (cached && cached.until > Date.now()) return cached.viewer;
    if (cached) this.cache.delete(tokenHash);
    if (!usable) return this.lookUp(tokenHash, false);
    let lookUp = this.running.get(tokenHash);
    if (!lookUp) {
      lookUp = this.lookUp(tokenHash, true);
      this.running.set(tokenHash, lookUp);
      const done = () => this.running.get(tokenHash) === lookUp && this.running.delete(tokenHash);
      lookUp.then(done, done);
    }
    return lookUp;
  }

  private async lookUp(tokenHash: string, remember: boolean): Promise<Viewer | null> {
    const generation = this.generation;
    const row = await this.sessions.findOpen(tokenHash);
    if (!row) return null;
    const { expiresAt, ...viewer } = row;
    if (remember && generation === this.generation) this.remember(tokenHash, viewer, new Date(expiresAt).getTime());
    return viewer;
  }

  /** Ends a session everywhere: stored as revoked, then forgotten by every instance. */
  async revoke(sessionId: string): Promise<void> {
    await this.sessions.revoke(sessionId);
    await this.broadcast.publish(FORGET, { sessionId });
  }

  /** Every instance drops the cached sessions of a person whose role changed, so their next request sees it. */
  async forgetUser(userId: string): Promise<void> {
    await this.broadcast.publish(FORGET, { userId });
  }

  private remember(tokenHash: string, viewer: Viewer, sessionExpiresAt: number) {
    if (this.cache.size >= CACHE_MAX_ENTRIES) this.cache.clear();
    this.cache.set(tokenHash, { viewer, until: Math.min(Date.now() + this.config.sessionCacheSeconds * 1000, sessionExpiresAt) });
  }

  private forget(matches: (viewer: Viewer) => boolean) {
    this.generation++;
    this.running.clear();
    for (const [key, entry] of this.cache) if (matches(entry.viewer)) this.cache.delete(key);
  }
}
