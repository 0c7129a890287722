import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@guildhall/api-core';
import { nextFreeSlug, slugify } from '@guildhall/api-org';
import { ALLIANCE_STATUSES, AllianceStatusName } from '@guildhall/shared-domain';
import { AllianceRecord, AllianceTribeRecord } from './alliance.record';

/** The columns toAlliance reads, for the table aliased `a`. */
export const ALLIANCE_COLUMNS = `a.id, a.slug, a.name, a.goal, a.status, a.criteria, a.revision, a.created_by, a.created_at, a.updated_at`;
/** Lists order alliances by status (active, forming, completed, disbanded), then by name. */
export const ALLIANCE_ORDER = `array_position($STATUSES::text[], a.status), lower(a.name), a.id`;

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

  async findBySlug(slug: string): Promise<AllianceRecord | null> {
    const rows = await this.db.query(`SELECT ${ALLIANCE_COLUMNS} FROM alliances a WHERE a.slug = $1`, [slug]);
    return rows.length ? toAlliance(rows[0]) : null;
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
