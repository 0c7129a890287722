import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { badInput, DomainEvents, isUuid, PrivilegedActionTaken, Viewer } from '@guildhall/api-core';
import { DISCIPLINE_MAX_LENGTH } from '@guildhall/shared-domain';
import { assertCanManageTribe } from '../shared/org-access';
import { chapterMismatch, placeInChapters } from '../shared/membership-rules';
import { requireChapter, requireTribe, requireUser } from '../shared/org-lookups';
import { cleanName } from '../shared/org-text';
import { uniqueSlug } from '../shared/slug';
import { CreateChapterInput } from './dto/chapter.inputs';
import { ChapterEntity, ChapterMembershipEntity } from './chapter.entity';

@Injectable()
export class ChaptersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
  ) {}

  getBySlug(slug: string): Promise<ChapterEntity | null> {
    return this.db.manager.findOneBy(ChapterEntity, { slug });
  }

  findByIds(ids: readonly string[]): Promise<ChapterEntity[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? this.db.manager.findBy(ChapterEntity, { id: In(valid) }) : Promise.resolve([]);
  }

  byTribes(tribeIds: readonly string[]): Promise<ChapterEntity[]> {
    return this.db.manager
      .createQueryBuilder(ChapterEntity, 'c')
      .where('c.tribe_id IN (:...ids)', { ids: [...tribeIds] })
      .orderBy('lower(c.name)')
      .addOrderBy('c.id')
      .getMany();
  }

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

  async create(viewer: Viewer, input: CreateChapterInput): Promise<ChapterEntity> {
    const name = cleanName(input.name, 'name', 'a chapter name');
    const discipline = cleanDiscipline(input.discipline);
    return this.db.transaction(async (tx) => {
      const tribe = await requireTribe(tx, input.tribeId);
      assertCanManageTribe(viewer, tribe, 'create chapters in it');
      const leadId = input.leadId ? (await requireUser(tx, input.leadId, 'The chapter lead')).id : null;
      const slug = await uniqueSlug(tx, 'chapters', name, 'chapter');
      const chapter = await tx.save(tx.create(ChapterEntity, { slug, tribeId: tribe.id, name, discipline, leadId }));
      await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'chapter.created', { type: 'chapter', id: chapter.id, label: name }, null, { name, discipline, leadId, tribeId: tribe.id, tribe: tribe.name }));
      return chapter;
    });
  }

  async setLead(viewer: Viewer, chapterId: string, userId: string): Promise<ChapterEntity> {
    return this.db.transaction(async (tx) => {
      const chapter = await requireChapter(tx, chapterId);
      assertCanManageTribe(viewer, await requireTribe(tx, chapter.tribeId), 'choose its chapter leads');
      const lead = await requireUser(tx, userId, 'The chapter lead');
      await tx.update(ChapterEntity, { id: chapter.id }, { leadId: lead.id });
      if (chapter.leadId !== lead.id) await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'chapter.lead.changed', { type: 'chapter', id: chapter.id, label: chapter.name }, { leadId: chapter.leadId }, { leadId: lead.id }));
      return tx.findOneByOrFail(ChapterEntity, { id: chapter.id });
    });
  }

  /** The person's squad must be in the chapter's tribe; they leave any other chapter. */
  async addMember(viewer: Viewer, chapterId: string, userId: string): Promise<ChapterEntity> {
    return this.db.transaction(async (tx) => {
      const chapter = await requireChapter(tx, chapterId);
      const tribe = await requireTribe(tx, chapter.tribeId);
      assertCanManageTribe(viewer, tribe, "change its chapters' members");
      const user = await requireUser(tx, userId);
      const [squad] = await tx.query(
        `SELECT s.name, s.tribe_id, t.name AS tribe_name FROM squad_memberships m
           JOIN squads s ON s.id = m.squad_id JOIN tribes t ON t.id = s.tribe_id
          WHERE m.user_id = $1 FOR UPDATE OF m`,
        [user.id],
      );
      const mismatch = chapterMismatch(squad?.tribe_id, tribe.id);
      if (mismatch === 'no-squad') {
        throw badInput(`${user.displayName} is not in a squad yet. Add them to a squad of tribe ${tribe.name} first.`, 'userId');
      }
      if (mismatch === 'other-tribe') {
        throw badInput(
          `${user.displayName} is in squad ${squad.name} of tribe ${squad.tribe_name}, but chapter ${chapter.name} belongs to tribe ${tribe.name}. ` +
            `A person's chapter must be in their squad's tribe: move them to a squad of ${tribe.name} first.`,
          'userId',
        );
      }
      const [previous] = await tx.query(`SELECT cm.chapter_id, c.name FROM chapter_memberships cm JOIN chapters c ON c.id = cm.chapter_id WHERE cm.user_id = $1`, [user.id]);
      await placeInChapters(tx, [{ userId: user.id, chapterId: chapter.id }]);
      if (previous?.chapter_id !== chapter.id) await this.events.publish(new PrivilegedActionTaken(tx, viewer, previous ? 'chapter.member.moved' : 'chapter.member.added', { type: 'user', id: user.id, label: user.displayName }, previous ? { chapterId: previous.chapter_id, chapter: previous.name } : null, { chapterId: chapter.id, chapter: chapter.name }));
      return chapter;
    });
  }

  /** Idempotent. */
  async removeMember(viewer: Viewer, chapterId: string, userId: string): Promise<ChapterEntity> {
    return this.db.transaction(async (tx) => {
      const chapter = await requireChapter(tx, chapterId);
      assertCanManageTribe(viewer, await requireTribe(tx, chapter.tribeId), "change its chapters' members");
      const user = await requireUser(tx, userId);
      const removed = await tx.delete(ChapterMembershipEntity, { userId: user.id, chapterId: chapter.id });
      if (removed.affected) await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'chapter.member.removed', { type: 'user', id: user.id, label: user.displayName }, { chapterId: chapter.id, chapter: chapter.name }, null));
      return chapter;
    });
  }
}

function cleanDiscipline(raw: string): string {
  const value = (raw ?? '').trim().replace(/\s+/g, ' ');
  if (!value) throw badInput('Enter the discipline the chapter gathers, e.g. Backend or Design.', 'discipline');
  if (value.length > DISCIPLINE_MAX_LENGTH) throw badInput(`Keep the discipline to ${DISCIPLINE_MAX_LENGTH} characters or fewer.`, 'discipline');
  return value;
}
