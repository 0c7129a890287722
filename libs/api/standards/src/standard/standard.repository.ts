import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid, prepared } from '@guildhall/api-core';
import { nextFreeSlug, slugify } from '@guildhall/api-org';
import type { StandardLevelName, StandardStatusName } from '@guildhall/shared-domain';
import { ADOPTIONS_ALONG, adoptionsAlongFromJson } from '../adoption/adoption.repository';
import { ReviewCommentRecord, StandardAlong, StandardRecord, StandardVersionRecord } from './standard.record';

/** The columns toStandard reads, for the table aliased `s`; title_key is the keyset's first value. */
const STANDARD_COLUMNS = `s.id, s.slug, s.chapter_id, s.title, s.summary, s.level, s.status, s.draft_body, s.draft_pending, s.revision,
  s.current_version, s.adopt_by, s.superseded_by_id, s.deprecation_reason, s.created_at, s.updated_at, lower(s.title) AS title_key`;
const VERSION_COLUMNS = `v.standard_id, v.number, v.body, v.change_note, v.published_at, v.published_by_id`;
/** A standard `s`'s versions, newest first, as one JSON column (timestamps as text): versionsAlongFromJson reads it. */
const VERSIONS_ALONG = `(SELECT coalesce(json_agg(v ORDER BY v.number DESC), '[]') FROM (SELECT ${VERSION_COLUMNS} FROM standard_versions v WHERE v.standard_id = s.id) v)`;
const COMMENT_COLUMNS = `c.id, c.standard_id, c.author_id, c.body, c.created_at`;
/** Alphabetical, the order of every list of standards. */
const TITLE_ORDER = 'lower(s.title), s.id';

export interface StandardDraftPatch {
  title?: string;
  summary?: string | null;
  level?: StandardLevelName;
  body?: string;
  adoptBy?: Date | null;
}

export interface StandardFilter {
  chapterId?: string | null;
  status?: StandardStatusName | null;
}

export type StandardRow = StandardRecord & { titleKey: string };

/**
 * Every statement on a standard's tables: the standard, its versions and its review comments.
 * SQL: the revision check lives in the UPDATE itself, the draft's pending state is computed
 * against the current version in the same statement.
 */
@Injectable()
export class StandardRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByIds(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<StandardRow[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return (await tx.query(prepared(`SELECT ${STANDARD_COLUMNS} FROM standards s WHERE s.id = ANY($1::uuid[])`), [valid])).map(toStandard);
  }

  async findById(id: string, tx?: EntityManager): Promise<StandardRow | null> {
    return (await this.findByIds([id], tx))[0] ?? null;
  }

  /** The standard, with its versions and recorded adoptions read along when its page shows them. */
  async findBySlug(slug: string, along: StandardAlong = {}): Promise<StandardRow | null> {
    const columns = [STANDARD_COLUMNS];
    if (along.versions) columns.push(`${VERSIONS_ALONG} AS versions_along`);
    if (along.adoptions) columns.push(`${ADOPTIONS_ALONG} AS adoptions_along`);
    const rows = await this.db.query(prepared(`SELECT ${columns.join(', ')} FROM standards s WHERE s.slug = $1`), [slug]);
    if (!rows.length) return null;
    const standard = toStandard(rows[0]);
    if (along.versions) standard.versionsAlong = versionsAlongFromJson(rows[0].versions_along);
    if (along.adoptions) standard.adoptionsAlong = adoptionsAlongFromJson(rows[0].adoptions_along);
    return standard;
  }

  /** The standard, locked until the transaction ends: publishing and adoption agree on the current version. */
  async lock(tx: EntityManager, id: string, mode: 'UPDATE' | 'SHARE' = 'UPDATE'): Promise<StandardRow | null> {
    if (!isUuid(id)) return null;
    const rows = await tx.query(`SELECT ${STANDARD_COLUMNS} FROM standards s WHERE s.id = $1 FOR ${mode === 'UPDATE' ? 'UPDATE' : 'SHARE'}`, [id]);
    return rows.length ? toStandard(rows[0]) : null;
  }

  /** Several standards locked together, always in id order, so two transactions locking the same pair cannot deadlock. */
  async lockMany(tx: EntityManager, ids: string[]): Promise<StandardRow[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return (await tx.query(`SELECT ${STANDARD_COLUMNS} FROM standards s WHERE s.id = ANY($1::uuid[]) ORDER BY s.id FOR UPDATE`, [valid])).map(toStandard);
  }

  /** The chapters' standards, alphabetical; `applying` keeps those squads adopt (published once, not deprecated). */
  async byChapters(chapterIds: readonly string[], options: { status?: StandardStatusName | null; applying?: boolean } = {}): Promise<StandardRow[]> {
    const valid = chapterIds.filter(isUuid);
    if (!valid.length) return [];
    const params: unknown[] = [valid];
    let where = 's.chapter_id = ANY($1::uuid[])';
    if (options.status) {
      params.push(options.status);
      where += ` AND s.status = $${params.length}`;
    }
    if (options.applying) where += ` AND s.current_version IS NOT NULL AND s.status <> 'DEPRECATED'`;
    return (await this.db.query(prepared(`SELECT ${STANDARD_COLUMNS} FROM standards s WHERE ${where} ORDER BY ${TITLE_ORDER}`), params)).map(toStandard);
  }

  /** Up to `limit` standards after the keyset (lower(title), id), alphabetical. */
  async page(filter: StandardFilter, limit: number, after?: [string, string]): Promise<StandardRow[]> {
    const { where, params } = filterSql(filter);
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(lower(s.title), s.id) > ($${params.length - 1}::text, $${params.length}::uuid)`);
    }
    params.push(limit);
    const rows = await this.db.query(
      `SELECT ${STANDARD_COLUMNS} FROM standards s ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${TITLE_ORDER} LIMIT $${params.length}`,
      params,
    );
    return rows.map(toStandard);
  }

  async count(filter: StandardFilter): Promise<number> {
    const { where, params } = filterSql(filter);
    const rows = await this.db.query(`SELECT count(*)::int AS n FROM standards s ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`, params);
    return rows[0].n;
  }

  /** Serialises creations in the chapter (counted against its bound) and of slugs. */
  async countInChapterLocked(tx: EntityManager, chapterId: string): Promise<number> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['guildhall:slug:standards']);
    const rows = await tx.query(`SELECT count(*)::int AS n FROM standards WHERE chapter_id = $1`, [chapterId]);
    return rows[0].n;
  }

  /** A new draft with a slug of its own (call after countInChapterLocked, which holds the slug lock). */
  async create(
    tx: EntityManager,
    s: { chapterId: string; title: string; summary: string | null; level: StandardLevelName; body: string; adoptBy: Date | null; createdById: string },
  ): Promise<StandardRow> {
    const base = slugify(s.title, 'standard');
    const taken: { slug: string }[] = await tx.query(`SELECT slug FROM standards WHERE slug = $1 OR slug LIKE $2`, [base, `${base}-%`]);
    const slug = nextFreeSlug(
      base,
      taken.map((r) => r.slug),
    );
    const rows = await tx.query(
      `INSERT INTO standards AS s (slug, chapter_id, title, summary, level, draft_body, adopt_by, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${STANDARD_COLUMNS}`,
      [slug, s.chapterId, s.title, s.summary, s.level, s.body, s.adoptBy, s.createdById],
    );
    return toStandard(rows[0]);
  }

  /**
   * Writes the fields the patch sets and bumps the revision, only if the revision is still
   * `expectedRevision` (checked by the UPDATE itself, so of concurrent edits exactly one wins).
   * Null when the revision had moved on (or the standard is gone).
   */
  async updateDraft(tx: EntityManager, id: string, expectedRevision: number, patch: StandardDraftPatch): Promise<StandardRow | null> {
    const params: unknown[] = [id, expectedRevision];
    const set: string[] = ['revision = s.revision + 1', 'updated_at = now()'];
    const column = (name: string, value: unknown) => {
      params.push(value);
      set.push(`${name} = $${params.length}`);
    };
    if (patch.title !== undefined) column('title', patch.title);
    if (patch.summary !== undefined) column('summary', patch.summary);
    if (patch.level !== undefined) column('level', patch.level);
    if (patch.adoptBy !== undefined) column('adopt_by', patch.adoptBy);
    if (patch.body !== undefined) {
      column('draft_body', patch.body);
      set.push(
        `draft_pending = (s.current_version IS NULL OR $${params.length}::text IS DISTINCT FROM
           (SELECT v.body FROM standard_versions v WHERE v.standard_id = s.id AND v.number = s.current_version))`,
      );
    }
    const [rows] = await tx.query(`UPDATE standards AS s SET ${set.join(', ')} WHERE s.id = $1 AND s.revision = $2 RETURNING ${STANDARD_COLUMNS}`, params);
    return rows.length ? toStandard(rows[0]) : null;
  }

  async setStatus(tx: EntityManager, id: string, status: StandardStatusName): Promise<StandardRow> {
    const [rows] = await tx.query(`UPDATE standards AS s SET status = $2, updated_at = now() WHERE s.id = $1 RETURNING ${STANDARD_COLUMNS}`, [id, status]);
    return toStandard(rows[0]);
  }

  /** The draft becomes version current+1 (call with the standard locked); the standard is PUBLISHED on it. */
  async publish(tx: EntityManager, standard: StandardRecord, publishedById: string, changeNote: string | null): Promise<StandardRow> {
    const number = (standard.currentVersion ?? 0) + 1;
    await tx.query(
      `INSERT INTO standard_versions (standard_id, number, body, change_note, published_by_id) SELECT s.id, $2, s.draft_body, $3, $4 FROM standards s WHERE s.id = $1`,
      [standard.id, number, changeNote, publishedById],
    );
    const [rows] = await tx.query(
      `UPDATE standards AS s SET current_version = $2, status = 'PUBLISHED', draft_pending = false, updated_at = now() WHERE s.id = $1 RETURNING ${STANDARD_COLUMNS}`,
      [standard.id, number],
    );
    return toStandard(rows[0]);
  }

  async deprecate(tx: EntityManager, id: string, reason: string, supersededById: string | null): Promise<StandardRow> {
    const [rows] = await tx.query(
      `UPDATE standards AS s SET status = 'DEPRECATED', deprecation_reason = $2, superseded_by_id = $3, updated_at = now() WHERE s.id = $1 RETURNING ${STANDARD_COLUMNS}`,
      [id, reason, supersededById],
    );
    return toStandard(rows[0]);
  }

  /** Every version of the standards, newest first. */
  async versionsOf(standardIds: readonly string[]): Promise<StandardVersionRecord[]> {
    const valid = standardIds.filter(isUuid);
    if (!valid.length) return [];
    return (await this.db.query(prepared(`SELECT ${VERSION_COLUMNS} FROM standard_versions v WHERE v.standard_id = ANY($1::uuid[]) ORDER BY v.standard_id, v.number DESC`), [valid])).map(
      toVersion,
    );
  }

  /** The current version of each standard that has one. */
  async currentVersionsOf(standardIds: readonly string[]): Promise<StandardVersionRecord[]> {
    const valid = standardIds.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.db.query(
      prepared(`SELECT ${VERSION_COLUMNS} FROM standards s JOIN standard_versions v ON v.standard_id = s.id AND v.number = s.current_version WHERE s.id = ANY($1::uuid[])`),
      [valid],
    );
    return rows.map(toVersion);
  }

  /** The named versions of one standard (those that exist). */
  async versions(standardId: string, numbers: number[]): Promise<StandardVersionRecord[]> {
    const rows = await this.db.query(`SELECT ${VERSION_COLUMNS} FROM standard_versions v WHERE v.standard_id = $1 AND v.number = ANY($2::int[])`, [standardId, numbers]);
    return rows.map(toVersion);
  }

  /** Review comments of the standards, oldest first. */
  async commentsOf(standardIds: readonly string[]): Promise<ReviewCommentRecord[]> {
    const valid = standardIds.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.db.query(prepared(`SELECT ${COMMENT_COLUMNS} FROM standard_review_comments c WHERE c.standard_id = ANY($1::uuid[]) ORDER BY c.created_at, c.id`), [valid]);
    return rows.map(toComment);
  }

  async commentCount(tx: EntityManager, standardId: string): Promise<number> {
    return (await tx.query(`SELECT count(*)::int AS n FROM standard_review_comments WHERE standard_id = $1`, [standardId]))[0].n;
  }

  async addComment(tx: EntityManager, c: { standardId: string; authorId: string; body: string }): Promise<ReviewCommentRecord> {
    const rows = await tx.query(`INSERT INTO standard_review_comments AS c (standard_id, author_id, body) VALUES ($1, $2, $3) RETURNING ${COMMENT_COLUMNS}`, [
      c.standardId,
      c.authorId,
      c.body,
    ]);
    return toComment(rows[0]);
  }
}

function filterSql(filter: StandardFilter): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.chapterId) {
    params.push(filter.chapterId);
    where.push(`s.chapter_id = $${params.length}`);
  }
  if (filter.status) {
    params.push(filter.status);
    where.push(`s.status = $${params.length}`);
  }
  return { where, params };
}

function toStandard(row: Record<string, any>): StandardRow {
  return Object.assign(new StandardRecord(), {
    id: row.id,
    slug: row.slug,
    chapterId: row.chapter_id,
    title: row.title,
    summary: row.summary,
    level: row.level,
    status: row.status,
    draftBody: row.draft_body,
    draftPending: row.draft_pending,
    revision: row.revision,
    currentVersion: row.current_version,
    adoptBy: row.adopt_by,
    supersededById: row.superseded_by_id,
    deprecationReason: row.deprecation_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    titleKey: row.title_key,
  });
}

function toVersion(row: Record<string, any>): StandardVersionRecord {
  return Object.assign(new StandardVersionRecord(), {
    standardId: row.standard_id,
    number: row.number,
    body: row.body,
    changeNote: row.change_note,
    publishedAt: row.published_at,
    publishedById: row.published_by_id,
  });
}

function versionsAlongFromJson(rows: Record<string, any>[]): StandardVersionRecord[] {
  return rows.map((row) => {
    row.published_at = new Date(row.published_at);
    return toVersion(row);
  });
}

function toComment(row: Record<string, any>): ReviewCommentRecord {
  return Object.assign(new ReviewCommentRecord(), { id: row.id, standardId: row.standard_id, authorId: row.author_id, body: row.body, createdAt: row.created_at });
}
