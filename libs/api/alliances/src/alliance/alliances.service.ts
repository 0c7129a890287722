import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, DomainEvents, forbidden, isUuid, notFound, Viewer } from '@guildhall/api-core';
import { sitsInTrio, TribeEntity, trioMemberIds, TrioSeats } from '@guildhall/api-org';
import { ALLIANCE_TRIBES_MAX, ALLIANCE_TRIBES_MIN, AllianceStatusName } from '@guildhall/shared-domain';
import { AllianceAccess } from './alliance-access';
import { AllianceFormed, allianceRef, TribeJoinedAlliance } from './alliance-events';
import { CreateAllianceInput, UpdateAllianceInput } from './alliance.inputs';
import { AllianceRecord, AllianceTribeRecord } from './alliance.record';
import { AlliancePageRows, AlliancePatch, AllianceRepository } from './alliance.repository';
import { allianceStatusMove, assertStatusMove, assertTakesTribes, cleanCriteria, cleanGoal, cleanName, distinctTribeIds } from './alliance-rules';

@Injectable()
export class AlliancesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly alliances: AllianceRepository,
    private readonly access: AllianceAccess,
    private readonly events: DomainEvents,
  ) {}

  findByIds(ids: readonly string[]): Promise<AllianceRecord[]> {
    return this.alliances.findByIds(ids);
  }

  /** The alliance's page in one statement (AllianceRepository.page); `tribes` are every tribe, whose trio members it reads along. */
  page(slug: string, tribes: readonly (TrioSeats & { id: string })[]): Promise<AlliancePageRows | null> {
    return this.alliances.page(
      slug,
      tribes.flatMap((t) => trioMemberIds(t).map((userId) => ({ tribeId: t.id, userId }))),
    );
  }

  /** Every alliance (or those with the status): active first, then forming, completed, disbanded; by name within. */
  list(status: AllianceStatusName | null | undefined): Promise<AllianceRecord[]> {
    return this.alliances.list(status);
  }

  byTribes(tribeIds: readonly string[]) {
    return this.alliances.byTribes(tribeIds);
  }

  peopleOf(allianceIds: readonly string[]) {
    return this.alliances.peopleOf(allianceIds);
  }

  tribesOf(allianceIds: readonly string[]): Promise<AllianceTribeRecord[]> {
    return this.alliances.tribesOf(allianceIds);
  }

  /** The alliance locked for this transaction; NOT_FOUND if there is none. */
  async locked(tx: EntityManager, id: string): Promise<AllianceRecord> {
    const alliance = await this.alliances.lock(tx, id);
    if (!alliance) throw notFound('That alliance');
    return alliance;
  }

  /** Tribes by id, every one of them existing (else NOT_FOUND), in the order asked. */
  private async existingTribes(ids: string[]): Promise<TribeEntity[]> {
    if (!ids.every(isUuid)) throw notFound('One of those tribes');
    const tribes = await this.access.tribesByIds(ids);
    if (tribes.length !== ids.length) throw notFound(ids.length === 1 ? 'That tribe' : 'One of those tribes');
    return tribes;
  }

  /**
   * Two or more distinct tribes; the creator sits in the trio of one of them or is an admin. A new
   * alliance is FORMING at revision 1; the trio members of every founding tribe are told (AllianceFormed).
   */
  async create(viewer: Viewer, input: CreateAllianceInput): Promise<AllianceRecord> {
    const name = cleanName(input.name);
    const goal = cleanGoal(input.goal);
    const criteria = cleanCriteria(input.criteria);
    const tribes = await this.existingTribes(distinctTribeIds(input.tribeIds));
    if (!AllianceAccess.canEdit(viewer, tribes)) throw forbidden('Only a trio member of one of its tribes, or an admin, can form an alliance.');
    return this.db.transaction(async (tx) => {
      const alliance = await this.alliances.create(tx, { name, goal, criteria, tribeIds: tribes.map((t) => t.id), createdById: viewer.id });
      await this.events.publish(
        new AllianceFormed(
          tx,
          viewer,
          allianceRef(alliance),
          tribes.map((t) => ({ tribeId: t.id, trioMemberIds: trioMemberIds(t) })),
        ),
      );
      return alliance;
    });
  }

  /**
   * Editors; writes only the fields given (criteria replace the list). The status moves only as
   * allianceStatusMove allows. With expectedRevision, a stale one is CONFLICT and nothing is written
   * (checked by the UPDATE itself).
   */
  async update(viewer: Viewer, id: string, input: UpdateAllianceInput): Promise<AllianceRecord> {
    const patch: AlliancePatch = {};
    if (input.name !== undefined && input.name !== null) patch.name = cleanName(input.name);
    if (input.goal !== undefined && input.goal !== null) patch.goal = cleanGoal(input.goal);
    if (input.criteria !== undefined && input.criteria !== null) patch.criteria = cleanCriteria(input.criteria);
    const expected = input.expectedRevision ?? null;
    if (expected !== null && (!Number.isInteger(expected) || expected < 1)) throw badInput('expectedRevision must be the revision you last read.', 'expectedRevision');
    if (!isUuid(id)) throw notFound('That alliance');
    await this.access.assertCanEdit(viewer, id);
    return this.db.transaction(async (tx) => {
      const current = await this.locked(tx, id);
      if (input.status !== undefined && input.status !== null) {
        assertStatusMove(current.status, input.status);
        if (allianceStatusMove(current.status, input.status) === 'move') patch.status = input.status;
      }
      if (!Object.keys(patch).length) {
        // Nothing to write (a status it has already, say): no new revision, but a stale one is still a conflict.
        if (expected !== null && expected !== current.revision) throw this.stale(current, expected);
        return current;
      }
      const updated = await this.alliances.update(tx, id, patch, expected);
      if (updated) return updated;
      throw this.stale(current, expected!);
    });
  }

  private stale(current: AllianceRecord, expected: number) {
    return conflict(
      `Alliance ${current.name} was changed by someone else since you read it (revision ${expected}; it is now at ${current.revision}). Reload it, then apply your change again.`,
    );
  }

  /**
   * Editors of the alliance, or the trio of the tribe being added; a COMPLETED or DISBANDED
   * alliance takes no new tribes. Adding a tribe that is in already changes nothing (no event). Its trio members are told (TribeJoinedAlliance).
   */
  async addTribe(viewer: Viewer, allianceId: string, tribeId: string): Promise<AllianceRecord> {
    if (!isUuid(allianceId)) throw notFound('That alliance');
    const [tribe] = await this.existingTribes([tribeId]);
    return this.db.transaction(async (tx) => {
      const alliance = await this.locked(tx, allianceId);
      const tribes = await this.access.tribesOf(alliance.id, tx);
      if (!AllianceAccess.canEdit(viewer, tribes) && !sitsInTrio(viewer.id, tribe)) {
        throw forbidden(`Only the trio of tribe ${tribe.name}, the trio members of the tribes of alliance ${alliance.name}, or an admin, can add ${tribe.name} to it.`);
      }
      if (tribes.some((t) => t.id === tribe.id)) return alliance;
      assertTakesTribes(alliance);
      if (tribes.length >= ALLIANCE_TRIBES_MAX) throw badInput(`Alliance ${alliance.name} already spans ${ALLIANCE_TRIBES_MAX} tribes, the most it may.`, 'tribeId');
      await this.alliances.addTribe(tx, alliance.id, tribe.id, viewer.id);
      await this.events.publish(new TribeJoinedAlliance(tx, viewer, allianceRef(alliance), tribe.id, trioMemberIds(tribe)));
      return alliance;
    });
  }

  /** Editors; at least ALLIANCE_TRIBES_MIN tribes must remain. */
  async removeTribe(viewer: Viewer, allianceId: string, tribeId: string): Promise<AllianceRecord> {
    if (!isUuid(allianceId)) throw notFound('That alliance');
    if (!isUuid(tribeId)) throw notFound('That tribe');
    return this.db.transaction(async (tx) => {
      const alliance = await this.locked(tx, allianceId);
      const tribes = await this.access.tribesOf(alliance.id, tx);
      if (!AllianceAccess.canEdit(viewer, tribes)) {
        throw forbidden(`Only the trio members of the tribes of alliance ${alliance.name}, or an admin, can remove a tribe from it.`);
      }
      if (!tribes.some((t) => t.id === tribeId)) throw badInput(`That tribe is not in alliance ${alliance.name}.`, 'tribeId');
      if (tribes.length - 1 < ALLIANCE_TRIBES_MIN) throw badInput(`An alliance spans at least ${ALLIANCE_TRIBES_MIN} tribes; add another before removing this one.`, 'tribeId');
      await this.alliances.removeTribe(tx, alliance.id, tribeId);
      return alliance;
    });
  }
}
