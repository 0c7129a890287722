import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, conflict, DomainEvents, forbidden, isAdmin, notFound, PrivilegedActionTaken, Viewer } from '@guildhall/api-core';
import { checkPassword } from './account-rules';
import { AuthResult, AuthService } from './auth.service';
import { InvitationRepository } from './invitation.repository';
import { hashToken, newSecretToken } from './secret-token';
import { SessionService } from './session.service';
import { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';

export const INVITATION_TTL_DAYS = 14;
const INVALID = 'This invitation link is not valid any more: it was already used or has expired. Ask an admin for a new one.';

/** Invitations let people who arrived by import (no password yet) claim their account. */
@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly invitations: InvitationRepository,
    private readonly users: UserRepository,
    private readonly sessions: SessionService,
    private readonly events: DomainEvents,
  ) {}

  /** Admins only; for people who have not claimed their account yet. */
  async create(viewer: Viewer, userId: string): Promise<{ path: string; expiresAt: Date; user: UserEntity }> {
    if (!isAdmin(viewer)) throw forbidden('Only admins can invite people to claim their account.');
    const user = await this.users.findById(userId);
    if (!user) throw notFound('That person');
    if (user.passwordHash) throw conflict(`${user.displayName} has already claimed their account; they can sign in.`);
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000);
    await this.db.transaction(async (tx) => {
      await this.invitations.insert(tx, { userId: user.id, tokenHash: hashToken(token), createdById: viewer.id, expiresAt });
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
      const userId = await this.invitations.consume(tx, hashToken(token));
      if (!userId) throw badInput(INVALID, 'token');
      if (!(await this.users.claim(tx, userId, passwordHash))) throw badInput(INVALID, 'token');
      await this.invitations.consumeAllOf(tx, userId);
      const user = (await this.users.findById(userId, tx))!;
      return { accessToken: await this.sessions.start(user.id, tx), user };
    });
  }
}
