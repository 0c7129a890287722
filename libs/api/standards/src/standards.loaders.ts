import { Injectable } from '@nestjs/common';
import { byKeys, GqlContext, groupByKeys, requestLoader } from '@guildhall/api-core';
import { ChapterLoaders, SquadEntity, SquadLoaders } from '@guildhall/api-org';
import type { StandardStatusName } from '@guildhall/shared-domain';
import { AdoptionChangeRecord, AdoptionRecord, AdoptionView } from './adoption/adoption.record';
import { AdoptionsService } from './adoption/adoptions.service';
import { AdoptionSummaryView, summarise } from './adoption/adoption-rules';
import { StandardsService } from './standard/standards.service';
import { StandardAccess } from './standard/standard-access';
import { ReviewCommentRecord, StandardRecord, StandardVersionRecord } from './standard/standard.record';

/**
 * Per-request batching for standards, their versions, comments and adoptions. An adoption matrix
 * (every squad of a tribe x every standard of its chapters) costs the same few statements at any
 * size: chapters, squads by tribe, standards by chapter, recorded adoptions by standard.
 */
/** The moment each request reads adoptions at (a lapsed exemption is computed against it). */
const readAt = new WeakMap<object, Date>();
/** Each request's reading of a standard's adoptions: its `adoptions` and its `adoptionSummary` share one. */
const adoptionReadings = new WeakMap<object, Map<string, Promise<AdoptionView[]>>>();

@Injectable()
export class StandardsLoaders {
  constructor(
    private readonly standards: StandardsService,
    private readonly adoptions: AdoptionsService,
    private readonly chapters: ChapterLoaders,
    private readonly squads: SquadLoaders,
    private readonly access: StandardAccess,
  ) {}

  private byId(ctx: GqlContext) {
    return requestLoader<string, StandardRecord | null>(ctx, 'standard.byId', async (ids) => byKeys(ids, await this.standards.findByIds(ids), (s) => s.id));
  }

  standard(ctx: GqlContext, id: string | null): Promise<StandardRecord | null> {
    return id ? this.byId(ctx).load(id) : Promise.resolve(null);
  }

  /** Standards read in a list are primed for look-ups by id, so an adoption's `standard` costs nothing more. */
  private primed(ctx: GqlContext, standards: StandardRecord[]): StandardRecord[] {
    const byId = this.byId(ctx);
    for (const s of standards) byId.prime(s.id, s);
    return standards;
  }

  byChapter(ctx: GqlContext, chapterId: string, status: StandardStatusName | null | undefined): Promise<StandardRecord[]> {
    return requestLoader<string, StandardRecord[]>(ctx, `standard.byChapter:${status ?? ''}`, async (ids) =>
      groupByKeys(ids, this.primed(ctx, await this.standards.byChapters(ids, { status })), (s) => s.chapterId),
    ).load(chapterId);
  }

  /** The chapters' standards that squads adopt: published at least once and not deprecated. */
  private applyingByChapter(ctx: GqlContext, chapterId: string): Promise<StandardRecord[]> {
    return requestLoader<string, StandardRecord[]>(ctx, 'standard.applyingByChapter', async (ids) =>
      groupByKeys(ids, this.primed(ctx, await this.standards.byChapters(ids, { applying: true })), (s) => s.chapterId),
    ).load(chapterId);
  }

  /** What a standard's page read along with it (its versions, its recorded adoptions): its fields find them here. */
  primeAlong(ctx: GqlContext, standard: StandardRecord): void {
    if (standard.versionsAlong) {
      this.versionsLoader(ctx).prime(standard.id, standard.versionsAlong);
      this.currentVersionLoader(ctx).prime(standard.id, standard.versionsAlong.find((v) => v.number === standard.currentVersion) ?? null);
    }
    if (standard.adoptionsAlong) this.recordedLoader(ctx).prime(standard.id, standard.adoptionsAlong);
  }

  currentVersion(ctx: GqlContext, standard: StandardRecord): Promise<StandardVersionRecord | null> {
    if (standard.currentVersion === null) return Promise.resolve(null);
    return this.currentVersionLoader(ctx).load(standard.id);
  }

  private currentVersionLoader(ctx: GqlContext) {
    return requestLoader<string, StandardVersionRecord | null>(ctx, 'standard.currentVersion', async (ids) =>
      byKeys(ids, await this.standards.currentVersionsOf(ids), (v) => v.standardId),
    );
  }

  versions(ctx: GqlContext, standardId: string): Promise<StandardVersionRecord[]> {
    return this.versionsLoader(ctx).load(standardId);
  }

  private versionsLoader(ctx: GqlContext) {
    return requestLoader<string, StandardVersionRecord[]>(ctx, 'standard.versions', async (ids) =>
      groupByKeys(ids, await this.standards.versionsOf(ids), (v) => v.standardId),
    );
  }

  reviewComments(ctx: GqlContext, standardId: string): Promise<ReviewCommentRecord[]> {
    return requestLoader<string, ReviewCommentRecord[]>(ctx, 'standard.reviewComments', async (ids) =>
      groupByKeys(ids, await this.standards.commentsOf(ids), (c) => c.standardId),
    ).load(standardId);
  }

  private recorded(ctx: GqlContext, standardId: string): Promise<AdoptionRecord[]> {
    return this.recordedLoader(ctx).load(standardId);
  }

  private recordedLoader(ctx: GqlContext) {
    return requestLoader<string, AdoptionRecord[]>(ctx, 'standard.adoptions', async (ids) =>
      groupByKeys(ids, await this.adoptions.ofStandards(ids), (a) => a.standardId),
    );
  }

  /** The moment every adoption of the request is read at, so a page agrees with itself. */
  private now(ctx: GqlContext): Date {
    let now = readAt.get(ctx.req);
    if (!now) readAt.set(ctx.req, (now = new Date()));
    return now;
  }

  /** One adoption per squad of the chapter's tribe, in the tribe's squad order; read once per request. */
  adoptionsOf(ctx: GqlContext, standard: StandardRecord): Promise<AdoptionView[]> {
    let readings = adoptionReadings.get(ctx.req);
    if (!readings) adoptionReadings.set(ctx.req, (readings = new Map()));
    let reading = readings.get(standard.id);
    if (!reading) readings.set(standard.id, (reading = this.readAdoptionsOf(ctx, standard)));
    return reading;
  }

  private async readAdoptionsOf(ctx: GqlContext, standard: StandardRecord): Promise<AdoptionView[]> {
    const chapter = await this.chapters.byId(ctx).load(standard.chapterId);
    if (!chapter) return [];
    const [squads, recorded] = await Promise.all([this.squads.byTribe(ctx, chapter.tribeId), this.recorded(ctx, standard.id)]);
    return AdoptionsService.read(standard, squads, chapter.leadId, recorded, this.now(ctx));
  }

  async adoptionSummary(ctx: GqlContext, standard: StandardRecord): Promise<AdoptionSummaryView> {
    return summarise(await this.adoptionsOf(ctx, standard));
  }

  /** Every standard that applies to the squad (its tribe's chapters'), with the squad's adoption of each. */
  async adoptionsOfSquad(ctx: GqlContext, squad: SquadEntity): Promise<AdoptionView[]> {
    const chapters = await this.chapters.byTribe(ctx, squad.tribeId);
    const leads = new Map(chapters.map((c) => [c.id, c.leadId]));
    const standards = (await Promise.all(chapters.map((c) => this.applyingByChapter(ctx, c.id))))
      .flat()
      .sort((a, b) => a.title.toLowerCase().localeCompare(b.title.toLowerCase()));
    const recorded = await Promise.all(standards.map((s) => this.recorded(ctx, s.id)));
    return standards.map((s, i) => AdoptionsService.read(s, [squad], leads.get(s.chapterId) ?? null, recorded[i], this.now(ctx))[0]);
  }

  /**
   * A standard as a search hit: once published, everyone finds it (by its current version);
   * before that its text is a draft, found only by whoever may see the draft: its chapter's lead
   * and admins, and while it is in review the chapter's members too (they review it). Null for
   * anyone else, and for a standard gone since the search ran.
   */
  async searchHit(ctx: GqlContext, id: string): Promise<StandardRecord | null> {
    const standard = await this.byId(ctx).load(id);
    if (!standard || standard.currentVersion !== null) return standard;
    const visible = standard.status === 'IN_REVIEW' ? await this.viewerCanComment(ctx, standard) : await this.viewerCanEdit(ctx, standard);
    return visible ? standard : null;
  }

  /** Whether the viewer may edit, submit, publish and deprecate the standard. */
  async viewerCanEdit(ctx: GqlContext, standard: StandardRecord): Promise<boolean> {
    const viewer = ctx.req.user;
    const chapter = await this.chapters.byId(ctx).load(standard.chapterId);
    return !!viewer && !!chapter && StandardAccess.canWrite(viewer, chapter);
  }

  /** Whether the viewer may comment on the standard while it is in review. */
  async viewerCanComment(ctx: GqlContext, standard: StandardRecord): Promise<boolean> {
    const viewer = ctx.req.user;
    if (!viewer) return false;
    const [chapter, own] = await Promise.all([this.chapters.byId(ctx).load(standard.chapterId), this.viewerChapterId(ctx, viewer.id)]);
    return !!chapter && StandardAccess.canComment(viewer, chapter, own);
  }

  /** Whether the viewer may record this squad's adoption of this standard. */
  async viewerCanRecord(ctx: GqlContext, adoption: AdoptionView): Promise<boolean> {
    const viewer = ctx.req.user;
    if (!viewer) return false;
    const own = await this.viewerSquadId(ctx, viewer.id);
    return StandardAccess.canRecordAdoption(viewer, { leadId: adoption.chapterLeadId }, { id: adoption.squadId, productOwnerId: adoption.productOwnerId }, own);
  }

  /** The viewer's squad and chapter ids: one statement each per request, however many cells ask. */
  private viewerSquadId(ctx: GqlContext, userId: string): Promise<string | null> {
    return requestLoader<string, string | null>(ctx, 'standards.viewerSquadId', async (ids) =>
      byKeys(ids, await this.access.squadIdsOf(ids), (m) => m.userId).map((m) => m?.squadId ?? null),
    ).load(userId);
  }

  private viewerChapterId(ctx: GqlContext, userId: string): Promise<string | null> {
    return requestLoader<string, string | null>(ctx, 'standards.viewerChapterId', async (ids) =>
      byKeys(ids, await this.access.chapterIdsOf(ids), (m) => m.userId).map((m) => m?.chapterId ?? null),
    ).load(userId);
  }

  /** A page of adoption history per owner; owners asking for the same page (size, cursor) share one query. */
  history(ctx: GqlContext, owner: 'standard' | 'squad', ownerId: string, first: number | null | undefined, after: string | null | undefined) {
    return requestLoader<string, { size: number; rows: AdoptionChangeRecord[] }>(ctx, `adoption.history:${owner}:${first ?? ''}:${after ?? ''}`, async (ids) => {
      const { size, rows } = await this.adoptions.historyPages(owner, ids, first, after);
      const key = (r: AdoptionChangeRecord) => (owner === 'standard' ? r.standardId : r.squadId);
      return groupByKeys(ids, rows, key).map((list) => ({ size, rows: list }));
    })
      .load(ownerId)
      .then(({ size, rows }) => AdoptionsService.historyPage(rows, size));
  }
}
