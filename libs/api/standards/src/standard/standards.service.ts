import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, decodeCursor, DomainEvents, isUuid, notFound, pageSize, toPage, Viewer } from '@guildhall/api-core';
import { DEFAULT_STANDARD_LEVEL, REVIEW_COMMENTS_PER_STANDARD_MAX, STANDARD_VERSIONS_MAX, STANDARDS_PER_CHAPTER_MAX } from '@guildhall/shared-domain';
import { CreateStandardInput, StandardsArgs, UpdateStandardDraftInput } from './standard.inputs';
import { StandardConnection } from './standard.model';
import { ReviewCommentRecord, StandardAlong, StandardRecord, StandardVersionRecord } from './standard.record';
import { StandardDraftPatch, StandardRepository, StandardRow } from './standard.repository';
import { StandardAccess } from './standard-access';
import { StandardDeprecated, StandardPublished, standardRef, StandardSubmittedForReview } from './standard-events';
import {
  assertCanDeprecate,
  assertCanPublish,
  assertCanSubmit,
  assertEditable,
  assertInReview,
  assertSuccessor,
  checkDate,
  checkLevel,
  cleanBody,
  cleanCommentBody,
  cleanNote,
  cleanReason,
  cleanSummary,
  cleanTitle,
} from './standard-rules';

@Injectable()
export class StandardsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly standards: StandardRepository,
    private readonly access: StandardAccess,
    private readonly events: DomainEvents,
  ) {}

  findByIds(ids: readonly string[]): Promise<StandardRecord[]> {
    return this.standards.findByIds(ids);
  }

  bySlug(slug: string, along?: StandardAlong): Promise<StandardRecord | null> {
    return this.standards.findBySlug(slug, along);
  }

  byChapters(chapterIds: readonly string[], options: Parameters<StandardRepository['byChapters']>[1]): Promise<StandardRecord[]> {
    return this.standards.byChapters(chapterIds, options);
  }

  versionsOf(standardIds: readonly string[]): Promise<StandardVersionRecord[]> {
    return this.standards.versionsOf(standardIds);
  }

  currentVersionsOf(standardIds: readonly string[]): Promise<StandardVersionRecord[]> {
    return this.standards.currentVersionsOf(standardIds);
  }

  commentsOf(standardIds: readonly string[]): Promise<ReviewCommentRecord[]> {
    return this.standards.commentsOf(standardIds);
  }

  /** Alphabetical by title, keyset (lower(title), id); the total is counted only when asked for. */
  async page(args: StandardsArgs): Promise<StandardConnection> {
    if (args.chapterId && !isUuid(args.chapterId)) throw badInput('chapterId is not a valid id.', 'chapterId');
    const size = pageSize(args.first);
    const after = decodeCursor<[string, string]>(args.after, ['string', 'uuid']);
    const filter = { chapterId: args.chapterId, status: args.status };
    const rows = await this.standards.page(filter, size + 1, after);
    return toPage(rows, size, () => this.standards.count(filter), (s: StandardRow) => [s.titleKey, s.id]);
  }

  /** A standard by id, for a mutation: NOT_FOUND when there is none. */
  private async require(id: string): Promise<StandardRow> {
    const standard = await this.standards.findById(id);
    if (!standard) throw notFound('That standard');
    return standard;
  }

  /** The standard locked for this transaction; NOT_FOUND if it went in the meantime (its chapter was deleted). */
  private async locked(tx: EntityManager, id: string): Promise<StandardRow> {
    const standard = await this.standards.lock(tx, id);
    if (!standard) throw notFound('That standard');
    return standard;
  }

  /** The chapter's lead or an admin; a new standard is a DRAFT at revision 1. */
  async create(viewer: Viewer, input: CreateStandardInput): Promise<StandardRecord> {
    const title = cleanTitle(input.title);
    const summary = cleanSummary(input.summary);
    const body = cleanBody(input.body);
    const level = checkLevel(input.level ?? DEFAULT_STANDARD_LEVEL);
    const adoptBy = checkDate(input.adoptBy, 'adoptBy');
    if (!isUuid(input.chapterId)) throw notFound('That chapter');
    const chapter = await this.access.chapter(input.chapterId, 'chapterId');
    this.access.assertCanWrite(viewer, chapter, 'write its standards');
    return this.db.transaction(async (tx) => {
      if ((await this.standards.countInChapterLocked(tx, chapter.id)) >= STANDARDS_PER_CHAPTER_MAX) {
        throw badInput(`Chapter ${chapter.name} already has ${STANDARDS_PER_CHAPTER_MAX} standards, the most it may have; deprecate or reuse one.`, 'chapterId');
      }
      return this.standards.create(tx, { chapterId: chapter.id, title, summary, level, body, adoptBy, createdById: viewer.id });
    });
  }

  /**
   * Writes only the fields given; a stale expectedRevision is CONFLICT and nothing is written
   * (the check is in the UPDATE itself). On a published standard, a new body prepares the next
   * version and the current one stays as it is.
   */
  async updateDraft(viewer: Viewer, id: string, input: UpdateStandardDraftInput, expectedRevision: number): Promise<StandardRecord> {
    const patch: StandardDraftPatch = {};
    if (input.title !== undefined && input.title !== null) patch.title = cleanTitle(input.title);
    if (input.summary !== undefined) patch.summary = cleanSummary(input.summary);
    if (input.level !== undefined && input.level !== null) patch.level = checkLevel(input.level);
    if (input.body !== undefined && input.body !== null) patch.body = cleanBody(input.body);
    if (input.adoptBy !== undefined) patch.adoptBy = checkDate(input.adoptBy, 'adoptBy');
    if (!Number.isInteger(expectedRevision) || expectedRevision < 1) throw badInput('expectedRevision must be the revision you last read.', 'expectedRevision');
    const standard = await this.require(id);
    this.access.assertCanWrite(viewer, await this.access.chapter(standard.chapterId), 'edit its standards');
    assertEditable(standard);
    return this.db.transaction(async (tx) => {
      const updated = await this.standards.updateDraft(tx, standard.id, expectedRevision, patch);
      if (updated) return updated;
      const now = await this.standards.findById(standard.id, tx);
      if (!now) throw notFound('That standard');
      throw conflict(
        `"${now.title}" was changed by someone else since you read it (revision ${expectedRevision}; it is now at ${now.revision}). Reload it, then apply your change again.`,
      );
    });
  }

  async submitForReview(viewer: Viewer, id: string): Promise<StandardRecord> {
    const standard = await this.require(id);
    const chapter = await this.access.chapter(standard.chapterId);
    this.access.assertCanWrite(viewer, chapter, 'submit its standards for review');
    return this.db.transaction(async (tx) => {
      const locked = await this.locked(tx, standard.id);
      assertCanSubmit(locked);
      const updated = await this.standards.setStatus(tx, locked.id, 'IN_REVIEW');
      await this.events.publish(new StandardSubmittedForReview(tx, viewer, standardRef(updated), chapter.tribeId));
      return updated;
    });
  }

  /** Members of the chapter, the lead and admins; while the standard is in review. */
  async addReviewComment(viewer: Viewer, standardId: string, rawBody: string): Promise<ReviewCommentRecord> {
    const body = cleanCommentBody(rawBody);
    const standard = await this.require(standardId);
    await this.access.assertCanComment(viewer, await this.access.chapter(standard.chapterId));
    return this.db.transaction(async (tx) => {
      const locked = await this.locked(tx, standard.id);
      assertInReview(locked);
      if ((await this.standards.commentCount(tx, locked.id)) >= REVIEW_COMMENTS_PER_STANDARD_MAX) {
        throw conflict(`"${locked.title}" has ${REVIEW_COMMENTS_PER_STANDARD_MAX} review comments, the most a standard may have.`);
      }
      return this.standards.addComment(tx, { standardId: locked.id, authorId: viewer.id, body });
    });
  }

  /** The draft becomes version N+1, immutable, with its change note, time and publisher. */
  async publish(viewer: Viewer, id: string, rawChangeNote: string | null | undefined): Promise<StandardRecord> {
    const changeNote = cleanNote(rawChangeNote, 'changeNote');
    const standard = await this.require(id);
    const chapter = await this.access.chapter(standard.chapterId);
    this.access.assertCanWrite(viewer, chapter, 'publish its standards');
    return this.db.transaction(async (tx) => {
      const locked = await this.locked(tx, standard.id);
      assertCanPublish(locked);
      if ((locked.currentVersion ?? 0) >= STANDARD_VERSIONS_MAX) throw conflict(`"${locked.title}" has ${STANDARD_VERSIONS_MAX} versions, the most a standard may have.`);
      const published = await this.standards.publish(tx, locked, viewer.id, changeNote);
      await this.events.publish(new StandardPublished(tx, viewer, standardRef(published), chapter.tribeId, published.currentVersion!, changeNote));
      return published;
    });
  }

  /** A reason, and optionally the standard that supersedes it (published, not itself). */
  async deprecate(viewer: Viewer, id: string, rawReason: string, supersededById: string | null | undefined): Promise<StandardRecord> {
    const reason = cleanReason(rawReason);
    const standard = await this.require(id);
    const chapter = await this.access.chapter(standard.chapterId);
    this.access.assertCanWrite(viewer, chapter, 'deprecate its standards');
    return this.db.transaction(async (tx) => {
      const wanted = supersededById ?? null;
      const rows = await this.standards.lockMany(tx, wanted ? [standard.id, wanted] : [standard.id]);
      const locked = rows.find((s) => s.id === standard.id);
      if (!locked) throw notFound('That standard');
      assertCanDeprecate(locked);
      let successorId: string | null = null;
      if (wanted !== null) {
        if (wanted === locked.id) throw badInput('A standard cannot supersede itself.', 'supersededById');
        const successor = rows.find((s) => s.id === wanted) ?? null;
        assertSuccessor(locked, successor);
        successorId = successor!.id;
      }
      const deprecated = await this.standards.deprecate(tx, locked.id, reason, successorId);
      await this.events.publish(new StandardDeprecated(tx, viewer, standardRef(deprecated), chapter.tribeId, reason, successorId));
      return deprecated;
    });
  }

  /** A unified diff of one version's body against another's (jsdiff); an unknown version is BAD_USER_INPUT. */
  async diff(standardId: string, fromVersion: number, toVersion: number): Promise<string> {
    const standard = await this.require(standardId);
    const versions = await this.standards.versions(standard.id, [fromVersion, toVersion]);
    const body = (n: number, field: string) => {
      const version = versions.find((v) => v.number === n);
      if (!version) {
        const known = standard.currentVersion ? `1 to ${standard.currentVersion}` : 'none yet';
        throw badInput(`"${standard.title}" has no version ${n} (its versions: ${known}).`, field);
      }
      return version.body;
    };
    const from = body(fromVersion, 'fromVersion');
    const to = body(toVersion, 'toVersion');
    return createTwoFilesPatch(`${standard.slug} v${fromVersion}`, `${standard.slug} v${toVersion}`, from, to, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
  }
}
