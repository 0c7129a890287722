import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { cleanSearchTerm, conflict, DomainEvents, forbidden, isAdmin, notFound, Page, PrivilegedActionTaken, Viewer } from '@guildhall/api-core';
import { UpdateProfileInput } from './dto/update-profile.input';
import { canSeeEmail, cleanDisplayName, cleanOptional } from './account-rules';
import { Role } from './user.model';
import { SessionService } from './session.service';
import { UserEntity } from './user.entity';
import { UserPatch, UserRepository } from './user.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserRepository,
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly events: DomainEvents,
  ) {}

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users.findByIds(ids);
  }

  get(id: string): Promise<UserEntity | null> {
    return this.users.findById(id);
  }

  /**
   * The people directory, by name; `search` matches name and discipline, and for admins also the
   * email prefix: anyone else could confirm a private address, one character at a time.
   */
  directory(viewer: Viewer, args: { first?: number | null; after?: string | null; search?: string | null }): Promise<Page<UserEntity>> {
    return this.users.directory({ term: cleanSearchTerm(args.search), emailPrefix: canSeeEmail(viewer) }, args);
  }

  /**
   * A page of people by name, chosen by another context: `ids` is a subquery over the caller's own
   * tables (e.g. a guild's members) with named parameters, so the page and its count stay one
   * statement each and auth's table is named only here.
   */
  pageOf(ids: { sql: string; params: Record<string, unknown> }, args: { first?: number | null; after?: string | null }): Promise<Page<UserEntity>> {
    return this.users.pageOf(ids, args);
  }

  updateProfile(viewer: Viewer, input: UpdateProfileInput): Promise<UserEntity> {
    const patch: UserPatch = {};
    if (input.displayName !== undefined && input.displayName !== null) patch.displayName = cleanDisplayName(input.displayName);
    if (input.discipline !== undefined) patch.discipline = cleanOptional(input.discipline, 'discipline');
    if (input.bio !== undefined) patch.bio = cleanOptional(input.bio, 'bio');
    return this.users.update(viewer.id, patch);
  }

  /** Admins only; the last admin cannot demote themself. */
  async setRole(viewer: Viewer, userId: string, role: Role): Promise<UserEntity> {
    if (!isAdmin(viewer)) throw forbidden('Only admins can change roles.');
    const changed = await this.db.transaction(async (tx) => {
      const admins = await this.users.lockAdmins(tx);
      const target = await this.users.findById(userId, tx);
      if (!target) throw notFound('That person');
      if (target.role === role) return target;
      if (role === Role.MEMBER && admins.length === 1 && admins[0].id === target.id) {
        throw conflict('You are the last admin. Make someone else an admin before stepping down.');
      }
      await this.users.setRole(tx, target.id, role);
      await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'user.role.changed', { type: 'user', id: target.id, label: target.displayName }, { role: target.role }, { role }));
      return { ...target, role };
    });
    await this.sessions.forgetUser(changed.id);
    return changed;
  }
}
