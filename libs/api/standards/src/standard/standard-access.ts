import { Injectable } from '@nestjs/common';
import { forbidden, isAdmin, notFound, Viewer } from '@guildhall/api-core';
import { ChapterEntity, ChaptersService, SquadEntity, SquadsService } from '@guildhall/api-org';

/**
 * Who may do what with a chapter's standards, from org's own services (never its tables):
 * the chapter's lead or an admin writes; its members, lead and admins comment in review; a squad's
 * members, its product owner, the chapter's lead and admins record the squad's adoption.
 */
@Injectable()
export class StandardAccess {
  constructor(
    private readonly chapters: ChaptersService,
    private readonly squads: SquadsService,
  ) {}

  async chapter(id: string, field?: string): Promise<ChapterEntity> {
    const [chapter] = await this.chapters.findByIds([id]);
    if (!chapter) throw field === 'chapterId' ? notFound('That chapter') : notFound('The chapter of that standard');
    return chapter;
  }

  async squad(id: string): Promise<SquadEntity | null> {
    const [squad] = await this.squads.findByIds([id]);
    return squad ?? null;
  }

  /** The chapter's lead or an admin. */
  static canWrite(viewer: Viewer, chapter: Pick<ChapterEntity, 'leadId'>): boolean {
    return isAdmin(viewer) || chapter.leadId === viewer.id;
  }

  /** Review comments: the chapter's members (the viewer's chapter is `viewerChapterId`), its lead, admins. */
  static canComment(viewer: Viewer, chapter: ChapterEntity, viewerChapterId: string | null): boolean {
    return StandardAccess.canWrite(viewer, chapter) || viewerChapterId === chapter.id;
  }

  /** Adoption: the squad's members (the viewer's squad is `viewerSquadId`), its product owner, the chapter's lead, admins. */
  static canRecordAdoption(
    viewer: Viewer,
    chapter: Pick<ChapterEntity, 'leadId'>,
    squad: Pick<SquadEntity, 'id' | 'productOwnerId'>,
    viewerSquadId: string | null,
  ): boolean {
    return StandardAccess.canWrite(viewer, chapter) || squad.productOwnerId === viewer.id || viewerSquadId === squad.id;
  }

  /** The squad and chapter each person is in (for the viewer's permissions on a page). */
  squadIdsOf(userIds: readonly string[]) {
    return this.squads.membershipsOf(userIds);
  }

  chapterIdsOf(userIds: readonly string[]) {
    return this.chapters.membershipsOf(userIds);
  }

  assertCanWrite(viewer: Viewer, chapter: ChapterEntity, what: string): void {
    if (!StandardAccess.canWrite(viewer, chapter)) throw forbidden(`Only the lead of chapter ${chapter.name} or an admin can ${what}.`);
  }

  async assertCanComment(viewer: Viewer, chapter: ChapterEntity): Promise<void> {
    if (StandardAccess.canWrite(viewer, chapter)) return;
    const [membership] = await this.chapters.membershipsOf([viewer.id]);
    if (!StandardAccess.canComment(viewer, chapter, membership?.chapterId ?? null)) throw forbidden(`Only members of chapter ${chapter.name}, its lead or an admin can comment on its standards in review.`);
  }

  async assertCanRecordAdoption(viewer: Viewer, chapter: ChapterEntity, squad: SquadEntity): Promise<void> {
    if (StandardAccess.canRecordAdoption(viewer, chapter, squad, null)) return;
    const [membership] = await this.squads.membershipsOf([viewer.id]);
    if (!StandardAccess.canRecordAdoption(viewer, chapter, squad, membership?.squadId ?? null)) {
      throw forbidden(`Only members of squad ${squad.name}, its product owner, the lead of chapter ${chapter.name} or an admin can record its adoption.`);
    }
  }
}
