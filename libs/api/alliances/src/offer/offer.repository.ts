import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@guildhall/api-core';
import { OfferRecord } from './offer.record';

const OFFER_COLUMNS = `o.id, o.squad_id, o.title, o.description, o.expectations, o.limits, o.revision, o.retired_at, o.created_at, o.updated_at`;

/** An offer read along with another row (an agreement's, a dependency's): its columns for the table aliased `o`, each prefixed `offer_`. */
export const OFFER_ALONG_COLUMNS = `o.id AS offer_id_along, o.squad_id AS offer_squad_id, o.title AS offer_title, o.description AS offer_description,
  o.expectations AS offer_expectations, o.limits AS offer_limits, o.revision AS offer_revision, o.retired_at AS offer_retired_at, o.created_at AS offer_created_at, o.updated_at AS offer_updated_at`;

/** The offer read along by OFFER_ALONG_COLUMNS, or null when the row has none. */
export function offerAlong(r: any): OfferRecord | null {
  if (!r.offer_id_along) return null;
  return toOffer({
    id: r.offer_id_along,
    squad_id: r.offer_squad_id,
    title: r.offer_title,
    description: r.offer_description,
    expectations: r.offer_expectations,
    limits: r.offer_limits,
    revision: r.offer_revision,
    retired_at: r.offer_retired_at,
    created_at: r.offer_created_at,
    updated_at: r.offer_updated_at,
  });
}

export interface OfferFields {
  title: string;
  description: string;
  expectations: string | null;
  limits: string | null;
}

/** Every statement on squads' offers. */
@Injectable()
export class OfferRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByIds(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<OfferRecord[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return (await tx.query(`SELECT ${OFFER_COLUMNS} FROM squad_offers o WHERE o.id = ANY($1::uuid[])`, [valid])).map(toOffer);
  }

  async findById(id: string, tx?: EntityManager): Promise<OfferRecord | null> {
    return (await this.findByIds([id], tx))[0] ?? null;
  }

  /** The squads' live offers (not retired), oldest first: one statement for any number of squads. */
  async liveOfSquads(squadIds: readonly string[]): Promise<OfferRecord[]> {
    const valid = squadIds.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.db.query(
      `SELECT ${OFFER_COLUMNS} FROM squad_offers o WHERE o.squad_id = ANY($1::uuid[]) AND o.retired_at IS NULL ORDER BY o.created_at, o.id`,
      [valid],
    );
    return rows.map(toOffer);
  }

  /** Serialises publishing in the squad (its live offers are counted against their bound). */
  async countLiveLocked(tx: EntityManager, squadId: string): Promise<number> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`guildhall:offers:${squadId}`]);
    const rows = await tx.query(`SELECT count(*)::int AS n FROM squad_offers WHERE squad_id = $1 AND retired_at IS NULL`, [squadId]);
    return rows[0].n;
  }

  async create(tx: EntityManager, squadId: string, fields: OfferFields, publishedById: string): Promise<OfferRecord> {
    const rows = await tx.query(
      `INSERT INTO squad_offers AS o (squad_id, title, description, expectations, limits, published_by_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${OFFER_COLUMNS}`,
      [squadId, fields.title, fields.description, fields.expectations, fields.limits, publishedById],
    );
    return toOffer(rows[0]);
  }

  /**
   * Writes the fields given and bumps the revision, only while the offer is live and, when
   * `expectedRevision` is given, still at it (checked by the UPDATE itself). Null otherwise.
   */
  async update(tx: EntityManager, id: string, patch: Partial<OfferFields>, expectedRevision: number | null): Promise<OfferRecord | null> {
    const params: unknown[] = [id, expectedRevision];
    const set = ['revision = o.revision + 1', 'updated_at = now()'];
    for (const [column, value] of Object.entries(patch)) {
      params.push(value);
      set.push(`${column} = $${params.length}`);
    }
    const [rows] = await tx.query(
      `UPDATE squad_offers AS o SET ${set.join(', ')} WHERE o.id = $1 AND o.retired_at IS NULL AND ($2::int IS NULL OR o.revision = $2::int) RETURNING ${OFFER_COLUMNS}`,
      params,
    );
    return rows.length ? toOffer(rows[0]) : null;
  }

  /** Retires the offer once; null when it was already retired (or is gone). */
  async retire(tx: EntityManager, id: string): Promise<OfferRecord | null> {
    const [rows] = await tx.query(
      `UPDATE squad_offers AS o SET retired_at = now(), revision = o.revision + 1, updated_at = now() WHERE o.id = $1 AND o.retired_at IS NULL RETURNING ${OFFER_COLUMNS}`,
      [id],
    );
    return rows.length ? toOffer(rows[0]) : null;
  }

  /** The offer, locked until the transaction ends: an agreement is not made on an offer being retired. */
  async lock(tx: EntityManager, id: string): Promise<OfferRecord | null> {
    if (!isUuid(id)) return null;
    const rows = await tx.query(`SELECT ${OFFER_COLUMNS} FROM squad_offers o WHERE o.id = $1 FOR SHARE`, [id]);
    return rows.length ? toOffer(rows[0]) : null;
  }
}

function toOffer(r: any): OfferRecord {
  return Object.assign(new OfferRecord(), {
    id: r.id,
    squadId: r.squad_id,
    title: r.title,
    description: r.description,
    expectations: r.expectations,
    limits: r.limits,
    revision: r.revision,
    retiredAt: r.retired_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
}
