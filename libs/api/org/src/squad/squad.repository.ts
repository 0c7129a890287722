import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { EntityRows, entityRows, isUuid, prepared } from '@guildhall/api-core';
import { SquadEntity, SquadMembershipEntity } from './squad.entity';

export type SquadPatch = Partial<Pick<SquadEntity, 'name' | 'mission' | 'framework' | 'productOwnerId' | 'agileCoachId'>>;

/** A person's squad with its tribe, as the membership rules need it. */
export interface SquadOfPerson {
  id: string;
  name: string;
  tribe_id: string;
  tribe_name: string;
}

/**
 * Every statement on org's `squads` and `squad_memberships` tables, except the set-based moves the
 * mutations and the import share (moveIntoSquads, shared/membership-rules.ts). Methods that take
 * `tx` run in the caller's transaction.
 */
@Injectable()
export class SquadRepository {
  private readonly rows: EntityRows<SquadEntity>;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.rows = entityRows(db, SquadEntity, 's');
  }

  /** null for an unknown or malformed id. */
  findById(id: string, tx: EntityManager = this.db.manager): Promise<SquadEntity | null> {
    return isUuid(id) ? tx.findOneBy(SquadEntity, { id }) : Promise.resolve(null);
  }

  findBySlug(slug: string): Promise<SquadEntity | null> {
    return this.db.manager.findOneBy(SquadEntity, { slug });
  }

  async findByIds(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<SquadEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return (await tx.query(prepared(`SELECT ${this.rows.columns} FROM squads s WHERE s.id = ANY($1::uuid[])`), [valid])).map(this.rows.read);
  }

  /** The tribes' squads, by name. */
  async byTribes(tribeIds: readonly string[]): Promise<SquadEntity[]> {
    const valid = tribeIds.filter(isUuid);
    if (!valid.length) return [];
    return (await this.db.query(prepared(`SELECT ${this.rows.columns} FROM squads s WHERE s.tribe_id = ANY($1::uuid[]) ORDER BY lower(s.name), s.id`), [valid])).map(this.rows.read);
  }

  /** Membership rows of the squads, ordered by the members' names. */
  memberRows(squadIds: readonly string[]): Promise<{ squad_id: string; user_id: string }[]> {
    return this.db.query(
      `SELECT m.squad_id, m.user_id FROM squad_memberships m JOIN auth_people_directory u ON u.id = m.user_id
        WHERE m.squad_id = ANY($1::uuid[]) ORDER BY lower(u.display_name), u.id`,
      [[...squadIds]],
    );
  }

  membershipsOf(userIds: readonly string[], tx: EntityManager = this.db.manager): Promise<SquadMembershipEntity[]> {
    return tx.findBy(SquadMembershipEntity, { userId: In(userIds.filter(isUuid)) });
  }

  /** The person's squad and its tribe, their membership locked until `tx` ends so concurrent moves serialise; undefined when they have none. */
  async lockSquadOf(tx: EntityManager, userId: string): Promise<SquadOfPerson | undefined> {
    const [squad] = await tx.query(
      `SELECT s.id, s.name, s.tribe_id, t.name AS tribe_name FROM squad_memberships m
         JOIN squads s ON s.id = m.squad_id JOIN tribes t ON t.id = s.tribe_id
        WHERE m.user_id = $1 FOR UPDATE OF m`,
      [userId],
    );
    return squad;
  }

  create(tx: EntityManager, squad: Pick<SquadEntity, 'slug' | 'tribeId' | 'name' | 'mission' | 'framework'>): Promise<SquadEntity> {
    return tx.save(tx.create(SquadEntity, squad));
  }

  /** Applies the patch (if any) and reads the squad back. */
  async update(tx: EntityManager, id: string, patch: SquadPatch): Promise<SquadEntity> {
    if (Object.keys(patch).length) await tx.update(SquadEntity, { id }, patch);
    return tx.findOneByOrFail(SquadEntity, { id });
  }

  /** Whether the person was in the squad. */
  async removeMember(tx: EntityManager, squadId: string, userId: string): Promise<boolean> {
    return !!(await tx.delete(SquadMembershipEntity, { userId, squadId })).affected;
  }
}
