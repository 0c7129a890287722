import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid, prepared, timestampKey } from '@guildhall/api-core';
import { personJoin, personSummaryColumns, personSummaryFromRow } from '@guildhall/api-auth';
import { guildColumns, guildFromRow, guildJoin, type GuildMembership } from '@guildhall/api-org';
import { commentColumns, commentFromRow, commentsAlong, commentsAlongFromJson } from '../comment/comment.repository';
import { PostKind } from './post.model';
import { PostRecord } from './post.record';

/** The columns toPostRecord reads, for a table aliased `p`. */
const LISTED_POST_COLUMNS = `p.id, p.guild_id, p.author_id, p.kind, p.title, p.tags, p.pinned, p.locked, p.score,
  p.comment_count, p.accepted_answer_id, p.created_at, p.updated_at, ${timestampKey('p.created_at')} AS created_at_key`;
/** A post's columns; lists (the feed, a guild's posts) read LISTED_POST_COLUMNS, all but the body, which no list shows. */
const POST_COLUMNS = `${LISTED_POST_COLUMNS}, p.body`;

/**
 * What a page reads along with its posts (aliased `alias`), so none of it costs a statement of its
 * own: whether the viewer (parameter `$n`) upvoted each, its author from auth's published
 * `auth_people_directory` and, unless the page is one guild's, its guild from org's `org_guild_directory`.
 */
function readAlong(alias: string, viewerParam: number, withGuild: boolean): { columns: string; joins: string } {
  return {
    columns: [
      `EXISTS (SELECT 1 FROM post_votes v WHERE v.post_id = ${alias}.id AND v.user_id = $${viewerParam}) AS viewer_has_upvoted`,
      personSummaryColumns('au', 'au_'),
      ...(withGuild ? [guildColumns('gu', 'gu_')] : []),
    ].join(', '),
    joins: [personJoin('au', `${alias}.author_id`), ...(withGuild ? [guildJoin('gu', `${alias}.guild_id`)] : [])].join(' '),
  };
}

/** Which of a guild's posts a list shows. */
export interface GuildPostsFilter {
  tag?: string;
  kind?: PostKind | null;
  unanswered?: boolean | null;
}

export interface PostWithRole {
  post: PostRecord;
  role: GuildMembership;
}

/** A post locked for a comment write, with the writer's standing in its guild. */
export interface LockedPost {
  id: string;
  locked: boolean;
  role: GuildMembership;
}

/**
 * Every statement on posts, their votes and tag counts. SQL rather than the query builder: the
 * feed's LATERAL walk, the vote CTEs and the microsecond cursor keys are what it cannot say well.
 * The viewer's guild standing is joined from org's published read model `org_guild_members`.
 */
@Injectable()
export class PostRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(id: string, tx: EntityManager = this.db.manager): Promise<PostRecord | null> {
    if (!isUuid(id)) return null;
    const rows = await tx.query(`SELECT ${POST_COLUMNS} FROM posts p WHERE p.id = $1`, [id]);
    return rows.length ? toPostRecord(rows[0]) : null;
  }

  /**
   * The post as `viewerId` sees it, for its page: with their vote, its author, its guild and its
   * accepted answer, and, given `commentRows`, its first `commentRows` comments in thread order.
   */
  async findForViewer(id: string, viewerId: string, commentRows?: number): Promise<PostRecord | null> {
    if (!isUuid(id)) return null;
    const along = readAlong('p', 2, true);
    const comments = commentRows ? commentsAlong('$3') : undefined;
    const rows = await this.db.query(
      prepared(`SELECT ${POST_COLUMNS}, ${along.columns}, ${commentColumns('aa', 'aa_')}${comments ? `, ${comments.column}` : ''}
       FROM posts p ${along.joins}
       LEFT JOIN LATERAL (SELECT * FROM comments WHERE id = p.accepted_answer_id LIMIT 1) aa ON true
       ${comments?.join ?? ''}
       WHERE p.id = $1`),
      comments ? [id, viewerId, commentRows] : [id, viewerId],
    );
    if (!rows.length) return null;
    const row = rows[0];
    return Object.assign(toPostRecord(row), {
      acceptedAnswer: commentFromRow(row, 'aa_'),
      ...(comments ? { commentsAlong: commentsAlongFromJson(row.comments_along) } : {}),
    });
  }

  async findByIds(ids: readonly string[]): Promise<PostRecord[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.db.query(`SELECT ${POST_COLUMNS} FROM posts p WHERE p.id = ANY($1::uuid[])`, [valid]);
    return rows.map(toPostRecord);
  }

  /** The post and the viewer's standing in its guild, in one statement. */
  async findWithViewerRole(id: string, viewerId: string): Promise<PostWithRole | null> {
    if (!isUuid(id)) return null;
    const rows = await this.db.query(
      `SELECT ${POST_COLUMNS}, gm.user_id IS NOT NULL AS viewer_is_member, coalesce(gm.is_coordinator, false) AS viewer_is_coordinator
       FROM posts p LEFT JOIN org_guild_members gm ON gm.guild_id = p.guild_id AND gm.user_id = $2
       WHERE p.id = $1`,
      [id, viewerId],
    );
    if (!rows.length) return null;
    return { post: toPostRecord(rows[0]), role: { isMember: rows[0].viewer_is_member, isCoordinator: rows[0].viewer_is_coordinator } };
  }

  /**
   * Locks the post row for the rest of `tx` and reads the writer's standing in its guild in the
   * same statement: comment writers on one post take turns, so the comment count and search text
   * the triggers maintain see every committed comment, and a post locked meanwhile refuses them.
   */
  async lockForComment(tx: EntityManager, postId: string, viewerId: string): Promise<LockedPost | null> {
    if (!isUuid(postId)) return null;
    const rows = await tx.query(
      `SELECT p.id, p.locked, gm.user_id IS NOT NULL AS is_member, coalesce(gm.is_coordinator, false) AS is_coordinator
       FROM posts p LEFT JOIN org_guild_members gm ON gm.guild_id = p.guild_id AND gm.user_id = $2
       WHERE p.id = $1 FOR UPDATE OF p`,
      [postId, viewerId],
    );
    if (!rows.length) return null;
    return { id: rows[0].id, locked: rows[0].locked, role: { isMember: rows[0].is_member, isCoordinator: rows[0].is_coordinator } };
  }

  /** Of `postIds`, those `userId` has upvoted. */
  async upvotedBy(userId: string, postIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.query(`SELECT post_id FROM post_votes WHERE user_id = $1 AND post_id = ANY($2::uuid[])`, [userId, postIds]);
    return new Set(rows.map((r: { post_id: string }) => r.post_id));
  }

  // ---- writing -------------------------------------------------------------------------------

  async insert(post: Pick<PostRecord, 'guildId' | 'authorId' | 'kind' | 'title' | 'body' | 'tags'>): Promise<PostRecord> {
    const rows = await this.db.query(
      `INSERT INTO posts AS p (guild_id, author_id, kind, title, body, tags) VALUES ($1, $2, $3, $4, $5, $6::text[])
       RETURNING ${POST_COLUMNS}`,
      [post.guildId, post.authorId, post.kind, post.title, post.body, post.tags],
    );
    return toPostRecord(rows[0]);
  }

  /** Writes only the fields given (null keeps the stored value), so concurrent edits of different fields both survive. */
  async updateContent(id: string, patch: { title: string | null; body: string | null; tags: string[] | null }): Promise<PostRecord | null> {
    return returned(
      await this.db.query(
        `UPDATE posts AS p SET title = coalesce($2, p.title), body = coalesce($3, p.body), tags = coalesce($4::text[], p.tags), updated_at = now()
         WHERE p.id = $1 RETURNING ${POST_COLUMNS}`,
        [id, patch.title, patch.body, patch.tags],
      ),
    );
  }

  async setFlag(id: string, flag: 'pinned' | 'locked', value: boolean, tx: EntityManager = this.db.manager): Promise<PostRecord | null> {
    return returned(await tx.query(`UPDATE posts AS p SET ${flag} = $2 WHERE p.id = $1 RETURNING ${POST_COLUMNS}`, [id, value]));
  }

  async setAcceptedAnswer(id: string, commentId: string): Promise<PostRecord | null> {
    return returned(await this.db.query(`UPDATE posts AS p SET accepted_answer_id = $2 WHERE p.id = $1 RETURNING ${POST_COLUMNS}`, [id, commentId]));
  }

  async delete(id: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`DELETE FROM posts WHERE id = $1`, [id]);
  }

  /**
   * Idempotent: the (post_id, user_id) key makes a second vote a no-op, and the score moves in
   * the same statement as the vote row, so concurrent votes are counted exactly.
   */
  async addVote(postId: string, userId: string): Promise<PostRecord | null> {
    return returned(
      await this.db.query(
        `WITH vote AS (INSERT INTO post_votes (post_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING post_id)
         UPDATE posts AS p SET score = p.score + (SELECT count(*) FROM vote) WHERE p.id = $1 RETURNING ${POST_COLUMNS}`,
        [postId, userId],
      ),
    );
  }

  async removeVote(postId: string, userId: string): Promise<PostRecord | null> {
    return returned(
      await this.db.query(
        `WITH vote AS (DELETE FROM post_votes WHERE post_id = $1 AND user_id = $2 RETURNING post_id)
         UPDATE posts AS p SET score = p.score - (SELECT count(*) FROM vote) WHERE p.id = $1 RETURNING ${POST_COLUMNS}`,
        [postId, userId],
      ),
    );
  }

  // ---- lists (LIMIT size+1 rows in keyset order, for toPage) ---------------------------------

  /**
   * Posts from `userId`'s guilds, newest first, after the cursor key: each guild's newest keys
   * (created_at, id, from posts_guild_recent_idx alone), merged, then only the page's rows read
   * with what they show, each by id (a LATERAL with LIMIT, so that no plan hashes the posts
   * table). One index range per guild, so the cost follows the page size and the person's guild
   * count, not the number of posts; rows that do not make the page are never fetched (the
   * statement runs a fifth more times a second than reading every guild's newest rows whole,
   * pgbench on the bench's data).
   */
  async feedRows(userId: string, limit: number, after?: [string, string]): Promise<PostRecord[]> {
    const params: unknown[] = [userId, limit];
    let keyset = '';
    if (after) {
      params.push(after[0], after[1]);
      keyset = 'AND (p.created_at, p.id) < ($3::timestamptz, $4::uuid)';
    }
    const along = readAlong('p', 1, true);
    const rows = await this.db.query(
      prepared(`SELECT p.*, ${along.columns} FROM (
         SELECT k.id FROM org_guild_members gm
         CROSS JOIN LATERAL (
           SELECT p.created_at, p.id FROM posts p WHERE p.guild_id = gm.guild_id ${keyset}
           ORDER BY p.created_at DESC, p.id DESC LIMIT $2
         ) k
         WHERE gm.user_id = $1
         ORDER BY k.created_at DESC, k.id DESC LIMIT $2
       ) page
       CROSS JOIN LATERAL (SELECT ${LISTED_POST_COLUMNS} FROM posts p WHERE p.id = page.id LIMIT 1) p
       ${along.joins}
       ORDER BY p.created_at DESC, p.id DESC`),
      params,
    );
    return rows.map(toPostRecord);
  }

  async countFeed(userId: string): Promise<number> {
    const [{ count }] = await this.db.query(
      `SELECT count(*)::int AS count FROM posts p JOIN org_guild_members gm ON gm.guild_id = p.guild_id WHERE gm.user_id = $1`,
      [userId],
    );
    return count;
  }

  /**
   * A guild's posts as `viewerId` sees them: pinned first, then newest first, after the cursor
   * key; with `withTotal`, how many posts match the filter, counted in the same statement (known
   * when the page has a row; an empty page leaves it to countGuild).
   */
  async guildRows(
    guildId: string,
    viewerId: string,
    filter: GuildPostsFilter,
    limit: number,
    after?: [boolean, string, string],
    withTotal = false,
  ): Promise<{ rows: PostRecord[]; total?: number }> {
    const { where, params } = guildPostsWhere(guildId, filter);
    const total = withTotal ? `, (SELECT count(*)::int FROM posts p WHERE ${where}) AS total` : '';
    let keyset = '';
    if (after) {
      params.push(after[0], after[1], after[2]);
      const n = params.length;
      keyset = `AND (p.pinned, p.created_at, p.id) < ($${n - 2}::boolean, $${n - 1}::timestamptz, $${n}::uuid)`;
    }
    params.push(limit, viewerId);
    const along = readAlong('p', params.length, false);
    const rows = await this.db.query(
      prepared(`SELECT ${LISTED_POST_COLUMNS}, ${along.columns} ${total} FROM posts p ${along.joins} WHERE ${where} ${keyset}
       ORDER BY p.pinned DESC, p.created_at DESC, p.id DESC LIMIT $${params.length - 1}`),
      params,
    );
    return { rows: rows.map(toPostRecord), total: rows.length ? rows[0].total : undefined };
  }

  async countGuild(guildId: string, filter: GuildPostsFilter): Promise<number> {
    const { where, params } = guildPostsWhere(guildId, filter);
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM posts p WHERE ${where}`, params);
    return count;
  }

  /** Most used tags first, optionally those starting with `prefix`. */
  async popularTags(prefix: string, limit: number): Promise<{ tag: string; count: number }[]> {
    const rows = await this.db.query(
      `SELECT tag, count FROM tag_counts WHERE count > 0 AND ($1 = '' OR starts_with(tag, $1)) ORDER BY count DESC, tag LIMIT $2`,
      [prefix, limit],
    );
    return rows.map((r: { tag: string; count: number }) => ({ tag: r.tag, count: r.count }));
  }
}

function guildPostsWhere(guildId: string, filter: GuildPostsFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [guildId];
  const filters: string[] = ['p.guild_id = $1'];
  if (filter.tag !== undefined) {
    params.push(filter.tag);
    filters.push(`p.tags @> ARRAY[$${params.length}::text]`);
  }
  if (filter.kind) {
    params.push(filter.kind);
    filters.push(`p.kind = $${params.length}`);
  }
  if (filter.unanswered) filters.push(`p.kind = 'QUESTION' AND p.accepted_answer_id IS NULL`);
  return { where: filters.join(' AND '), params };
}

function toPostRecord(row: Record<string, any>): PostRecord {
  return Object.assign(new PostRecord(), {
    id: row.id,
    guildId: row.guild_id,
    authorId: row.author_id,
    kind: row.kind,
    title: row.title,
    body: row.body ?? undefined,
    tags: row.tags ?? [],
    pinned: row.pinned,
    locked: row.locked,
    score: row.score,
    commentCount: row.comment_count,
    acceptedAnswerId: row.accepted_answer_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdAtKey: row.created_at_key,
    viewerHasUpvoted: row.viewer_has_upvoted ?? undefined,
    author: personSummaryFromRow(row, 'au_'),
    guild: guildFromRow(row, 'gu_'),
  });
}

/** The row an UPDATE ... RETURNING gave back (TypeORM answers [rows, affected]), or null when none matched. */
function returned(result: any): PostRecord | null {
  const rows = Array.isArray(result?.[0]) ? result[0] : result;
  return rows?.length ? toPostRecord(rows[0]) : null;
}
