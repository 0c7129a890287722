import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@guildhall/api-core';
import { DecisionRecord } from './decision.record';

const DECISION_COLUMNS = `d.id, d.alliance_id, d.title, d.context, d.outcome, d.criteria, d.decided_by, d.decided_at`;

/** Every statement on the decision log. */
@Injectable()
export class DecisionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByIds(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<DecisionRecord[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return (await tx.query(`SELECT ${DECISION_COLUMNS} FROM alliance_decisions d WHERE d.id = ANY($1::uuid[])`, [valid])).map(toDecision);
  }

  /** Each alliance's decisions, newest first. */
  async ofAlliances(allianceIds: readonly string[]): Promise<DecisionRecord[]> {
    const valid = allianceIds.filter(isUuid);
    if (!valid.length) return [];
    return (
      await this.db.query(`SELECT ${DECISION_COLUMNS} FROM alliance_decisions d WHERE d.alliance_id = ANY($1::uuid[]) ORDER BY d.alliance_id, d.decided_at DESC, d.id DESC`, [valid])
    ).map(toDecision);
  }

  async count(tx: EntityManager, allianceId: string): Promise<number> {
    return (await tx.query(`SELECT count(*)::int AS n FROM alliance_decisions WHERE alliance_id = $1`, [allianceId]))[0].n;
  }

  async add(tx: EntityManager, d: { allianceId: string | null; title: string; context: string | null; outcome: string; criteria: string[]; decidedById: string }): Promise<DecisionRecord> {
    const rows = await tx.query(
      `INSERT INTO alliance_decisions AS d (alliance_id, title, context, outcome, criteria, decided_by) VALUES ($1, $2, $3, $4, $5::text[], $6) RETURNING ${DECISION_COLUMNS}`,
      [d.allianceId, d.title, d.context, d.outcome, d.criteria, d.decidedById],
    );
    return toDecision(rows[0]);
  }
}

/** Also maps the alliance page's decisions, read as JSON (AllianceRepository.page): timestamps as Dates or ISO text. */
export function toDecision(row: Record<string, any>): DecisionRecord {
  return Object.assign(new DecisionRecord(), {
    id: row.id,
    allianceId: row.alliance_id,
    title: row.title,
    context: row.context,
    outcome: row.outcome,
    criteria: row.criteria ?? [],
    decidedById: row.decided_by,
    decidedAt: new Date(row.decided_at),
  });
}
