import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@guildhall/api-core';
import { KEY_RESULT_HISTORY_SHOWN } from '@guildhall/shared-domain';
import { KeyResultRecord, KeyResultUpdateRecord, ObjectiveRecord } from './objective.record';

const OBJECTIVE_COLUMNS = `o.id, o.alliance_id, o.title, o.position`;
/** For key results aliased `k` joined to their objective `o`. */
const KEY_RESULT_COLUMNS = `k.id, k.objective_id, o.alliance_id, k.title, k.unit, k.baseline, k.target, k.current, k.position, k.updated_at`;

export interface NewKeyResult {
  title: string;
  unit: string | null;
  baseline: number;
  target: number;
  current: number;
}

/** Every statement on an alliance's objectives, their key results and each key result's updates. */
@Injectable()
export class ObjectiveRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The objectives of each alliance, in the order they were added. */
  async ofAlliances(allianceIds: readonly string[]): Promise<ObjectiveRecord[]> {
    const valid = allianceIds.filter(isUuid);
    if (!valid.length) return [];
    return (await this.db.query(`SELECT ${OBJECTIVE_COLUMNS} FROM alliance_objectives o WHERE o.alliance_id = ANY($1::uuid[]) ORDER BY o.alliance_id, o.position`, [valid])).map(
      toObjective,
    );
  }

  async findObjective(id: string, tx: EntityManager = this.db.manager): Promise<ObjectiveRecord | null> {
    if (!isUuid(id)) return null;
    const rows = await tx.query(`SELECT ${OBJECTIVE_COLUMNS} FROM alliance_objectives o WHERE o.id = $1`, [id]);
    return rows.length ? toObjective(rows[0]) : null;
  }

  /** Every key result of each alliance, by objective, in the order they were added. */
  async keyResultsOfAlliances(allianceIds: readonly string[]): Promise<KeyResultRecord[]> {
    const valid = allianceIds.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.db.query(
      `SELECT ${KEY_RESULT_COLUMNS} FROM alliance_objectives o JOIN alliance_key_results k ON k.objective_id = o.id
       WHERE o.alliance_id = ANY($1::uuid[]) ORDER BY o.alliance_id, o.position, k.position`,
      [valid],
    );
    return rows.map(toKeyResult);
  }

  async findKeyResult(id: string, tx: EntityManager = this.db.manager): Promise<KeyResultRecord | null> {
    if (!isUuid(id)) return null;
    const rows = await tx.query(`SELECT ${KEY_RESULT_COLUMNS} FROM alliance_key_results k JOIN alliance_objectives o ON o.id = k.objective_id WHERE k.id = $1`, [id]);
    return rows.length ? toKeyResult(rows[0]) : null;
  }

  /** The newest KEY_RESULT_HISTORY_SHOWN updates of each key result, oldest first. */
  async historyOf(keyResultIds: readonly string[]): Promise<KeyResultUpdateRecord[]> {
    const valid = keyResultIds.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.db.query(
      `SELECT h.id, h.key_result_id, h.value, h.updated_by, h.updated_at
       FROM unnest($1::uuid[]) AS kr(id)
       CROSS JOIN LATERAL (
         SELECT u.* FROM alliance_key_result_updates u WHERE u.key_result_id = kr.id ORDER BY u.updated_at DESC, u.id DESC LIMIT $2
       ) h
       ORDER BY h.key_result_id, h.updated_at, h.id`,
      [valid, KEY_RESULT_HISTORY_SHOWN],
    );
    return rows.map(toKeyResultUpdate);
  }

  async countObjectives(tx: EntityManager, allianceId: string): Promise<number> {
    return (await tx.query(`SELECT count(*)::int AS n FROM alliance_objectives WHERE alliance_id = $1`, [allianceId]))[0].n;
  }

  async countKeyResults(tx: EntityManager, objectiveId: string): Promise<number> {
    return (await tx.query(`SELECT count(*)::int AS n FROM alliance_key_results WHERE objective_id = $1`, [objectiveId]))[0].n;
  }

  /** A new objective after the alliance's others (call with the alliance locked). */
  async addObjective(tx: EntityManager, allianceId: string, title: string): Promise<ObjectiveRecord> {
    const rows = await tx.query(
      `INSERT INTO alliance_objectives AS o (alliance_id, title, position)
       VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM alliance_objectives WHERE alliance_id = $1)) RETURNING ${OBJECTIVE_COLUMNS}`,
      [allianceId, title],
    );
    return toObjective(rows[0]);
  }

  /**
   * Key results after the objective's others (call with the alliance locked), each with its first
   * value as the first point of its history: two statements however many.
   */
  async addKeyResults(tx: EntityManager, objective: ObjectiveRecord, keyResults: NewKeyResult[], byId: string): Promise<KeyResultRecord[]> {
    if (!keyResults.length) return [];
    const rows = await tx.query(
      `WITH start AS (SELECT coalesce(max(position), 0) AS p FROM alliance_key_results WHERE objective_id = $1)
       INSERT INTO alliance_key_results AS k (objective_id, title, unit, baseline, target, current, position)
       SELECT $1, x.title, x.unit, x.baseline, x.target, x.current, start.p + x.n
       FROM unnest($2::text[], $3::text[], $4::float8[], $5::float8[], $6::float8[]) WITH ORDINALITY AS x(title, unit, baseline, target, current, n), start
       RETURNING k.id, k.objective_id, $7::uuid AS alliance_id, k.title, k.unit, k.baseline, k.target, k.current, k.position, k.updated_at`,
      [
        objective.id,
        keyResults.map((k) => k.title),
        keyResults.map((k) => k.unit),
        keyResults.map((k) => k.baseline),
        keyResults.map((k) => k.target),
        keyResults.map((k) => k.current),
        objective.allianceId,
      ],
    );
    const created = rows.map(toKeyResult).sort((a: KeyResultRecord, b: KeyResultRecord) => a.position - b.position);
    await tx.query(`INSERT INTO alliance_key_result_updates (key_result_id, value, updated_by) SELECT k, v, $3 FROM unnest($1::uuid[], $2::float8[]) AS x(k, v)`, [
      created.map((k: KeyResultRecord) => k.id),
      created.map((k: KeyResultRecord) => k.current),
      byId,
    ]);
    return created;
  }

  /** Sets the current value and appends it to the history, in the caller's transaction. */
  async updateCurrent(tx: EntityManager, keyResult: KeyResultRecord, current: number, byId: string): Promise<KeyResultRecord> {
    const [rows] = await tx.query(
      `UPDATE alliance_key_results AS k SET current = $2, updated_at = clock_timestamp() WHERE k.id = $1
       RETURNING k.id, k.objective_id, $3::uuid AS alliance_id, k.title, k.unit, k.baseline, k.target, k.current, k.position, k.updated_at`,
      [keyResult.id, current, keyResult.allianceId],
    );
    const updated = toKeyResult(rows[0]);
    await tx.query(`INSERT INTO alliance_key_result_updates (key_result_id, value, updated_by, updated_at) VALUES ($1, $2, $3, $4)`, [
      updated.id,
      current,
      byId,
      updated.updatedAt,
    ]);
    return updated;
  }
}

/*
 * Row mappers, for this repository's rows and for the alliance page's statement, which reads the
 * same columns as JSON (AllianceRepository.page): timestamps arrive as Dates or as ISO text.
 */

export function toObjective(row: Record<string, any>): ObjectiveRecord {
  return Object.assign(new ObjectiveRecord(), { id: row.id, allianceId: row.alliance_id, title: row.title, position: row.position });
}

export function toKeyResult(row: Record<string, any>): KeyResultRecord {
  return Object.assign(new KeyResultRecord(), {
    id: row.id,
    objectiveId: row.objective_id,
    allianceId: row.alliance_id,
    title: row.title,
    unit: row.unit,
    baseline: Number(row.baseline),
    target: Number(row.target),
    current: Number(row.current),
    position: row.position,
    updatedAt: new Date(row.updated_at),
  });
}

function toKeyResultUpdate(row: Record<string, any>): KeyResultUpdateRecord {
  return Object.assign(new KeyResultUpdateRecord(), {
    keyResultId: row.key_result_id,
    value: Number(row.value),
    updatedById: row.updated_by,
    updatedAt: new Date(row.updated_at),
  });
}
