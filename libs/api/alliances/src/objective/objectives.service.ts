import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, forbidden, isUuid, notFound, Viewer } from '@guildhall/api-core';
import { KEY_RESULTS_PER_OBJECTIVE_MAX, OBJECTIVES_PER_ALLIANCE_MAX } from '@guildhall/shared-domain';
import { AllianceAccess } from '../alliance/alliance-access';
import { AlliancesService } from '../alliance/alliances.service';
import { MilestoneRepository } from '../milestone/milestone.repository';
import { checkValue, cleanKeyResult, cleanKeyResults, cleanObjectiveTitle } from './objective-rules';
import { KeyResultInput } from './objective.inputs';
import { KeyResultRecord, KeyResultUpdateRecord, ObjectiveRecord } from './objective.record';
import { ObjectiveRepository } from './objective.repository';

@Injectable()
export class ObjectivesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly objectives: ObjectiveRepository,
    private readonly milestones: MilestoneRepository,
    private readonly alliances: AlliancesService,
    private readonly access: AllianceAccess,
  ) {}

  ofAlliances(allianceIds: readonly string[]): Promise<ObjectiveRecord[]> {
    return this.objectives.ofAlliances(allianceIds);
  }

  keyResultsOfAlliances(allianceIds: readonly string[]): Promise<KeyResultRecord[]> {
    return this.objectives.keyResultsOfAlliances(allianceIds);
  }

  historyOf(keyResultIds: readonly string[]): Promise<KeyResultUpdateRecord[]> {
    return this.objectives.historyOf(keyResultIds);
  }

  /** Editors; an objective after the alliance's others, with its key results (each starting its history). */
  async addObjective(viewer: Viewer, allianceId: string, rawTitle: string, keyResultInputs: KeyResultInput[] | null | undefined): Promise<ObjectiveRecord> {
    const title = cleanObjectiveTitle(rawTitle);
    const keyResults = cleanKeyResults(keyResultInputs);
    if (!isUuid(allianceId)) throw notFound('That alliance');
    return this.db.transaction(async (tx) => {
      const alliance = await this.alliances.locked(tx, allianceId);
      await this.access.assertCanEdit(viewer, alliance.id, tx, 'add objectives');
      if ((await this.objectives.countObjectives(tx, alliance.id)) >= OBJECTIVES_PER_ALLIANCE_MAX) {
        throw badInput(`Alliance ${alliance.name} already has ${OBJECTIVES_PER_ALLIANCE_MAX} objectives, the most it may have.`, 'allianceId');
      }
      const objective = await this.objectives.addObjective(tx, alliance.id, title);
      await this.objectives.addKeyResults(tx, objective, keyResults, viewer.id);
      return objective;
    });
  }

  /** Editors; a key result after the objective's others, its first value the first point of its history. */
  async addKeyResult(viewer: Viewer, objectiveId: string, input: KeyResultInput): Promise<KeyResultRecord> {
    const keyResult = cleanKeyResult(input);
    const objective = await this.objectives.findObjective(objectiveId);
    if (!objective) throw notFound('That objective');
    return this.db.transaction(async (tx) => {
      const alliance = await this.alliances.locked(tx, objective.allianceId);
      await this.access.assertCanEdit(viewer, alliance.id, tx, 'add key results');
      if ((await this.objectives.countKeyResults(tx, objective.id)) >= KEY_RESULTS_PER_OBJECTIVE_MAX) {
        throw badInput(`That objective already has ${KEY_RESULTS_PER_OBJECTIVE_MAX} key results, the most it may have.`, 'objectiveId');
      }
      const [created] = await this.objectives.addKeyResults(tx, objective, [keyResult], viewer.id);
      return created;
    });
  }

  /**
   * Editors, or members of squads named on the alliance's milestones. The value and who set it when
   * are appended to the key result's history in the same transaction.
   */
  async updateKeyResult(viewer: Viewer, id: string, rawCurrent: number): Promise<KeyResultRecord> {
    const current = checkValue(rawCurrent, 'current');
    const keyResult = await this.objectives.findKeyResult(id);
    if (!keyResult) throw notFound('That key result');
    return this.db.transaction(async (tx) => {
      const alliance = await this.alliances.locked(tx, keyResult.allianceId);
      const tribes = await this.access.tribesOf(alliance.id, tx);
      const squadIds = await this.milestones.squadIds(tx, alliance.id);
      const viewerSquadId = AllianceAccess.canEdit(viewer, tribes) ? null : await this.access.squadIdOf(viewer.id, tx);
      if (!AllianceAccess.canUpdateKeyResults(viewer, tribes, squadIds, viewerSquadId)) {
        throw forbidden(`Only the trio members of the tribes of alliance ${alliance.name}, members of the squads on its milestones, or an admin, can update its key results.`);
      }
      const locked = await this.objectives.findKeyResult(keyResult.id, tx);
      if (!locked) throw notFound('That key result');
      return this.objectives.updateCurrent(tx, locked, current, viewer.id);
    });
  }
}
