import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@guildhall/api-core';
import type { AgreementStatusName, InteractionModeName } from '@guildhall/shared-domain';
import { SQUAD_TEAM_API_LISTED_MAX } from '@guildhall/shared-domain';
import { OFFER_ALONG_COLUMNS, offerAlong } from '../offer/offer.repository';
import { AgreementRecord } from './agreement.record';

const AGREEMENT_COLUMNS = `a.id, a.offer_id, a.provider_squad_id, a.consumer_squad_id, a.terms, a.mode, a.status, a.review_by,
  a.proposed_by_id, a.proposed_by_squad_id, a.tension_id, a.created_at, a.updated_at`;

export interface NewAgreement {
  offerId: string;
  providerSquadId: string;
  consumerSquadId: string;
  terms: string;
  mode: InteractionModeName;
  reviewBy: Date | null;
  proposedById: string;
  proposedBySquadId: string;
  tensionId?: string | null;
}

/** Every statement on interface agreements. */
@Injectable()
export class AgreementRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByIds(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<AgreementRecord[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return (await tx.query(`SELECT ${AGREEMENT_COLUMNS} FROM interface_agreements a WHERE a.id = ANY($1::uuid[])`, [valid])).map(toAgreement);
  }

  async findById(id: string, tx?: EntityManager): Promise<AgreementRecord | null> {
    return (await this.findByIds([id], tx))[0] ?? null;
  }

  /**
   * Each squad's agreements, as provider or consumer: open ones (proposed, agreed) first, then
   * the most recently changed; at most SQUAD_TEAM_API_LISTED_MAX per squad. One statement for any
   * number of squads, each row keyed by the squad it was read for.
   */
  async ofSquads(squadIds: readonly string[]): Promise<{ squadId: string; agreement: AgreementRecord }[]> {
    const valid = squadIds.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.db.query(
      `SELECT s.squad_id AS for_squad_id, ${AGREEMENT_COLUMNS}, ${OFFER_ALONG_COLUMNS}
       FROM unnest($1::uuid[]) AS s(squad_id)
       CROSS JOIN LATERAL (
         SELECT * FROM interface_agreements a
         WHERE a.provider_squad_id = s.squad_id OR a.consumer_squad_id = s.squad_id
         ORDER BY (a.status = 'RETIRED'), a.updated_at DESC, a.id
         LIMIT $2
       ) a
       JOIN squad_offers o ON o.id = a.offer_id
       ORDER BY s.squad_id, (a.status = 'RETIRED'), a.updated_at DESC, a.id`,
      [valid, SQUAD_TEAM_API_LISTED_MAX],
    );
    return rows.map((r: any) => ({ squadId: r.for_squad_id, agreement: Object.assign(toAgreement(r), { offer: offerAlong(r) }) }));
  }

  async ofTensions(tensionIds: readonly string[]): Promise<AgreementRecord[]> {
    const valid = tensionIds.filter(isUuid);
    if (!valid.length) return [];
    return (await this.db.query(`SELECT ${AGREEMENT_COLUMNS} FROM interface_agreements a WHERE a.tension_id = ANY($1::uuid[]) ORDER BY a.created_at, a.id`, [valid])).map(
      toAgreement,
    );
  }

  /** Serialises proposals between the two squads, and counts each one's open agreements against their bound. */
  async openCountsLocked(tx: EntityManager, squadIds: string[]): Promise<Map<string, number>> {
    for (const id of [...squadIds].sort()) await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`guildhall:agreements:${id}`]);
    const rows: { squad_id: string; n: number }[] = await tx.query(
      `SELECT s.squad_id, count(a.id)::int AS n
       FROM unnest($1::uuid[]) AS s(squad_id)
       LEFT JOIN interface_agreements a ON (a.provider_squad_id = s.squad_id OR a.consumer_squad_id = s.squad_id) AND a.status <> 'RETIRED'
       GROUP BY s.squad_id`,
      [squadIds],
    );
    return new Map(rows.map((r) => [r.squad_id, r.n]));
  }

  async create(tx: EntityManager, a: NewAgreement): Promise<AgreementRecord> {
    const rows = await tx.query(
      `INSERT INTO interface_agreements AS a (offer_id, provider_squad_id, consumer_squad_id, terms, mode, review_by, proposed_by_id, proposed_by_squad_id, tension_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${AGREEMENT_COLUMNS}`,
      [a.offerId, a.providerSquadId, a.consumerSquadId, a.terms, a.mode, a.reviewBy, a.proposedById, a.proposedBySquadId, a.tensionId ?? null],
    );
    return toAgreement(rows[0]);
  }

  /** Moves the status only if it is still one of `from` (checked by the UPDATE itself); null when it had moved on. */
  async move(tx: EntityManager, id: string, from: AgreementStatusName[], to: AgreementStatusName): Promise<AgreementRecord | null> {
    const [rows] = await tx.query(
      `UPDATE interface_agreements AS a SET status = $3, updated_at = now() WHERE a.id = $1 AND a.status = ANY($2::text[]) RETURNING ${AGREEMENT_COLUMNS}`,
      [id, from, to],
    );
    return rows.length ? toAgreement(rows[0]) : null;
  }

  /** A tension's review amends the agreement: new terms and/or review date, linked to the tension; only while not retired. */
  async amend(tx: EntityManager, id: string, patch: { terms?: string; reviewBy?: Date | null }, tensionId: string): Promise<AgreementRecord | null> {
    const params: unknown[] = [id, tensionId];
    const set = ['tension_id = $2', 'updated_at = now()'];
    if (patch.terms !== undefined) {
      params.push(patch.terms);
      set.push(`terms = $${params.length}`);
    }
    if (patch.reviewBy !== undefined) {
      params.push(patch.reviewBy);
      set.push(`review_by = $${params.length}`);
    }
    const [rows] = await tx.query(`UPDATE interface_agreements AS a SET ${set.join(', ')} WHERE a.id = $1 AND a.status <> 'RETIRED' RETURNING ${AGREEMENT_COLUMNS}`, params);
    return rows.length ? toAgreement(rows[0]) : null;
  }
}

function toAgreement(r: any): AgreementRecord {
  return Object.assign(new AgreementRecord(), {
    id: r.id,
    offerId: r.offer_id,
    providerSquadId: r.provider_squad_id,
    consumerSquadId: r.consumer_squad_id,
    terms: r.terms,
    mode: r.mode,
    status: r.status,
    reviewBy: r.review_by,
    proposedById: r.proposed_by_id,
    proposedBySquadId: r.proposed_by_squad_id,
    tensionId: r.tension_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
}
