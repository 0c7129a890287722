import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { changedFields, DomainEvents, isUuid, PrivilegedActionTaken, Viewer } from '@guildhall/api-core';
import { assertAdmin } from '../shared/org-access';
import { requireTribe, requireUser } from '../shared/org-lookups';
import { cleanName, cleanText } from '../shared/org-text';
import { uniqueSlug } from '../shared/slug';
import { CreateTribeInput, SetTrioInput, UpdateTribeInput } from './dto/tribe.inputs';
import { TribeEntity } from './tribe.entity';

@Injectable()
export class TribesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
  ) {}

  /** Every tribe, by name (an organisation has a handful; the list is not paginated by contract). */
  list(): Promise<TribeEntity[]> {
    return this.db.manager.createQueryBuilder(TribeEntity, 't').orderBy('lower(t.name)').addOrderBy('t.id').getMany();
  }

  getBySlug(slug: string): Promise<TribeEntity | null> {
    return this.db.manager.findOneBy(TribeEntity, { slug });
  }

  findByIds(ids: readonly string[]): Promise<TribeEntity[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? this.db.manager.findBy(TribeEntity, { id: In(valid) }) : Promise.resolve([]);
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

  /** Admins only. */
  async create(viewer: Viewer, input: CreateTribeInput): Promise<TribeEntity> {
    assertAdmin(viewer, 'create tribes');
    const name = cleanName(input.name, 'name', 'a tribe name');
    const mission = cleanText(input.mission, 'mission');
    return this.db.transaction(async (tx) => {
      const slug = await uniqueSlug(tx, 'tribes', name, 'tribe');
      const tribe = await tx.save(tx.create(TribeEntity, { slug, name, mission }));
      await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'tribe.created', { type: 'tribe', id: tribe.id, label: tribe.name }, null, { name, mission }));
      return tribe;
    });
  }

  /** Admins only; the slug stays as it was. */
  async update(viewer: Viewer, id: string, input: UpdateTribeInput): Promise<TribeEntity> {
    assertAdmin(viewer, 'change tribes');
    const patch: Partial<TribeEntity> = {};
    if (input.name !== undefined && input.name !== null) patch.name = cleanName(input.name, 'name', 'a tribe name');
    if (input.mission !== undefined) patch.mission = cleanText(input.mission, 'mission');
    return this.db.transaction(async (tx) => {
      const tribe = await requireTribe(tx, id);
      if (Object.keys(patch).length) await tx.update(TribeEntity, { id: tribe.id }, patch);
      const changed = changedFields(tribe, patch);
      if (changed) await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'tribe.updated', { type: 'tribe', id: tribe.id, label: tribe.name }, ...changed));
      return tx.findOneByOrFail(TribeEntity, { id: tribe.id });
    });
  }

  /** Admins only. An omitted seat stays as it is; null empties it. */
  async setTrio(viewer: Viewer, input: SetTrioInput): Promise<TribeEntity> {
    assertAdmin(viewer, "set a tribe's trio");
    return this.db.transaction(async (tx) => {
      const tribe = await requireTribe(tx, input.tribeId);
      const patch: Partial<TribeEntity> = {};
      const seats = [
        ['tribeLeadId', 'tribe lead'],
        ['productLeadId', 'product lead'],
        ['designLeadId', 'design lead'],
      ] as const;
      for (const [key, label] of seats) {
        const value = input[key];
        if (value === undefined) continue;
        patch[key] = value === null ? null : (await requireUser(tx, value, `The person chosen as ${label}`)).id;
      }
      if (Object.keys(patch).length) await tx.update(TribeEntity, { id: tribe.id }, patch);
      const changed = changedFields(tribe, patch);
      if (changed) await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'tribe.trio.changed', { type: 'tribe', id: tribe.id, label: tribe.name }, ...changed));
      return tx.findOneByOrFail(TribeEntity, { id: tribe.id });
    });
  }
}
