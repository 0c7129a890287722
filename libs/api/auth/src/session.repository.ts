import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { Viewer } from '@guildhall/api-core';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

/** Every statement on auth's `sessions` table. */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(session: Pick<SessionEntity, 'userId' | 'tokenHash' | 'expiresAt'>, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.insert(SessionEntity, session);
  }

  /** The viewer of an open (unexpired, unrevoked) session, with the session's expiry; one statement. */
  findOpen(tokenHash: string): Promise<(Viewer & { expiresAt: Date }) | undefined> {
    return this.db.manager
      .createQueryBuilder(SessionEntity, 's')
      .innerJoin(UserEntity, 'u', 'u.id = s.user_id')
      .select(['s.id AS "sessionId"', 'u.id AS "id"', 'u.role AS "role"', 's.expires_at AS "expiresAt"'])
      .where({ tokenHash, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) })
      .getRawOne<Viewer & { expiresAt: Date }>();
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.manager.update(SessionEntity, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
