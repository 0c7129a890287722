import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { EntityManager, IsNull, MoreThan, Repository } from 'typeorm';
import { APP_CONFIG, AppConfig, Viewer } from '@guildhall/api-core';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

const TOKEN_PREFIX = 'gh_';

/** Opaque bearer tokens backed by stored sessions: a forged or revoked token never authenticates. */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlMs(): number {
    return this.config.sessionTtlDays * 24 * 3600 * 1000;
  }

  async start(userId: string, manager: EntityManager = this.sessions.manager): Promise<string> {
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    await manager.insert(SessionEntity, {
      userId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + this.ttlMs),
    });
    return token;
  }

  /** The viewer a token belongs to, or null when it is unknown, expired or revoked. */
  async authenticate(token: string): Promise<Viewer | null> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
    const row = await this.sessions.manager
      .createQueryBuilder(SessionEntity, 's')
      .innerJoin(UserEntity, 'u', 'u.id = s.user_id')
      .select(['s.id AS "sessionId"', 'u.id AS "id"', 'u.role AS "role"'])
      .where({ tokenHash: hashToken(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) })
      .getRawOne<Viewer>();
    return row ?? null;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
