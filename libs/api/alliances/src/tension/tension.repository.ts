import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@guildhall/api-core';
import { TENSIONS_LISTED_MAX, TensionStatusName } from '@guildhall/shared-domain';
import { TensionRecord } from './tension.record';

/** The columns toTension reads, for the table aliased `t`, with its squads read along in the same statement. */
const TENSION_COLUMNS = `t.id, t.alliance_id, t.title, t.description, t.status, t.wants_coach, t.facilitator_id, t.resolution, t.decision_id,
  t.raised_by_id, t.review_started_at, t.resolved_at, t.created_at,
  ARRAY(SELECT ts.squad_id FROM team_tension_squads ts WHERE ts.tension_id = t.id ORDER BY ts.position)::text[] AS squad_ids`;
/** The agenda: open tensions (surfaced, in review) first, then oldest first. */
const AGENDA_ORDER = `(t.status = 'RESOLVED'), t.created_at, t.id`;

export interface TensionFilter {
  status?: TensionStatusName | null;
  allianceId?: string | null;
  /** Tensions involving any of these squads (a tribe's squads). */
  squadIds?: string[] | null;
}

/** Every statement on tensions and the squads they involve. */
@Injectable()
export class TensionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByIds(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<TensionRecord[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return (await tx.query(`SELECT ${TENSION_COLUMNS} FROM team_tensions t WHERE t.id = ANY($1::uuid[])`, [valid])).map(toTension);
  }

  async findById(id: string, tx?: EntityManager): Promise<TensionRecord | null> {
    return (await this.findByIds([id], tx))[0] ?? null;
  }

  /** The agenda, filtered; at most TENSIONS_LISTED_MAX. */
  async list(filter: TensionFilter): Promise<TensionRecord[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.status) {
      params.push(filter.status);
      where.push(`t.status = $${params.length}`);
    }
    if (filter.allianceId) {
      params.push(filter.allianceId);
      where.push(`t.alliance_id = $${params.length}`);
    }
    if (filter.squadIds) {
      params.push(filter.squadIds);
      where.push(`EXISTS (SELECT 1 FROM team_tension_squads ts WHERE ts.tension_id = t.id AND ts.squad_id = ANY($${params.length}::uuid[]))`);
    }
    params.push(TENSIONS_LISTED_MAX);
    const rows = await this.db.query(
      `SELECT ${TENSION_COLUMNS} FROM team_tensions t ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${AGENDA_ORDER} LIMIT $${params.length}`,
      params,
    );
    return rows.map(toTension);
  }

  /** Each alliance's tensions in agenda order, at most TENSIONS_LISTED_MAX each: one statement. */
  async ofAlliances(allianceIds: readonly string[]): Promise<TensionRecord[]> {
    const valid = allianceIds.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.db.query(
      `SELECT t.* FROM unnest($1::uuid[]) AS a(id)
       CROSS JOIN LATERAL (SELECT ${TENSION_COLUMNS} FROM team_tensions t WHERE t.alliance_id = a.id ORDER BY ${AGENDA_ORDER} LIMIT $2) t`,
      [valid, TENSIONS_LISTED_MAX],
    );
    return rows.map(toTension);
  }

  async create(
    tx: EntityManager,
    t: { allianceId: string | null; title: string; description: string; squadIds: string[]; wantsCoach: boolean; raisedById: string },
  ): Promise<TensionRecord> {
    const [{ id }] = await tx.query(
      `INSERT INTO team_tensions (alliance_id, title, description, wants_coach, raised_by_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [t.allianceId, t.title, t.description, t.wantsCoach, t.raisedById],
    );
    await tx.query(
      `INSERT INTO team_tension_squads (tension_id, squad_id, position) SELECT $1, s.id, s.n FROM unnest($2::uuid[]) WITH ORDINALITY AS s(id, n)`,
      [id, t.squadIds],
    );
    return (await this.findById(id, tx))!;
  }

  /** SURFACED -> IN_REVIEW, checked by the UPDATE itself; null when it was no longer surfaced. */
  async startReview(tx: EntityManager, id: string, facilitatorId: string | null, byId: string): Promise<TensionRecord | null> {
    const [rows] = await tx.query(
      `UPDATE team_tensions SET status = 'IN_REVIEW', facilitator_id = COALESCE($2, facilitator_id), review_started_at = now(), review_started_by_id = $3
       WHERE id = $1 AND status = 'SURFACED' RETURNING id`,
      [id, facilitatorId, byId],
    );
    return rows.length ? this.findById(id, tx) : null;
  }

  /** SURFACED or IN_REVIEW -> RESOLVED, checked by the UPDATE itself; null when it was already resolved. */
  async resolve(tx: EntityManager, id: string, resolution: string, decisionId: string | null, byId: string): Promise<TensionRecord | null> {
    const [rows] = await tx.query(
      `UPDATE team_tensions SET status = 'RESOLVED', resolution = $2, decision_id = $3, resolved_at = now(), resolved_by_id = $4
       WHERE id = $1 AND status IN ('SURFACED', 'IN_REVIEW') RETURNING id`,
      [id, resolution, decisionId, byId],
    );
    return rows.length ? this.findById(id, tx) : null;
  }
}

function toTension(r: any): TensionRecord {
  return Object.assign(new TensionRecord(), {
    id: r.id,
    allianceId: r.alliance_id,
    title: r.title,
    description: r.description,
    status: r.status,
    wantsCoach: r.wants_coach,
    facilitatorId: r.facilitator_id,
    resolution: r.resolution,
    decisionId: r.decision_id,
    raisedById: r.raised_by_id,
    squadIds: r.squad_ids ?? [],
    reviewStartedAt: r.review_started_at,
    resolvedAt: r.resolved_at,
    createdAt: r.created_at,
  });
}
