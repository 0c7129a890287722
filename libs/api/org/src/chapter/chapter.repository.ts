import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { EntityRows, entityRows, isUuid, prepared } from '@guildhall/api-core';
import { ChapterEntity, ChapterMembershipEntity } from './chapter.entity';

/**
 * Every statement on org's `chapters` and `chapter_memberships` tables, except the set-based
 * placements the mutations and the import share (placeInChapters, shared/membership-rules.ts).
 * Methods that take `tx` run in the caller's transaction.
 */
@Injectable()
export class ChapterRepository {
  private readonly rows: EntityRows<ChapterEntity>;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.rows = entityRows(db, ChapterEntity, 'c');
  }

  /** null for an unknown or malformed id. */
  findById(id: string, tx: EntityManager = this.db.manager): Promise<ChapterEntity | null> {
    return isUuid(id) ? tx.findOneBy(ChapterEntity, { id }) : Promise.resolve(null);
  }

  findBySlug(slug: string): Promise<ChapterEntity | null> {
    return this.db.manager.findOneBy(ChapterEntity, { slug });
  }

  async findByIds(ids: readonly string[]): Promise<ChapterEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return (await this.db.query(prepared(`SELECT ${this.rows.columns} FROM chapters c WHERE c.id = ANY($1::uuid[])`), [valid])).map(this.rows.read);
  }

  /** The tribes' chapters, by name. */
  async byTribes(tribeIds: readonly string[]): Promise<ChapterEntity[]> {
    const valid = tribeIds.filter(isUuid);
    if (!valid.length) return [];
    return (await this.db.query(prepared(`SELECT ${this.rows.columns} FROM chapters c WHERE c.tribe_id = ANY($1::uuid[]) ORDER BY lower(c.name), c.id`), [valid])).map(this.rows.read);
  }

  /** Membership rows of the chapters, ordered by the members' names. */
  memberRows(chapterIds: readonly string[]): Promise<{ chapter_id: string; user_id: string }[]> {
    return this.db.query(
      `SELECT m.chapter_id, m.user_id FROM chapter_memberships m JOIN auth_people_directory u ON u.id = m.user_id
        WHERE m.chapter_id = ANY($1::uuid[]) ORDER BY lower(u.display_name), u.id`,
      [[...chapterIds]],
    );
  }

  membershipsOf(userIds: readonly string[]): Promise<ChapterMembershipEntity[]> {
    return this.db.manager.findBy(ChapterMembershipEntity, { userId: In(userIds.filter(isUuid)) });
  }

  /** The person's chapter (id and name), or undefined. */
  async chapterOf(tx: EntityManager, userId: string): Promise<{ chapter_id: string; name: string } | undefined> {
    const [current] = await tx.query(`SELECT cm.chapter_id, c.name FROM chapter_memberships cm JOIN chapters c ON c.id = cm.chapter_id WHERE cm.user_id = $1`, [userId]);
    return current;
  }

  create(tx: EntityManager, chapter: Pick<ChapterEntity, 'slug' | 'tribeId' | 'name' | 'discipline' | 'leadId'>): Promise<ChapterEntity> {
    return tx.save(tx.create(ChapterEntity, chapter));
  }

  /** Sets the lead and reads the chapter back. */
  async setLead(tx: EntityManager, id: string, leadId: string): Promise<ChapterEntity> {
    await tx.update(ChapterEntity, { id }, { leadId });
    return tx.findOneByOrFail(ChapterEntity, { id });
  }

  /** Whether the person was in the chapter. */
  async removeMember(tx: EntityManager, chapterId: string, userId: string): Promise<boolean> {
    return !!(await tx.delete(ChapterMembershipEntity, { userId, chapterId })).affected;
  }
}
