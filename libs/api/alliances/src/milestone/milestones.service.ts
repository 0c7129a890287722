import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, isUuid, notFound, Viewer } from '@guildhall/api-core';
import { ALLIANCE_TITLE_MAX_LENGTH, MILESTONE_STATUSES, MILESTONES_PER_ALLIANCE_MAX, MilestoneStatusName } from '@guildhall/shared-domain';
import { AllianceAccess } from '../alliance/alliance-access';
import { cleanLine } from '../alliance/alliance-rules';
import { AlliancesService } from '../alliance/alliances.service';
import { MilestoneInput } from './milestone.inputs';
import { MilestoneRecord } from './milestone.record';
import { MilestoneRepository } from './milestone.repository';

/** Past its due date and not DONE (a MISSED milestone is overdue too). */
export function isOverdue(milestone: Pick<MilestoneRecord, 'dueDate' | 'status'>, now: Date): boolean {
  return milestone.status !== 'DONE' && milestone.dueDate.getTime() < now.getTime();
}

@Injectable()
export class MilestonesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly milestones: MilestoneRepository,
    private readonly alliances: AlliancesService,
    private readonly access: AllianceAccess,
  ) {}

  ofAlliances(allianceIds: readonly string[]): Promise<MilestoneRecord[]> {
    return this.milestones.ofAlliances(allianceIds);
  }

  /** Editors; the squad (if any) must belong to one of the alliance's tribes. A new milestone is PLANNED. */
  async add(viewer: Viewer, input: MilestoneInput): Promise<MilestoneRecord> {
    const title = cleanLine(input.title, 'title', ALLIANCE_TITLE_MAX_LENGTH, 'the milestone a title');
    const dueDate = input.dueDate instanceof Date ? input.dueDate : new Date(input.dueDate as unknown as string);
    if (Number.isNaN(dueDate.getTime())) throw badInput('dueDate must be a date.', 'dueDate');
    const squadId = input.squadId ?? null;
    if (!isUuid(input.allianceId)) throw notFound('That alliance');
    if (squadId !== null && !isUuid(squadId)) throw notFound('That squad');
    const squad = squadId ? await this.access.squad(squadId) : null;
    if (squadId && !squad) throw notFound('That squad');
    return this.db.transaction(async (tx) => {
      const alliance = await this.alliances.locked(tx, input.allianceId);
      await this.access.assertCanEdit(viewer, alliance.id, tx, 'add milestones');
      if (squad && !(await this.access.tribesOf(alliance.id, tx)).some((t) => t.id === squad.tribeId)) {
        throw badInput(`Squad ${squad.name} is not in any tribe of alliance ${alliance.name}.`, 'squadId');
      }
      if ((await this.milestones.count(tx, alliance.id)) >= MILESTONES_PER_ALLIANCE_MAX) {
        throw badInput(`Alliance ${alliance.name} already has ${MILESTONES_PER_ALLIANCE_MAX} milestones, the most it may have.`, 'allianceId');
      }
      return this.milestones.add(tx, { allianceId: alliance.id, title, dueDate, squadId: squad?.id ?? null });
    });
  }

  /** Editors; any status to any other. */
  async setStatus(viewer: Viewer, id: string, status: MilestoneStatusName): Promise<MilestoneRecord> {
    if (!(MILESTONE_STATUSES as readonly string[]).includes(status)) throw badInput(`${status} is not a milestone status.`, 'status');
    const milestone = await this.milestones.findById(id);
    if (!milestone) throw notFound('That milestone');
    return this.db.transaction(async (tx) => {
      await this.access.assertCanEdit(viewer, milestone.allianceId, tx, 'set the status of its milestones');
      const updated = await this.milestones.setStatus(tx, milestone.id, status);
      if (!updated) throw notFound('That milestone');
      return updated;
    });
  }
}
