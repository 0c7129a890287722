import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, conflict, DomainEvents, forbidden, isAdmin, isUuid, notFound, PrivilegedActionTaken, Viewer } from '@guildhall/api-core';
import { checkPassword } from './account-rules';
import { AuthResult, AuthService } from './auth.service';
import { InvitationEntity } from './invitation.entity';
import { hashToken, newSecretToken } from './secret-token';
import { SessionService } from './session.service';
import { UserEntity } from './user.entity';

export const INVITATION_TTL_DAYS = 14;
const INVALID = 'This invitation link is not valid any more: it was already used or has expired. Ask an admin for a new one.';

/** Invitations let people who arrived by import (no password yet) claim their account. */
@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly events: DomainEvents,
  ) {}

  /** Admins only; for people who have not claimed their account yet. */
  async create(viewer: Viewer, userId: string): Promise<{ path: string; expiresAt: Date; user: UserEntity }> {
    if (!isAdmin(viewer)) throw forbidden('Only admins can invite people to claim their account.');
    const user = isUuid(userId) ? await this.db.manager.findOneBy(UserEntity, { id: userId }) : null;
    if (!user) throw notFound('That person');
    if (user.passwordHash) throw conflict(`${user.displayName} has already claimed their account; they can sign in.`);
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000);
    await this.db.transaction(async (tx) => {
      await tx.insert(InvitationEntity, { userId: user.id, tokenHash: hashToken(token), createdById: viewer.id, expiresAt });
      await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'user.invited', { type: 'user', id: user.id, label: user.displayName }, null, { expiresAt }));
    });
    return { path: `/invitations/${token}`, expiresAt, user };
  }

  /** Public: sets the password, consumes the token (and any other open invitation of the person), starts a session. */
  async accept(token: string, password: string): Promise<AuthResult> {
    checkPassword(password);
    if (!token || token.length > 200) throw badInput(INVALID, 'token');
    const passwordHash = await AuthService.hashPassword(password);
    return this.db.transaction(async (tx) => {
      // TypeORM answers UPDATE ... RETURNING with [rows, rowCount].
      const [[invitation]] = await tx.query(
        `UPDATE invitations SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
        [hashToken(token)],
      );
      if (!invitation) throw badInput(INVALID, 'token');
      const [[claimed]] = await tx.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1 AND password_hash IS NULL RETURNING id`, [
        invitation.user_id,
        passwordHash,
      ]);
      if (!claimed) throw badInput(INVALID, 'token');
      await tx.query(`UPDATE invitations SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [invitation.user_id]);
      const user = await tx.findOneByOrFail(UserEntity, { id: invitation.user_id });
      return { accessToken: await this.sessions.start(user.id, tx), user };
    });
  }
}
