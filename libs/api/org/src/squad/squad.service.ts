import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, changedFields, DomainEvents, PrivilegedActionTaken, Viewer } from '@guildhall/api-core';
import { DEFAULT_SQUAD_FRAMEWORK, isSquadFramework, SQUAD_FRAMEWORKS } from '@guildhall/shared-domain';
import { UserRepository } from '@guildhall/api-auth';
import { assertCanManageTribe } from '../shared/org-access';
import { moveIntoSquads } from '../shared/membership-rules';
import { requireSquad, requireTribe, requireUser } from '../shared/org-lookups';
import { cleanName, cleanText } from '../shared/org-text';
import { uniqueSlug } from '../shared/slug';
import { TribeRepository } from '../tribe/tribe.repository';
import { CreateSquadInput, UpdateSquadInput } from './dto/squad.inputs';
import { SquadEntity, SquadMembershipEntity } from './squad.entity';
import { SquadPatch, SquadRepository } from './squad.repository';
import { SquadFramework } from './squad.model';

@Injectable()
export class SquadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly squads: SquadRepository,
    private readonly tribes: TribeRepository,
    private readonly events: DomainEvents,
    private readonly people: UserRepository,
  ) {}

  getBySlug(slug: string): Promise<SquadEntity | null> {
    return this.squads.findBySlug(slug);
  }

  findByIds(ids: readonly string[], tx?: EntityManager): Promise<SquadEntity[]> {
    return this.squads.findByIds(ids, tx);
  }

  byTribes(tribeIds: readonly string[]): Promise<SquadEntity[]> {
    return this.squads.byTribes(tribeIds);
  }

  /** Membership rows of the squads, ordered by the members' names. */
  memberRows(squadIds: readonly string[]): Promise<{ squad_id: string; user_id: string }[]> {
    return this.squads.memberRows(squadIds);
  }

  membershipsOf(userIds: readonly string[], tx?: EntityManager): Promise<SquadMembershipEntity[]> {
    return this.squads.membershipsOf(userIds, tx);
  }

  /** A tribe's lead (or an admin) manages its squads. */
  async create(viewer: Viewer, input: CreateSquadInput): Promise<SquadEntity> {
    const name = cleanName(input.name, 'name', 'a squad name');
    const mission = cleanText(input.mission, 'mission');
    const framework = checkFramework(input.framework ?? DEFAULT_SQUAD_FRAMEWORK);
    return this.db.transaction(async (tx) => {
      const tribe = await requireTribe(this.tribes, tx, input.tribeId);
      assertCanManageTribe(viewer, tribe, 'create squads in it');
      const slug = await uniqueSlug(tx, 'squads', name, 'squad');
      const squad = await this.squads.create(tx, { slug, tribeId: tribe.id, name, mission, framework });
      await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'squad.created', { type: 'squad', id: squad.id, label: name }, null, { name, mission, framework, tribeId: tribe.id, tribe: tribe.name }));
      return squad;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateSquadInput): Promise<SquadEntity> {
    const patch: SquadPatch = {};
    if (input.name !== undefined && input.name !== null) patch.name = cleanName(input.name, 'name', 'a squad name');
    if (input.mission !== undefined) patch.mission = cleanText(input.mission, 'mission');
    if (input.framework !== undefined && input.framework !== null) patch.framework = checkFramework(input.framework);
    return this.db.transaction(async (tx) => {
      const squad = await requireSquad(this.squads, tx, id);
      const tribe = await requireTribe(this.tribes, tx, squad.tribeId);
      assertCanManageTribe(viewer, tribe, 'change its squads');
      if (input.productOwnerId !== undefined) {
        patch.productOwnerId = input.productOwnerId === null ? null : (await requireUser(this.people, tx, input.productOwnerId, 'The product owner')).id;
      }
      if (input.agileCoachId !== undefined) {
        patch.agileCoachId = input.agileCoachId === null ? null : (await requireUser(this.people, tx, input.agileCoachId, 'The agile coach')).id;
      }
      const updated = await this.squads.update(tx, squad.id, patch);
      const changed = changedFields(squad, patch);
      if (changed) await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'squad.updated', { type: 'squad', id: squad.id, label: squad.name }, ...changed));
      return updated;
    });
  }

  /**
   * Moves the person into this squad (out of any other). Taking someone out of another tribe's
   * squad needs authority over that tribe too; their chapter, if it belongs to another tribe,
   * is left in the same transaction.
   */
  async addMember(viewer: Viewer, squadId: string, userId: string): Promise<SquadEntity> {
    return this.db.transaction(async (tx) => {
      const squad = await requireSquad(this.squads, tx, squadId);
      const tribe = await requireTribe(this.tribes, tx, squad.tribeId);
      assertCanManageTribe(viewer, tribe, "change its squads' members");
      const user = await requireUser(this.people, tx, userId);
      const current = await this.squads.lockSquadOf(tx, user.id);
      if (current?.id === squad.id) return squad;
      if (current && current.tribe_id !== tribe.id) {
        const oldTribe = await requireTribe(this.tribes, tx, current.tribe_id);
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
      const squad = await requireSquad(this.squads, tx, squadId);
      const tribe = await requireTribe(this.tribes, tx, squad.tribeId);
      assertCanManageTribe(viewer, tribe, "change its squads' members");
      const user = await requireUser(this.people, tx, userId);
      if (await this.squads.removeMember(tx, squad.id, user.id)) await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'squad.member.removed', { type: 'user', id: user.id, label: user.displayName }, { squadId: squad.id, squad: squad.name }, null));
      return squad;
    });
  }
}

function checkFramework(value: string): SquadFramework {
  if (!isSquadFramework(value)) throw badInput(`framework must be one of ${SQUAD_FRAMEWORKS.join(', ')}.`, 'framework');
  return value;
}
