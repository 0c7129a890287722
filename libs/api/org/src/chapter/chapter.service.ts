import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, DomainEvents, PrivilegedActionTaken, Viewer } from '@guildhall/api-core';
import { UserRepository } from '@guildhall/api-auth';
import { DISCIPLINE_MAX_LENGTH } from '@guildhall/shared-domain';
import { assertCanManageTribe } from '../shared/org-access';
import { chapterMismatch, placeInChapters } from '../shared/membership-rules';
import { requireChapter, requireTribe, requireUser } from '../shared/org-lookups';
import { cleanName } from '../shared/org-text';
import { uniqueSlug } from '../shared/slug';
import { CreateChapterInput } from './dto/chapter.inputs';
import { SquadRepository } from '../squad/squad.repository';
import { TribeRepository } from '../tribe/tribe.repository';
import { ChapterEntity, ChapterMembershipEntity } from './chapter.entity';
import { ChapterRepository } from './chapter.repository';

@Injectable()
export class ChaptersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly chapters: ChapterRepository,
    private readonly squads: SquadRepository,
    private readonly tribes: TribeRepository,
    private readonly events: DomainEvents,
    private readonly people: UserRepository,
  ) {}

  getBySlug(slug: string): Promise<ChapterEntity | null> {
    return this.chapters.findBySlug(slug);
  }

  findByIds(ids: readonly string[]): Promise<ChapterEntity[]> {
    return this.chapters.findByIds(ids);
  }

  byTribes(tribeIds: readonly string[]): Promise<ChapterEntity[]> {
    return this.chapters.byTribes(tribeIds);
  }

  memberRows(chapterIds: readonly string[]): Promise<{ chapter_id: string; user_id: string }[]> {
    return this.chapters.memberRows(chapterIds);
  }

  membershipsOf(userIds: readonly string[]): Promise<ChapterMembershipEntity[]> {
    return this.chapters.membershipsOf(userIds);
  }

  async create(viewer: Viewer, input: CreateChapterInput): Promise<ChapterEntity> {
    const name = cleanName(input.name, 'name', 'a chapter name');
    const discipline = cleanDiscipline(input.discipline);
    return this.db.transaction(async (tx) => {
      const tribe = await requireTribe(this.tribes, tx, input.tribeId);
      assertCanManageTribe(viewer, tribe, 'create chapters in it');
      const leadId = input.leadId ? (await requireUser(this.people, tx, input.leadId, 'The chapter lead')).id : null;
      const slug = await uniqueSlug(tx, 'chapters', name, 'chapter');
      const chapter = await this.chapters.create(tx, { slug, tribeId: tribe.id, name, discipline, leadId });
      await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'chapter.created', { type: 'chapter', id: chapter.id, label: name }, null, { name, discipline, leadId, tribeId: tribe.id, tribe: tribe.name }));
      return chapter;
    });
  }

  async setLead(viewer: Viewer, chapterId: string, userId: string): Promise<ChapterEntity> {
    return this.db.transaction(async (tx) => {
      const chapter = await requireChapter(this.chapters, tx, chapterId);
      assertCanManageTribe(viewer, await requireTribe(this.tribes, tx, chapter.tribeId), 'choose its chapter leads');
      const lead = await requireUser(this.people, tx, userId, 'The chapter lead');
      const updated = await this.chapters.setLead(tx, chapter.id, lead.id);
      if (chapter.leadId !== lead.id) await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'chapter.lead.changed', { type: 'chapter', id: chapter.id, label: chapter.name }, { leadId: chapter.leadId }, { leadId: lead.id }));
      return updated;
    });
  }

  /** The person's squad must be in the chapter's tribe; they leave any other chapter. */
  async addMember(viewer: Viewer, chapterId: string, userId: string): Promise<ChapterEntity> {
    return this.db.transaction(async (tx) => {
      const chapter = await requireChapter(this.chapters, tx, chapterId);
      const tribe = await requireTribe(this.tribes, tx, chapter.tribeId);
      assertCanManageTribe(viewer, tribe, "change its chapters' members");
      const user = await requireUser(this.people, tx, userId);
      const squad = await this.squads.lockSquadOf(tx, user.id);
      const mismatch = chapterMismatch(squad?.tribe_id, tribe.id);
      if (mismatch === 'no-squad') {
        throw badInput(`${user.displayName} is not in a squad yet. Add them to a squad of tribe ${tribe.name} first.`, 'userId');
      }
      if (mismatch === 'other-tribe') {
        throw badInput(
          `${user.displayName} is in squad ${squad!.name} of tribe ${squad!.tribe_name}, but chapter ${chapter.name} belongs to tribe ${tribe.name}. ` +
            `A person's chapter must be in their squad's tribe: move them to a squad of ${tribe.name} first.`,
          'userId',
        );
      }
      const previous = await this.chapters.chapterOf(tx, user.id);
      await placeInChapters(tx, [{ userId: user.id, chapterId: chapter.id }]);
      if (previous?.chapter_id !== chapter.id) await this.events.publish(new PrivilegedActionTaken(tx, viewer, previous ? 'chapter.member.moved' : 'chapter.member.added', { type: 'user', id: user.id, label: user.displayName }, previous ? { chapterId: previous.chapter_id, chapter: previous.name } : null, { chapterId: chapter.id, chapter: chapter.name }));
      return chapter;
    });
  }

  /** Idempotent. */
  async removeMember(viewer: Viewer, chapterId: string, userId: string): Promise<ChapterEntity> {
    return this.db.transaction(async (tx) => {
      const chapter = await requireChapter(this.chapters, tx, chapterId);
      assertCanManageTribe(viewer, await requireTribe(this.tribes, tx, chapter.tribeId), "change its chapters' members");
      const user = await requireUser(this.people, tx, userId);
      if (await this.chapters.removeMember(tx, chapter.id, user.id)) await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'chapter.member.removed', { type: 'user', id: user.id, label: user.displayName }, { chapterId: chapter.id, chapter: chapter.name }, null));
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
