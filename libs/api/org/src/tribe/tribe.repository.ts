import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EntityRows, entityRows, isUuid, prepared } from '@guildhall/api-core';
import { TribeEntity } from './tribe.entity';

export type TribePatch = Partial<Pick<TribeEntity, 'name' | 'mission' | 'tribeLeadId' | 'productLeadId' | 'designLeadId'>>;

/** Every statement on org's `tribes` table. Methods that take `tx` run in the caller's transaction. */
@Injectable()
export class TribeRepository {
  private readonly rows: EntityRows<TribeEntity>;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.rows = entityRows(db, TribeEntity, 't');
  }

  /** Every tribe, by name. */
  async list(tx: EntityManager = this.db.manager): Promise<TribeEntity[]> {
    return (await tx.query(prepared(`SELECT ${this.rows.columns} FROM tribes t ORDER BY lower(t.name), t.id`))).map(this.rows.read);
  }

  /** null for an unknown or malformed id. */
  findById(id: string, tx: EntityManager = this.db.manager): Promise<TribeEntity | null> {
    return isUuid(id) ? tx.findOneBy(TribeEntity, { id }) : Promise.resolve(null);
  }

  async findBySlug(slug: string): Promise<TribeEntity | null> {
    const rows = await this.db.query(prepared(`SELECT ${this.rows.columns} FROM tribes t WHERE t.slug = $1`), [slug]);
    return rows.length ? this.rows.read(rows[0]) : null;
  }

  async findByIds(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<TribeEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return (await tx.query(prepared(`SELECT ${this.rows.columns} FROM tribes t WHERE t.id = ANY($1::uuid[])`), [valid])).map(this.rows.read);
  }

  /** Distinct people in each tribe's squads. */
  async memberCounts(tribeIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { tribe_id: string; n: string }[] = await this.db.query(
      `SELECT s.tribe_id, count(DISTINCT m.user_id) AS n FROM squads s JOIN squad_memberships m ON m.squad_id = s.id
        WHERE s.tribe_id = ANY($1::uuid[]) GROUP BY s.tribe_id`,
      [[...tribeIds]],
    );
    return new Map(rows.map((r) => [r.tribe_id, Number(r.n)]));
  }

  create(tx: EntityManager, tribe: Pick<TribeEntity, 'slug' | 'name' | 'mission'>): Promise<TribeEntity> {
    return tx.save(tx.create(TribeEntity, tribe));
  }

  /** Applies the patch (if any) and reads the tribe back. */
  async update(tx: EntityManager, id: string, patch: TribePatch): Promise<TribeEntity> {
    if (Object.keys(patch).length) await tx.update(TribeEntity, { id }, patch);
    return tx.findOneByOrFail(TribeEntity, { id });
  }
}
