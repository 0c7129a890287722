import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid, prepared, timestampKey } from '@guildhall/api-core';
import type { AdoptionStatusName } from '@guildhall/shared-domain';
import { AdoptionChangeRecord, AdoptionRecord } from './adoption.record';

const ADOPTION_COLUMNS = `a.standard_id, a.squad_id, a.status, a.version, a.note, a.exempt_until, a.updated_at, a.updated_by_id`;
const CHANGE_COLUMNS = `h.id, h.standard_id, h.squad_id, h.from_status, h.from_version, h.to_status, h.to_version, h.note, h.exempt_until,
  h.changed_by_id, h.changed_at, ${timestampKey('h.changed_at')} AS changed_at_key`;
/** History reads newest first. */
const HISTORY_ORDER = 'h.changed_at DESC, h.id DESC';

export interface AdoptionWrite {
  standardId: string;
  squadId: string;
  status: AdoptionStatusName;
  version: number | null;
  note: string | null;
  exemptUntil: Date | null;
  byId: string;
}

/**
 * For a statement that reads a standard `s` (its page): what the squads recorded for it, as one
 * JSON column (its rows as objects: timestamps as text); adoptionsAlongFromJson turns it into
 * what ofStandards gives for that standard.
 */
export const ADOPTIONS_ALONG = `(SELECT coalesce(json_agg(a), '[]') FROM (SELECT ${ADOPTION_COLUMNS} FROM standard_adoptions a WHERE a.standard_id = s.id) a)`;

/** The adoptions ADOPTIONS_ALONG read. */
export function adoptionsAlongFromJson(rows: Record<string, any>[]): AdoptionRecord[] {
  return rows.map((row) => {
    row.updated_at = new Date(row.updated_at);
    if (row.exempt_until !== null) row.exempt_until = new Date(row.exempt_until);
    return toAdoption(row);
  });
}

/** Every statement on adoptions and their history. SQL: the upsert and the per-owner LATERAL history pages. */
@Injectable()
export class AdoptionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** What the squads recorded for the standards (rows only where something was recorded). */
  async ofStandards(standardIds: readonly string[]): Promise<AdoptionRecord[]> {
    const valid = standardIds.filter(isUuid);
    if (!valid.length) return [];
    return (await this.db.query(prepared(`SELECT ${ADOPTION_COLUMNS} FROM standard_adoptions a WHERE a.standard_id = ANY($1::uuid[])`), [valid])).map(toAdoption);
  }

  /** The squad's recorded adoption of the standard, locked until the transaction ends (so history's "from" is exact). */
  async lockOne(tx: EntityManager, standardId: string, squadId: string): Promise<AdoptionRecord | null> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`guildhall:adoption:${standardId}:${squadId}`]);
    const rows = await tx.query(`SELECT ${ADOPTION_COLUMNS} FROM standard_adoptions a WHERE a.standard_id = $1 AND a.squad_id = $2`, [standardId, squadId]);
    return rows.length ? toAdoption(rows[0]) : null;
  }

  /** Records the adoption and its change in history, in the caller's transaction. */
  async record(tx: EntityManager, w: AdoptionWrite, from: { status: AdoptionStatusName; version: number | null }): Promise<AdoptionRecord> {
    const rows = await tx.query(
      `INSERT INTO standard_adoptions AS a (standard_id, squad_id, status, version, note, exempt_until, updated_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (standard_id, squad_id) DO UPDATE SET status = EXCLUDED.status, version = EXCLUDED.version, note = EXCLUDED.note,
         exempt_until = EXCLUDED.exempt_until, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()
       RETURNING ${ADOPTION_COLUMNS}`,
      [w.standardId, w.squadId, w.status, w.version, w.note, w.exemptUntil, w.byId],
    );
    await tx.query(
      `INSERT INTO standard_adoption_changes (standard_id, squad_id, from_status, from_version, to_status, to_version, note, exempt_until, changed_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [w.standardId, w.squadId, from.status, from.version, w.status, w.version, w.note, w.exemptUntil, w.byId],
    );
    return toAdoption(rows[0]);
  }

  /**
   * Up to `limit` changes of each owner (a standard's or a squad's), newest first after the
   * keyset, in one statement (one index range per owner).
   */
  async historyPages(owner: 'standard' | 'squad', ownerIds: readonly string[], limit: number, after?: [string, string]): Promise<AdoptionChangeRecord[]> {
    const valid = ownerIds.filter(isUuid);
    if (!valid.length) return [];
    const column = owner === 'standard' ? 'h.standard_id' : 'h.squad_id';
    const params: unknown[] = [valid, limit];
    let keyset = '';
    if (after) {
      params.push(after[0], after[1]);
      keyset = `AND (h.changed_at, h.id) < ($3::timestamptz, $4::uuid)`;
    }
    const rows = await this.db.query(
      `SELECT h.* FROM unnest($1::uuid[]) AS x(owner_id)
       CROSS JOIN LATERAL (SELECT ${CHANGE_COLUMNS} FROM standard_adoption_changes h WHERE ${column} = x.owner_id ${keyset} ORDER BY ${HISTORY_ORDER} LIMIT $2) h`,
      params,
    );
    return rows.map(toChange);
  }
}

function toAdoption(row: Record<string, any>): AdoptionRecord {
  return Object.assign(new AdoptionRecord(), {
    standardId: row.standard_id,
    squadId: row.squad_id,
    status: row.status,
    version: row.version,
    note: row.note,
    exemptUntil: row.exempt_until,
    updatedAt: row.updated_at,
    updatedById: row.updated_by_id,
  });
}

function toChange(row: Record<string, any>): AdoptionChangeRecord {
  return Object.assign(new AdoptionChangeRecord(), {
    id: row.id,
    standardId: row.standard_id,
    squadId: row.squad_id,
    fromStatus: row.from_status,
    fromVersion: row.from_version,
    toStatus: row.to_status,
    toVersion: row.to_version,
    note: row.note,
    exemptUntil: row.exempt_until,
    changedById: row.changed_by_id,
    changedAt: row.changed_at,
    orderKey: [row.changed_at_key, row.id],
  });
}
