import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@guildhall/api-core';
import type { MilestoneStatusName } from '@guildhall/shared-domain';
import { MilestoneRecord } from './milestone.record';

const MILESTONE_COLUMNS = `m.id, m.alliance_id, m.title, m.due_date, m.squad_id, m.status, m.created_at`;

/** Every statement on an alliance's milestones. */
@Injectable()
export class MilestoneRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Each alliance's milestones by due date, earliest first (then in the order they were added). */
  async ofAlliances(allianceIds: readonly string[], tx: EntityManager = this.db.manager): Promise<MilestoneRecord[]> {
    const valid = allianceIds.filter(isUuid);
    if (!valid.length) return [];
    return (
      await tx.query(`SELECT ${MILESTONE_COLUMNS} FROM alliance_milestones m WHERE m.alliance_id = ANY($1::uuid[]) ORDER BY m.alliance_id, m.due_date, m.created_at, m.id`, [valid])
    ).map(toMilestone);
  }

  async findById(id: string, tx: EntityManager = this.db.manager): Promise<MilestoneRecord | null> {
    if (!isUuid(id)) return null;
    const rows = await tx.query(`SELECT ${MILESTONE_COLUMNS} FROM alliance_milestones m WHERE m.id = $1`, [id]);
    return rows.length ? toMilestone(rows[0]) : null;
  }

  /** The squads named on the alliance's milestones. */
  async squadIds(tx: EntityManager, allianceId: string): Promise<string[]> {
    const rows = await tx.query(`SELECT DISTINCT squad_id FROM alliance_milestones WHERE alliance_id = $1 AND squad_id IS NOT NULL`, [allianceId]);
    return rows.map((r: { squad_id: string }) => r.squad_id);
  }

  async count(tx: EntityManager, allianceId: string): Promise<number> {
    return (await tx.query(`SELECT count(*)::int AS n FROM alliance_milestones WHERE alliance_id = $1`, [allianceId]))[0].n;
  }

  async add(tx: EntityManager, m: { allianceId: string; title: string; dueDate: Date; squadId: string | null }): Promise<MilestoneRecord> {
    const rows = await tx.query(`INSERT INTO alliance_milestones AS m (alliance_id, title, due_date, squad_id) VALUES ($1, $2, $3, $4) RETURNING ${MILESTONE_COLUMNS}`, [
      m.allianceId,
      m.title,
      m.dueDate,
      m.squadId,
    ]);
    return toMilestone(rows[0]);
  }

  async setStatus(tx: EntityManager, id: string, status: MilestoneStatusName): Promise<MilestoneRecord | null> {
    const [rows] = await tx.query(`UPDATE alliance_milestones AS m SET status = $2 WHERE m.id = $1 RETURNING ${MILESTONE_COLUMNS}`, [id, status]);
    return rows.length ? toMilestone(rows[0]) : null;
  }
}

/** Also maps the alliance page's milestones, read as JSON (AllianceRepository.page): timestamps as Dates or ISO text. */
export function toMilestone(row: Record<string, any>): MilestoneRecord {
  return Object.assign(new MilestoneRecord(), {
    id: row.id,
    allianceId: row.alliance_id,
    title: row.title,
    dueDate: new Date(row.due_date),
    squadId: row.squad_id,
    status: row.status,
    createdAt: new Date(row.created_at),
  });
}
