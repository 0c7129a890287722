import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { changedFields, DomainEvents, PrivilegedActionTaken, Viewer } from '@guildhall/api-core';
import { UserRepository } from '@guildhall/api-auth';
import { assertAdmin } from '../shared/org-access';
import { requireTribe, requireUser } from '../shared/org-lookups';
import { cleanName, cleanText } from '../shared/org-text';
import { uniqueSlug } from '../shared/slug';
import { CreateTribeInput, SetTrioInput, UpdateTribeInput } from './dto/tribe.inputs';
import { TribeEntity } from './tribe.entity';
import { TribePatch, TribeRepository } from './tribe.repository';

@Injectable()
export class TribesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tribes: TribeRepository,
    private readonly events: DomainEvents,
    private readonly people: UserRepository,
  ) {}

  /** Every tribe, by name (an organisation has a handful; the list is not paginated by contract). */
  list(tx?: EntityManager): Promise<TribeEntity[]> {
    return this.tribes.list(tx);
  }

  getBySlug(slug: string): Promise<TribeEntity | null> {
    return this.tribes.findBySlug(slug);
  }

  /** Read in `tx` when given: on the embedded database the pool has one connection, which an open transaction holds. */
  findByIds(ids: readonly string[], tx?: EntityManager): Promise<TribeEntity[]> {
    return this.tribes.findByIds(ids, tx);
  }

  /** Distinct people in each tribe's squads. */
  memberCounts(tribeIds: readonly string[]): Promise<Map<string, number>> {
    return this.tribes.memberCounts(tribeIds);
  }

  /** Admins only. */
  async create(viewer: Viewer, input: CreateTribeInput): Promise<TribeEntity> {
    assertAdmin(viewer, 'create tribes');
    const name = cleanName(input.name, 'name', 'a tribe name');
    const mission = cleanText(input.mission, 'mission');
    return this.db.transaction(async (tx) => {
      const slug = await uniqueSlug(tx, 'tribes', name, 'tribe');
      const tribe = await this.tribes.create(tx, { slug, name, mission });
      await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'tribe.created', { type: 'tribe', id: tribe.id, label: tribe.name }, null, { name, mission }));
      return tribe;
    });
  }

  /** Admins only; the slug stays as it was. */
  async update(viewer: Viewer, id: string, input: UpdateTribeInput): Promise<TribeEntity> {
    assertAdmin(viewer, 'change tribes');
    const patch: TribePatch = {};
    if (input.name !== undefined && input.name !== null) patch.name = cleanName(input.name, 'name', 'a tribe name');
    if (input.mission !== undefined) patch.mission = cleanText(input.mission, 'mission');
    return this.db.transaction(async (tx) => {
      const tribe = await requireTribe(this.tribes, tx, id);
      const updated = await this.tribes.update(tx, tribe.id, patch);
      const changed = changedFields(tribe, patch);
      if (changed) await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'tribe.updated', { type: 'tribe', id: tribe.id, label: tribe.name }, ...changed));
      return updated;
    });
  }

  /** Admins only. An omitted seat stays as it is; null empties it. */
  async setTrio(viewer: Viewer, input: SetTrioInput): Promise<TribeEntity> {
    assertAdmin(viewer, "set a tribe's trio");
    return this.db.transaction(async (tx) => {
      const tribe = await requireTribe(this.tribes, tx, input.tribeId);
      const patch: TribePatch = {};
      const seats = [
        ['tribeLeadId', 'tribe lead'],
        ['productLeadId', 'product lead'],
        ['designLeadId', 'design lead'],
      ] as const;
      for (const [key, label] of seats) {
        const value = input[key];
        if (value === undefined) continue;
        patch[key] = value === null ? null : (await requireUser(this.people, tx, value, `The person chosen as ${label}`)).id;
      }
      const updated = await this.tribes.update(tx, tribe.id, patch);
      const changed = changedFields(tribe, patch);
      if (changed) await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'tribe.trio.changed', { type: 'tribe', id: tribe.id, label: tribe.name }, ...changed));
      return updated;
    });
  }
}
