import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@guildhall/api-core';
import { DependencyStatusName, SQUAD_TEAM_API_LISTED_MAX } from '@guildhall/shared-domain';
import { OFFER_ALONG_COLUMNS, offerAlong } from '../offer/offer.repository';
import { DependencyRecord } from './dependency.record';

const DEPENDENCY_COLUMNS = `d.id, d.alliance_id, d.requester_squad_id, d.provider_squad_id, d.offer_id, d.description, d.needed_by, d.status, d.response,
  d.requested_by_id, d.responded_by_id, d.created_at, d.updated_at`;
/** Open ones (requested, accepted) first, soonest needed first, then the most recently changed. */
const DEPENDENCY_ORDER = `(d.status IN ('DELIVERED', 'DECLINED')), d.needed_by ASC NULLS LAST, d.updated_at DESC, d.id`;

export interface NewDependency {
  allianceId: string | null;
  requesterSquadId: string;
  providerSquadId: string;
  offerId: string | null;
  description: string;
  neededBy: Date | null;
  requestedById: string;
}

/** Every statement on dependencies between squads. */
@Injectable()
export class DependencyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByIds(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<DependencyRecord[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return (await tx.query(`SELECT ${DEPENDENCY_COLUMNS} FROM squad_dependencies d WHERE d.id = ANY($1::uuid[])`, [valid])).map(toDependency);
  }

  async findById(id: string, tx?: EntityManager): Promise<DependencyRecord | null> {
    return (await this.findByIds([id], tx))[0] ?? null;
  }

  /** Each squad's dependencies in both directions, at most SQUAD_TEAM_API_LISTED_MAX each, keyed by the squad read for: one statement. */
  async ofSquads(squadIds: readonly string[]): Promise<{ ownerId: string; dependency: DependencyRecord }[]> {
    const valid = squadIds.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.db.query(
      `SELECT s.owner_id, ${DEPENDENCY_COLUMNS}, ${OFFER_ALONG_COLUMNS}
       FROM unnest($1::uuid[]) AS s(owner_id)
       CROSS JOIN LATERAL (
         SELECT * FROM squad_dependencies d WHERE d.requester_squad_id = s.owner_id OR d.provider_squad_id = s.owner_id
         ORDER BY ${DEPENDENCY_ORDER} LIMIT $2
       ) d
       LEFT JOIN squad_offers o ON o.id = d.offer_id
       ORDER BY s.owner_id, ${DEPENDENCY_ORDER}`,
      [valid, SQUAD_TEAM_API_LISTED_MAX],
    );
    return rows.map((r: any) => ({ ownerId: r.owner_id, dependency: Object.assign(toDependency(r), { offer: offerAlong(r) }) }));
  }

  /** Each alliance's dependencies, at most SQUAD_TEAM_API_LISTED_MAX each: one statement. */
  async ofAlliances(allianceIds: readonly string[]): Promise<{ ownerId: string; dependency: DependencyRecord }[]> {
    const valid = allianceIds.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.db.query(
      `SELECT s.owner_id, ${DEPENDENCY_COLUMNS}
       FROM unnest($1::uuid[]) AS s(owner_id)
       CROSS JOIN LATERAL (SELECT * FROM squad_dependencies d WHERE d.alliance_id = s.owner_id ORDER BY ${DEPENDENCY_ORDER} LIMIT $2) d`,
      [valid, SQUAD_TEAM_API_LISTED_MAX],
    );
    return rows.map((r: any) => ({ ownerId: r.owner_id, dependency: toDependency(r) }));
  }

  /** Serialises requests involving the squads and counts each one's open dependencies against their bound. */
  async openCountsLocked(tx: EntityManager, squadIds: string[]): Promise<Map<string, number>> {
    for (const id of [...squadIds].sort()) await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`guildhall:dependencies:${id}`]);
    const rows: { squad_id: string; n: number }[] = await tx.query(
      `SELECT s.squad_id, count(d.id)::int AS n
       FROM unnest($1::uuid[]) AS s(squad_id)
       LEFT JOIN squad_dependencies d ON (d.requester_squad_id = s.squad_id OR d.provider_squad_id = s.squad_id) AND d.status IN ('REQUESTED', 'ACCEPTED')
       GROUP BY s.squad_id`,
      [squadIds],
    );
    return new Map(rows.map((r) => [r.squad_id, r.n]));
  }

  async create(tx: EntityManager, d: NewDependency): Promise<DependencyRecord> {
    const rows = await tx.query(
      `INSERT INTO squad_dependencies AS d (alliance_id, requester_squad_id, provider_squad_id, offer_id, description, needed_by, requested_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${DEPENDENCY_COLUMNS}`,
      [d.allianceId, d.requesterSquadId, d.providerSquadId, d.offerId, d.description, d.neededBy, d.requestedById],
    );
    return toDependency(rows[0]);
  }

  /** Moves the status only while it is still `from` (checked by the UPDATE itself); a null response keeps the stored one. Null when it had moved on. */
  async move(tx: EntityManager, id: string, from: DependencyStatusName, to: DependencyStatusName, response: string | null, respondedById: string): Promise<DependencyRecord | null> {
    const [rows] = await tx.query(
      `UPDATE squad_dependencies AS d SET status = $3, response = COALESCE($4, d.response), responded_by_id = $5, updated_at = now()
       WHERE d.id = $1 AND d.status = $2 RETURNING ${DEPENDENCY_COLUMNS}`,
      [id, from, to, response, respondedById],
    );
    return rows.length ? toDependency(rows[0]) : null;
  }
}

function toDependency(r: any): DependencyRecord {
  return Object.assign(new DependencyRecord(), {
    id: r.id,
    allianceId: r.alliance_id,
    requesterSquadId: r.requester_squad_id,
    providerSquadId: r.provider_squad_id,
    offerId: r.offer_id,
    description: r.description,
    neededBy: r.needed_by,
    status: r.status,
    response: r.response,
    requestedById: r.requested_by_id,
    respondedById: r.responded_by_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
}
