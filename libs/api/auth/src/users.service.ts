import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, In, Repository } from 'typeorm';
import { cleanSearchTerm, conflict, DomainEvents, escapeLike, forbidden, isAdmin, isUuid, notFound, Page, pageByName, PrivilegedActionTaken, Viewer } from '@guildhall/api-core';
import { UpdateProfileInput } from './dto/update-profile.input';
import { canSeeEmail, cleanDisplayName, cleanOptional } from './account-rules';
import { Role } from './user.model';
import { SessionService } from './session.service';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly events: DomainEvents,
  ) {}

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length ? this.users.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  async get(id: string): Promise<UserEntity | null> {
    if (!isUuid(id)) return null;
    return this.users.findOneBy({ id });
  }

  /**
   * The people directory, by name; `search` matches name and discipline, and for admins also the
   * email prefix: anyone else could confirm a private address, one character at a time.
   */
  async directory(viewer: Viewer, args: { first?: number | null; after?: string | null; search?: string | null }): Promise<Page<UserEntity>> {
    const qb = this.users.createQueryBuilder('u');
    const term = cleanSearchTerm(args.search);
    if (term) {
      const like = escapeLike(term.toLowerCase());
      qb.where(
        new Brackets((w) => {
          w.where('lower(u.display_name) LIKE :contains', { contains: `%${like}%` }).orWhere('lower(u.discipline) LIKE :contains');
          if (canSeeEmail(viewer)) w.orWhere('lower(u.email) LIKE :prefix', { prefix: `${like}%` });
        }),
      );
    }
    return pageByName(qb, { name: 'u.display_name', id: 'u.id' }, args, (u) => [u.displayName, u.id]);
  }

  /**
   * A page of people by name, chosen by another context: `ids` is a subquery over the caller's own
   * tables (e.g. a guild's members) with named parameters, so the page and its count stay one
   * statement each and auth's table is named only here.
   */
  pageOf(ids: { sql: string; params: Record<string, unknown> }, args: { first?: number | null; after?: string | null }): Promise<Page<UserEntity>> {
    const qb = this.users.createQueryBuilder('u').where(`u.id IN (${ids.sql})`, ids.params);
    return pageByName(qb, { name: 'u.display_name', id: 'u.id' }, args, (u) => [u.displayName, u.id]);
  }

  async updateProfile(viewer: Viewer, input: UpdateProfileInput): Promise<UserEntity> {
    const patch: Partial<UserEntity> = {};
    if (input.displayName !== undefined && input.displayName !== null) patch.displayName = cleanDisplayName(input.displayName);
    if (input.discipline !== undefined) patch.discipline = cleanOptional(input.discipline, 'discipline');
    if (input.bio !== undefined) patch.bio = cleanOptional(input.bio, 'bio');
    if (Object.keys(patch).length) await this.users.update({ id: viewer.id }, patch);
    return this.users.findOneByOrFail({ id: viewer.id });
  }

  /** Admins only; the last admin cannot demote themself. */
  async setRole(viewer: Viewer, userId: string, role: Role): Promise<UserEntity> {
    if (!isAdmin(viewer)) throw forbidden('Only admins can change roles.');
    const changed = await this.db.transaction(async (tx) => {
      // Lock the admins so two concurrent demotions cannot both pass the last-admin check.
      const admins = await tx
        .createQueryBuilder(UserEntity, 'u')
        .setLock('pessimistic_write')
        .where('u.role = :role', { role: Role.ADMIN })
        .getMany();
      const target = isUuid(userId) ? await tx.findOneBy(UserEntity, { id: userId }) : null;
      if (!target) throw notFound('That person');
      if (target.role === role) return target;
      if (role === Role.MEMBER && admins.length === 1 && admins[0].id === target.id) {
        throw conflict('You are the last admin. Make someone else an admin before stepping down.');
      }
      await tx.update(UserEntity, { id: target.id }, { role });
      await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'user.role.changed', { type: 'user', id: target.id, label: target.displayName }, { role: target.role }, { role }));
      return { ...target, role };
    });
    this.sessions.forgetUser(changed.id);
    return changed;
  }
}
