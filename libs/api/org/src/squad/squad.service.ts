import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { badInput, changedFields, DomainEvents, isUuid, PrivilegedActionTaken, Viewer } from '@guildhall/api-core';
import { DEFAULT_SQUAD_FRAMEWORK, isSquadFramework, SQUAD_FRAMEWORKS } from '@guildhall/shared-domain';
import { assertCanManageTribe } from '../shared/org-access';
import { moveIntoSquads } from '../shared/membership-rules';
import { requireSquad, requireTribe, requireUser } from '../shared/org-lookups';
import { cleanName, cleanText } from '../shared/org-text';
import { uniqueSlug } from '../shared/slug';
import { TribeEntity } from '../tribe/tribe.entity';
import { CreateSquadInput, UpdateSquadInput } from './dto/squad.inputs';
import { SquadEntity, SquadMembershipEntity } from './squad.entity';
import { SquadFramework } from './squad.model';

@Injectable()
export class SquadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
  ) {}

  getBySlug(slug: string): Promise<SquadEntity | null> {
    return this.db.manager.findOneBy(SquadEntity, { slug });
  }

  findByIds(ids: readonly string[]): Promise<SquadEntity[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? this.db.manager.findBy(SquadEntity, { id: In(valid) }) : Promise.resolve([]);
  }

  byTribes(tribeIds: readonly string[]): Promise<SquadEntity[]> {
    return this.db.manager
      .createQueryBuilder(SquadEntity, 's')
      .where('s.tribe_id IN (:...ids)', { ids: [...tribeIds] })
      .orderBy('lower(s.name)')
      .addOrderBy('s.id')
      .getMany();
  }

  /** Membership rows of the squads, ordered by the members' names. */
  memberRows(squadIds: readonly string[]): Promise<{ squad_id: string; user_id: string }[]> {
    return this.db.query(
      `SELECT m.squad_id, m.user_id FROM squad_memberships m JOIN auth_people_directory u ON u.id = m.user_id
        WHERE m.squad_id = ANY($1::uuid[]) ORDER BY lower(u.display_name), u.id`,
      [[...squadIds]],
    );
  }

  membershipsOf(userIds: readonly string[]): Promise<SquadMembershipEntity[]> {
    return this.db.manager.findBy(SquadMembershipEntity, { userId: In(userIds.filter(isUuid)) });
  }

  /** A tribe's lead (or an admin) manages its squads. */
  async create(viewer: Viewer, input: CreateSquadInput): Promise<SquadEntity> {
    const name = cleanName(input.name, 'name', 'a squad name');
    const mission = cleanText(input.mission, 'mission');
    const framework = checkFramework(input.framework ?? DEFAULT_SQUAD_FRAMEWORK);
    return this.db.transaction(async (tx) => {
      const tribe = await requireTribe(tx, input.tribeId);
      assertCanManageTribe(viewer, tribe, 'create squads in it');
      const slug = await uniqueSlug(tx, 'squads', name, 'squad');
      const squad = await tx.save(tx.create(SquadEntity, { slug, tribeId: tribe.id, name, mission, framework }));
      await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'squad.created', { type: 'squad', id: squad.id, label: name }, null, { name, mission, framework, tribeId: tribe.id, tribe: tribe.name }));
      return squad;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateSquadInput): Promise<SquadEntity> {
    const patch: Partial<SquadEntity> = {};
    if (input.name !== undefined && input.name !== null) patch.name = cleanName(input.name, 'name', 'a squad name');
    if (input.mission !== undefined) patch.mission = cleanText(input.mission, 'mission');
    if (input.framework !== undefined && input.framework !== null) patch.framework = checkFramework(input.framework);
    return this.db.transaction(async (tx) => {
      const squad = await requireSquad(tx, id);
      const tribe = await requireTribe(tx, squad.tribeId);
      assertCanManageTribe(viewer, tribe, 'change its squads');
      if (input.productOwnerId !== undefined) {
        patch.productOwnerId = input.productOwnerId === null ? null : (await requireUser(tx, input.productOwnerId, 'The product owner')).id;
      }
      if (input.agileCoachId !== undefined) {
        patch.agileCoachId = input.agileCoachId === null ? null : (await requireUser(tx, input.agileCoachId, 'The agile coach')).id;
      }
      if (Object.keys(patch).length) await tx.update(SquadEntity, { id: squad.id }, patch);
      const changed = changedFields(squad, patch);
      if (changed) await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'squad.updated', { type: 'squad', id: squad.id, label: squad.name }, ...changed));
      return tx.findOneByOrFail(SquadEntity, { id: squad.id });
    });
  }

  /**
   * Moves the person into this squad (out of any other). Taking someone out of another tribe's
   * squad needs authority over that tribe too; their chapter, if it belongs to another tribe,
   * is left in the same transaction.
   */
  async addMember(viewer: Viewer, squadId: string, userId: string): Promise<SquadEntity> {
    return this.db.transaction(async (tx) => {
      const squad = await requireSquad(tx, squadId);
      const tribe = await requireTribe(tx, squad.tribeId);
      assertCanManageTribe(viewer, tribe, "change its squads' members");
      const user = await requireUser(tx, userId);
      // Lock the person's membership so concurrent moves serialise.
      const [current] = await tx.query(
        `SELECT s.id, s.name, s.tribe_id FROM squad_memberships m JOIN squads s ON s.id = m.squad_id WHERE m.user_id = $1 FOR UPDATE OF m`,
        [user.id],
      );
      if (current?.id === squad.id) return squad;
      if (current && current.tribe_id !== tribe.id) {
        const oldTribe = await requireTribe(tx, current.tribe_id);
        assertCanManageTribe(viewer, oldTribe, `move ${user.displayName} out of it`);
      }
      await moveIntoSquads(tx, [{ userId: user.id, squadId: squad.id }]);
      await this.events.publish(new PrivilegedActionTaken(tx, viewer, current ? 'squad.member.moved' : 'squad.member.added', { type: 'user', id: user.id, label: user.displayName }, current ? { squadId: current.id, squad: current.name } : null, { squadId: squad.id, squad: squad.name }));
      return squad;
    });
  }

  /** Idempotent: removing someone who is not in the squad changes nothing. */
  async removeMember(viewer: Viewer, squadId: string, userId: string): Promise<SquadEntity> {
    return this.db.transaction(async (tx) => {
      const squad = await requireSquad(tx, squadId);
      const tribe: TribeEntity = await requireTribe(tx, squad.tribeId);
      assertCanManageTribe(viewer, tribe, "change its squads' members");
      const user = await requireUser(tx, userId);
      const removed = await tx.delete(SquadMembershipEntity, { userId: user.id, squadId: squad.id });
      if (removed.affected) await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'squad.member.removed', { type: 'user', id: user.id, label: user.displayName }, { squadId: squad.id, squad: squad.name }, null));
      return squad;
    });
  }
}

function checkFramework(value: string): SquadFramework {
  if (!isSquadFramework(value)) throw badInput(`framework must be one of ${SQUAD_FRAMEWORKS.join(', ')}.`, 'framework');
  return value;
}
