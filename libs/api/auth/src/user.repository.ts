import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { EntityRows, entityRows, escapeLike, isUuid, Page, pageByName, prepared } from '@guildhall/api-core';
import type { RoleName } from '@guildhall/shared-domain';
import { UserEntity } from './user.entity';

export interface PersonToEnsure {
  /** Lower-cased; distinct within one call. */
  email: string;
  displayName: string;
  /** null leaves an existing person's discipline as it is. */
  discipline: string | null;
}

export interface EnsuredPerson {
  id: string;
  state: 'created' | 'updated' | 'unchanged';
}

/** Someone as other contexts' exports show them; the email is for admins' eyes (canSeeEmail). */
export interface PersonRecord {
  id: string;
  email: string;
  displayName: string;
  discipline: string | null;
}

export type UserPatch = Partial<Pick<UserEntity, 'displayName' | 'discipline' | 'bio'>>;

/** People handled per statement by the set-based writes. */
const BATCH = 500;
const BY_NAME = { name: 'u.display_name', id: 'u.id' };
const nameKey = (u: UserEntity): [string, string] => [u.displayName, u.id];

/**
 * Every statement on auth's `users` table. Methods that take `tx` run in the caller's transaction;
 * the set-based ones (ensurePeople, setPasswordHashes, seedRoles, everyone) are what other
 * contexts may do with people: the org import adds them in bulk, the demo seeder lets them sign in.
 */
@Injectable()
export class UserRepository {
  private readonly rows: EntityRows<UserEntity>;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.rows = entityRows(db, UserEntity, 'u');
  }

  /** Everyone's loader of people by id (the hot read behind every author and publisher): plain and prepared. */
  async findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return (await this.db.query(prepared(`SELECT ${this.rows.columns} FROM users u WHERE u.id = ANY($1::uuid[])`), [valid])).map(this.rows.read);
  }

  /** null for an unknown or malformed id. */
  findById(id: string, tx: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return isUuid(id) ? tx.findOneBy(UserEntity, { id }) : Promise.resolve(null);
  }

  /** `email` lower-cased; addresses match case-insensitively. */
  findByEmail(email: string, tx: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return tx.createQueryBuilder(UserEntity, 'u').where('lower(u.email) = :email', { email }).getOne();
  }

  /** People by name whose name or discipline contains `term` (or, with `emailPrefix`, whose email starts with it). */
  directory(search: { term: string | null; emailPrefix: boolean }, args: { first?: number | null; after?: string | null }): Promise<Page<UserEntity>> {
    const qb = this.db.manager.createQueryBuilder(UserEntity, 'u');
    if (search.term) {
      const like = escapeLike(search.term.toLowerCase());
      qb.where(
        new Brackets((w) => {
          w.where('lower(u.display_name) LIKE :contains', { contains: `%${like}%` }).orWhere('lower(u.discipline) LIKE :contains');
          if (search.emailPrefix) w.orWhere('lower(u.email) LIKE :prefix', { prefix: `${like}%` });
        }),
      );
    }
    return pageByName(qb, BY_NAME, args, nameKey);
  }

  /** People by name among `ids`, a subquery over another context's own tables with named parameters. */
  pageOf(ids: { sql: string; params: Record<string, unknown> }, args: { first?: number | null; after?: string | null }): Promise<Page<UserEntity>> {
    const qb = this.db.manager.createQueryBuilder(UserEntity, 'u').where(`u.id IN (${ids.sql})`, ids.params);
    return pageByName(qb, BY_NAME, args, nameKey);
  }

  async update(id: string, patch: UserPatch): Promise<UserEntity> {
    if (Object.keys(patch).length) await this.db.manager.update(UserEntity, { id }, patch);
    return this.db.manager.findOneByOrFail(UserEntity, { id });
  }

  /** The admins, locked until `tx` ends, so two concurrent demotions cannot both pass the last-admin check. */
  lockAdmins(tx: EntityManager): Promise<UserEntity[]> {
    return tx.createQueryBuilder(UserEntity, 'u').setLock('pessimistic_write').where('u.role = :role', { role: 'ADMIN' }).getMany();
  }

  async setRole(tx: EntityManager, id: string, role: RoleName): Promise<void> {
    await tx.update(UserEntity, { id }, { role });
  }

  /** Until `tx` ends, no one else adds a first account: two first accounts cannot both become admin. */
  async serialiseSignUps(tx: EntityManager): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['guildhall:sign-up']);
  }

  /** Whether anyone has an account yet. */
  async hasPeople(tx: EntityManager): Promise<boolean> {
    return !!(await tx.createQueryBuilder(UserEntity, 'u').select('1').limit(1).getRawOne());
  }

  create(tx: EntityManager, user: Pick<UserEntity, 'email' | 'passwordHash' | 'displayName' | 'discipline' | 'role'>): Promise<UserEntity> {
    return tx.save(tx.create(UserEntity, user));
  }

  /** Sets the password of a person who has none yet; false when they already had one. */
  async claim(tx: EntityManager, id: string, passwordHash: string): Promise<boolean> {
    // TypeORM answers UPDATE ... RETURNING with [rows, rowCount].
    const [[claimed]] = await tx.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1 AND password_hash IS NULL RETURNING id`, [id, passwordHash]);
    return !!claimed;
  }

  /**
   * Finds each person by email, adding the missing ones and updating the name and discipline of
   * those that changed; answers in the order given. People added this way have no password until
   * they accept an invitation. A few statements per batch, whatever the number of people;
   * `progress` hears how many were handled after each batch.
   */
  async ensurePeople(tx: EntityManager, people: readonly PersonToEnsure[], progress: (handled: number) => void = () => undefined): Promise<EnsuredPerson[]> {
    const out: EnsuredPerson[] = [];
    for (let i = 0; i < people.length; i += BATCH) {
      const batch = people.slice(i, i + BATCH);
      const emails = batch.map((p) => p.email.toLowerCase());
      const existing = new Map<string, { id: string; display_name: string; discipline: string | null }>(
        (await tx.query(`SELECT id, lower(email) AS email, display_name, discipline FROM users WHERE lower(email) = ANY($1)`, [emails])).map((r: any) => [r.email, r]),
      );
      const changed = batch.filter((p, n) => {
        const row = existing.get(emails[n]);
        return row && (row.display_name !== p.displayName || (p.discipline && row.discipline !== p.discipline));
      });
      if (changed.length) {
        await tx.query(
          `UPDATE users u SET display_name = w.display_name, discipline = COALESCE(w.discipline, u.discipline), updated_at = now()
             FROM unnest($1::uuid[], $2::text[], $3::text[]) AS w(id, display_name, discipline) WHERE u.id = w.id`,
          [changed.map((p) => existing.get(p.email.toLowerCase())!.id), changed.map((p) => p.displayName), changed.map((p) => p.discipline)],
        );
      }
      const missing = batch.filter((_, n) => !existing.has(emails[n]));
      const added = new Map<string, string>();
      if (missing.length) {
        const rows = await tx.query(
          `INSERT INTO users (email, display_name, discipline) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) RETURNING id, lower(email) AS email`,
          [missing.map((p) => p.email.toLowerCase()), missing.map((p) => p.displayName), missing.map((p) => p.discipline)],
        );
        for (const r of rows) added.set(r.email, r.id);
      }
      const updated = new Set(changed);
      batch.forEach((p, n) => {
        const row = existing.get(emails[n]);
        out.push(row ? { id: row.id, state: updated.has(p) ? 'updated' : 'unchanged' } : { id: added.get(emails[n])!, state: 'created' });
      });
      progress(batch.length);
    }
    return out;
  }

  /** Gives these people (by email) a password hash, e.g. the demo's shared password. */
  async setPasswordHashes(tx: EntityManager, emails: readonly string[], passwordHash: string): Promise<void> {
    await tx.query(`UPDATE users SET password_hash = $2 WHERE lower(email) = ANY($1)`, [emails.map((e) => e.toLowerCase()), passwordHash]);
  }

  /** Sets these people's (by email) role, without the checks of UsersService.setRole: for seeding only. */
  async seedRoles(tx: EntityManager, emails: readonly string[], role: RoleName): Promise<void> {
    await tx.query(`UPDATE users SET role = $2 WHERE lower(email) = ANY($1)`, [emails.map((e) => e.toLowerCase()), role]);
  }

  /** Everyone, by email: one statement, in the caller's transaction (the org export's snapshot). */
  async everyone(tx: EntityManager): Promise<PersonRecord[]> {
    const rows = await tx.query(`SELECT id, email, display_name, discipline FROM users ORDER BY lower(email), id`);
    return rows.map((r: any) => ({ id: r.id, email: r.email, displayName: r.display_name, discipline: r.discipline }));
  }
}
