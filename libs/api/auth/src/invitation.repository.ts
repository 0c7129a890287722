import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { InvitationEntity } from './invitation.entity';

/** Every statement on auth's `invitations` table; each runs in the caller's transaction. */
@Injectable()
export class InvitationRepository {
  async insert(tx: EntityManager, invitation: Pick<InvitationEntity, 'userId' | 'tokenHash' | 'createdById' | 'expiresAt'>): Promise<void> {
    await tx.insert(InvitationEntity, invitation);
  }

  /** Marks an open invitation used and answers whose it was; null when it was used, expired or never existed. */
  async consume(tx: EntityManager, tokenHash: string): Promise<string | null> {
    // TypeORM answers UPDATE ... RETURNING with [rows, rowCount].
    const [[invitation]] = await tx.query(
      `UPDATE invitations SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
      [tokenHash],
    );
    return invitation?.user_id ?? null;
  }

  /** Closes every other open invitation of the person. */
  async consumeAllOf(tx: EntityManager, userId: string): Promise<void> {
    await tx.query(`UPDATE invitations SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }
}
