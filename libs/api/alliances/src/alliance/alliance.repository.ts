import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@guildhall/api-core';
import { DirectoryPerson, personColumns, personFromRow } from '@guildhall/api-auth';
import { nextFreeSlug, slugify } from '@guildhall/api-org';
import { ALLIANCE_STATUSES, AllianceStatusName, KEY_RESULT_HISTORY_SHOWN } from '@guildhall/shared-domain';
import { DecisionRecord } from '../decision/decision.record';
import { toDecision } from '../decision/decision.repository';
import { MilestoneRecord } from '../milestone/milestone.record';
import { toMilestone } from '../milestone/milestone.repository';
import { KeyResultRecord, KeyResultUpdateRecord, ObjectiveRecord } from '../objective/objective.record';
import { toKeyResult, toObjective } from '../objective/objective.repository';
import { AllianceRecord, AllianceTribeRecord } from './alliance.record';

/** The columns toAlliance reads, for the table aliased `a`. */
export const ALLIANCE_COLUMNS = `a.id, a.slug, a.name, a.goal, a.status, a.criteria, a.revision, a.created_by, a.created_at, a.updated_at`;
/** Lists order alliances by status (active, forming, completed, disbanded), then by name. */
export const ALLIANCE_ORDER = `array_position($STATUSES::text[], a.status), lower(a.name), a.id`;

/** A trio seat: who sits in the trio of which tribe (org's, passed in, so the page reads its trio members along). */
export interface TrioSeat {
  tribeId: string;
  userId: string;
}

/** What an alliance's page shows of the alliance's own rows, with the people they name, read in one statement. */
export interface AlliancePageRows {
  alliance: AllianceRecord;
  /** Its tribes' ids, in the order they joined. */
  tribeIds: string[];
  /** In the order they were added. */
  objectives: ObjectiveRecord[];
  /** Objective by objective, in the order they were added. */
  keyResults: KeyResultRecord[];
  /** The newest KEY_RESULT_HISTORY_SHOWN updates of each key result, oldest first, by key result id. */
  history: Map<string, KeyResultUpdateRecord[]>;
  /** By due date, earliest first. */
  milestones: MilestoneRecord[];
  /** Newest first. */
  decisions: DecisionRecord[];
  /** Its creator, deciders, the updaters of the history shown and the trio members of its tribes (from auth's directory: no email). */
  people: DirectoryPerson[];
}

/**
 * The alliance page's one statement: the alliance by slug with its tribes' ids, objectives, key
 * results with their shown history, milestones and decisions (this context's own tables, as
 * JSON), and the people those rows name plus its tribes' trio members, from auth's published
 * `auth_people_directory` (`$3`/`$4` are org's trio seats of every tribe; those of the
 * alliance's tribes are kept). The JSON keys are the columns the repositories' row mappers read,
 * except the history's points: hundreds on a page, each is `[value, updated_by, epoch ms]`
 * (a third of the bytes of an object with its ids, for the database to write and Node to parse).
 */
const PAGE_SQL = `
WITH al AS (SELECT ${ALLIANCE_COLUMNS} FROM alliances a WHERE a.slug = $1),
tr AS (SELECT x.tribe_id, x.added_at FROM al JOIN alliance_tribes x ON x.alliance_id = al.id),
kr AS (
  SELECT k.id, k.objective_id, o.alliance_id, k.title, k.unit, k.baseline, k.target, k.current, k.position, k.updated_at, o.position AS objective_position
  FROM al JOIN alliance_objectives o ON o.alliance_id = al.id JOIN alliance_key_results k ON k.objective_id = o.id),
hist AS (
  SELECT h.id, h.key_result_id, h.value, h.updated_by, h.updated_at
  FROM kr CROSS JOIN LATERAL (
    SELECT u.id, u.key_result_id, u.value, u.updated_by, u.updated_at FROM alliance_key_result_updates u
    WHERE u.key_result_id = kr.id ORDER BY u.updated_at DESC, u.id DESC LIMIT $2) h),
dec AS (
  SELECT d.id, d.alliance_id, d.title, d.context, d.outcome, d.criteria, d.decided_by, d.decided_at
  FROM al JOIN alliance_decisions d ON d.alliance_id = al.id)
SELECT al.*,
  (SELECT coalesce(json_agg(tr.tribe_id ORDER BY tr.added_at, tr.tribe_id), '[]') FROM tr) AS tribe_ids,
  (SELECT coalesce(json_agg(json_build_object('id', o.id, 'alliance_id', o.alliance_id, 'title', o.title, 'position', o.position) ORDER BY o.position), '[]')
    FROM alliance_objectives o WHERE o.alliance_id = al.id) AS objectives,
  (SELECT coalesce(json_agg(kr ORDER BY kr.objective_position, kr.position), '[]') FROM kr) AS key_results,
  (SELECT coalesce(json_object_agg(g.key_result_id, g.points), '{}') FROM (
    SELECT hist.key_result_id, json_agg(json_build_array(hist.value, hist.updated_by, floor(extract(epoch FROM hist.updated_at) * 1000)) ORDER BY hist.updated_at, hist.id) AS points
    FROM hist GROUP BY hist.key_result_id) g) AS history,
  (SELECT coalesce(json_agg(json_build_object('id', m.id, 'alliance_id', m.alliance_id, 'title', m.title, 'due_date', m.due_date, 'squad_id', m.squad_id,
      'status', m.status, 'created_at', m.created_at) ORDER BY m.due_date, m.created_at, m.id), '[]')
    FROM alliance_milestones m WHERE m.alliance_id = al.id) AS milestones,
  (SELECT coalesce(json_agg(dec ORDER BY dec.decided_at DESC, dec.id DESC), '[]') FROM dec) AS decisions,
  (SELECT coalesce(json_agg(p), '[]') FROM (
    SELECT ${personColumns('pd', '')} FROM auth_people_directory pd
    WHERE pd.id IN (
      SELECT al.created_by UNION ALL SELECT dec.decided_by FROM dec UNION ALL SELECT hist.updated_by FROM hist
      UNION ALL SELECT s.user_id FROM unnest($3::uuid[], $4::uuid[]) AS s(tribe_id, user_id) JOIN tr ON tr.tribe_id = s.tribe_id)) p) AS people
FROM al`;

export interface AlliancePatch {
  name?: string;
  goal?: string;
  status?: AllianceStatusName;
  criteria?: string[];
}

/**
 * Every statement on an alliance and its tribes. The revision check of an update lives in the
 * UPDATE itself; every write to the row bumps the revision in that same statement.
 */
@Injectable()
export class AllianceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByIds(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<AllianceRecord[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return (await tx.query(`SELECT ${ALLIANCE_COLUMNS} FROM alliances a WHERE a.id = ANY($1::uuid[])`, [valid])).map(toAlliance);
  }

  async findById(id: string, tx?: EntityManager): Promise<AllianceRecord | null> {
    return (await this.findByIds([id], tx))[0] ?? null;
  }

  /** The alliance's page (AlliancePageRows) in one statement, or null when no alliance has the slug. */
  async page(slug: string, trioSeats: readonly TrioSeat[]): Promise<AlliancePageRows | null> {
    const rows = await this.db.query(PAGE_SQL, [slug, KEY_RESULT_HISTORY_SHOWN, trioSeats.map((s) => s.tribeId), trioSeats.map((s) => s.userId)]);
    if (!rows.length) return null;
    const r = rows[0];
    return {
      alliance: toAlliance(r),
      tribeIds: r.tribe_ids,
      objectives: r.objectives.map(toObjective),
      keyResults: r.key_results.map(toKeyResult),
      history: historyFromJson(r.history),
      milestones: r.milestones.map(toMilestone),
      decisions: r.decisions.map(toDecision),
      people: r.people.map((p: Record<string, unknown>) => {
        const person = personFromRow(p, '')!;
        return { ...person, createdAt: new Date(person.createdAt) };
      }),
    };
  }

  /** The alliance locked until the transaction ends: its tribes and lists change one writer at a time. */
  async lock(tx: EntityManager, id: string): Promise<AllianceRecord | null> {
    if (!isUuid(id)) return null;
    const rows = await tx.query(`SELECT ${ALLIANCE_COLUMNS} FROM alliances a WHERE a.id = $1 FOR UPDATE`, [id]);
    return rows.length ? toAlliance(rows[0]) : null;
  }

  /** Every alliance, or those with the status, in list order. */
  async list(status: AllianceStatusName | null | undefined): Promise<AllianceRecord[]> {
    const params: unknown[] = [ALLIANCE_STATUSES];
    let where = '';
    if (status) {
      params.push(status);
      where = 'WHERE a.status = $2';
    }
    return (await this.db.query(`SELECT ${ALLIANCE_COLUMNS} FROM alliances a ${where} ORDER BY ${order(1)}`, params)).map(toAlliance);
  }

  /** The alliances each tribe belongs to, in list order. */
  async byTribes(tribeIds: readonly string[]): Promise<(AllianceRecord & { tribeId: string })[]> {
    const valid = tribeIds.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.db.query(
      `SELECT ${ALLIANCE_COLUMNS}, t.tribe_id FROM alliance_tribes t JOIN alliances a ON a.id = t.alliance_id
       WHERE t.tribe_id = ANY($1::uuid[]) ORDER BY t.tribe_id, ${order(2)}`,
      [valid, ALLIANCE_STATUSES],
    );
    return rows.map((r: Record<string, any>) => Object.assign(toAlliance(r), { tribeId: r.tribe_id }));
  }

  /** The tribes of each alliance, in the order they joined. */
  async tribesOf(allianceIds: readonly string[], tx: EntityManager = this.db.manager): Promise<AllianceTribeRecord[]> {
    const valid = allianceIds.filter(isUuid);
    if (!valid.length) return [];
    const rows = await tx.query(
      `SELECT alliance_id, tribe_id, added_by, added_at FROM alliance_tribes WHERE alliance_id = ANY($1::uuid[]) ORDER BY alliance_id, added_at, tribe_id`,
      [valid],
    );
    return rows.map((r: Record<string, any>) => Object.assign(new AllianceTribeRecord(), { allianceId: r.alliance_id, tribeId: r.tribe_id, addedById: r.added_by, addedAt: r.added_at }));
  }

  /**
   * Everyone the alliances' own rows name: their creator, who decided their decisions and who
   * updated their key results. One statement, so a page reads all its people in one go.
   */
  async peopleOf(allianceIds: readonly string[]): Promise<{ allianceId: string; userId: string }[]> {
    const valid = allianceIds.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.db.query(
      `SELECT a.id AS alliance_id, a.created_by AS user_id FROM alliances a WHERE a.id = ANY($1::uuid[])
       UNION SELECT d.alliance_id, d.decided_by FROM alliance_decisions d WHERE d.alliance_id = ANY($1::uuid[])
       UNION SELECT o.alliance_id, u.updated_by FROM alliance_objectives o
         JOIN alliance_key_results k ON k.objective_id = o.id
         JOIN alliance_key_result_updates u ON u.key_result_id = k.id
         WHERE o.alliance_id = ANY($1::uuid[])`,
      [valid],
    );
    return rows.map((r: Record<string, string>) => ({ allianceId: r.alliance_id, userId: r.user_id }));
  }

  /** A new FORMING alliance with a slug of its own and its founding tribes. */
  async create(tx: EntityManager, a: { name: string; goal: string; criteria: string[]; tribeIds: string[]; createdById: string }): Promise<AllianceRecord> {
    const base = slugify(a.name, 'alliance');
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['guildhall:slug:alliances']);
    const taken: { slug: string }[] = await tx.query(`SELECT slug FROM alliances WHERE slug = $1 OR slug LIKE $2`, [base, `${base}-%`]);
    const slug = nextFreeSlug(
      base,
      taken.map((r) => r.slug),
    );
    const rows = await tx.query(
      `INSERT INTO alliances AS a (slug, name, goal, criteria, created_by) VALUES ($1, $2, $3, $4::text[], $5) RETURNING ${ALLIANCE_COLUMNS}`,
      [slug, a.name, a.goal, a.criteria, a.createdById],
    );
    const alliance = toAlliance(rows[0]);
    await tx.query(`INSERT INTO alliance_tribes (alliance_id, tribe_id, added_by) SELECT $1, t, $3 FROM unnest($2::uuid[]) AS t`, [alliance.id, a.tribeIds, a.createdById]);
    return alliance;
  }

  /**
   * Writes the fields the patch sets and bumps the revision; with `expectedRevision`, only if the
   * revision is still that (checked by the UPDATE itself). Null when it had moved on or the alliance is gone.
   */
  async update(tx: EntityManager, id: string, patch: AlliancePatch, expectedRevision: number | null): Promise<AllianceRecord | null> {
    const params: unknown[] = [id];
    const set: string[] = ['revision = a.revision + 1', 'updated_at = now()'];
    const column = (name: string, value: unknown, cast = '') => {
      params.push(value);
      set.push(`${name} = $${params.length}${cast}`);
    };
    if (patch.name !== undefined) column('name', patch.name);
    if (patch.goal !== undefined) column('goal', patch.goal);
    if (patch.status !== undefined) column('status', patch.status);
    if (patch.criteria !== undefined) column('criteria', patch.criteria, '::text[]');
    let where = 'a.id = $1';
    if (expectedRevision !== null) {
      params.push(expectedRevision);
      where += ` AND a.revision = $${params.length}`;
    }
    const [rows] = await tx.query(`UPDATE alliances AS a SET ${set.join(', ')} WHERE ${where} RETURNING ${ALLIANCE_COLUMNS}`, params);
    return rows.length ? toAlliance(rows[0]) : null;
  }

  /** Adds the tribe; false when it was in already. (Tribes are not the alliance's own fields: its revision stays.) */
  async addTribe(tx: EntityManager, allianceId: string, tribeId: string, addedById: string): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO alliance_tribes (alliance_id, tribe_id, added_by) VALUES ($1, $2, $3) ON CONFLICT (alliance_id, tribe_id) DO NOTHING RETURNING tribe_id`,
      [allianceId, tribeId, addedById],
    );
    return rows.length > 0;
  }

  /** Removes the tribe; false when it was not in. */
  async removeTribe(tx: EntityManager, allianceId: string, tribeId: string): Promise<boolean> {
    const [rows] = await tx.query(`DELETE FROM alliance_tribes WHERE alliance_id = $1 AND tribe_id = $2 RETURNING tribe_id`, [allianceId, tribeId]);
    return rows.length > 0;
  }

  async countTribes(tx: EntityManager, allianceId: string): Promise<number> {
    return (await tx.query(`SELECT count(*)::int AS n FROM alliance_tribes WHERE alliance_id = $1`, [allianceId]))[0].n;
  }
}

/** The page's history points (`{ keyResultId: [[value, updated_by, epoch ms], …] }`), as records by key result id. */
function historyFromJson(json: Record<string, [number, string, number][]>): Map<string, KeyResultUpdateRecord[]> {
  const byKeyResult = new Map<string, KeyResultUpdateRecord[]>();
  for (const [keyResultId, points] of Object.entries(json)) {
    byKeyResult.set(
      keyResultId,
      points.map(([value, updatedById, at]) => Object.assign(new KeyResultUpdateRecord(), { keyResultId, value, updatedById, updatedAt: new Date(at) })),
    );
  }
  return byKeyResult;
}

function order(statusesParam: number): string {
  return ALLIANCE_ORDER.replace('$STATUSES', `$${statusesParam}`);
}

export function toAlliance(row: Record<string, any>): AllianceRecord {
  return Object.assign(new AllianceRecord(), {
    id: row.id,
    slug: row.slug,
    name: row.name,
    goal: row.goal,
    status: row.status,
    criteria: row.criteria ?? [],
    revision: row.revision,
    createdById: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
