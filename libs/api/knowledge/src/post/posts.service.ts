import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, cleanSearchTerm, decodeCursor, DomainEvents, encodeCursor, forbidden, isUuid, MAX_PAGE_SIZE, notFound, pageSize, PrivilegedActionTaken, Viewer } from '@guildhall/api-core';
import { assertModerator, GuildAccess, GuildRole } from '../guild-access';
import { CreatePostInput, GuildPostsArgs, PageArgs, TagsArgs, UpdatePostInput } from './dto/post.inputs';
import { POST_COLUMNS, PostConnection, PostKind, PostRecord, TagCount } from './post.model';
import { checkBody, cleanTitle, normaliseTags, POST_BODY_MAX_LENGTH } from './post-rules';

interface PostWithRole {
  post: PostRecord;
  role: GuildRole;
}

@Injectable()
export class PostsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: GuildAccess,
    private readonly events: DomainEvents,
  ) {}

  async get(id: string): Promise<PostRecord | null> {
    if (!isUuid(id)) return null;
    const rows = await this.db.query(`SELECT ${POST_COLUMNS} FROM posts p WHERE p.id = $1`, [id]);
    return rows.length ? PostRecord.fromRow(rows[0]) : null;
  }

  async findByIds(ids: readonly string[]): Promise<PostRecord[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.db.query(`SELECT ${POST_COLUMNS} FROM posts p WHERE p.id = ANY($1::uuid[])`, [valid]);
    return rows.map(PostRecord.fromRow);
  }

  /** Of `postIds`, those `userId` has upvoted. */
  async upvotedBy(userId: string, postIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.query(`SELECT post_id FROM post_votes WHERE user_id = $1 AND post_id = ANY($2::uuid[])`, [userId, postIds]);
    return new Set(rows.map((r: { post_id: string }) => r.post_id));
  }

  // ---- writing -------------------------------------------------------------------------------

  /** Members of the guild only; announcements by its coordinators only. */
  async create(viewer: Viewer, input: CreatePostInput): Promise<PostRecord> {
    if (!isUuid(input.guildId) || !(await this.guildExists(input.guildId))) throw notFound('That guild');
    const role = await this.access.role(input.guildId, viewer.id);
    if (!role.isMember) throw forbidden('Join the guild to post in it.');
    const kind = input.kind ?? PostKind.ARTICLE;
    if (kind === PostKind.ANNOUNCEMENT && !role.isCoordinator) throw forbidden("Only the guild's coordinators can post announcements.");
    const title = cleanTitle(input.title);
    const body = checkBody(input.body, POST_BODY_MAX_LENGTH);
    const tags = normaliseTags(input.tags);
    const rows = await this.db.query(
      `INSERT INTO posts AS p (guild_id, author_id, kind, title, body, tags) VALUES ($1, $2, $3, $4, $5, $6::text[])
       RETURNING ${POST_COLUMNS}`,
      [input.guildId, viewer.id, kind, title, body, tags],
    );
    return PostRecord.fromRow(rows[0]);
  }

  /**
   * The author only. Writes only the fields the input sets, so two edits of different fields
   * made at the same time both survive (a read-then-write-everything would drop one).
   */
  async update(viewer: Viewer, id: string, input: UpdatePostInput): Promise<PostRecord> {
    const title = input.title != null ? cleanTitle(input.title) : null;
    const body = input.body != null ? checkBody(input.body, POST_BODY_MAX_LENGTH) : null;
    const tags = input.tags != null ? normaliseTags(input.tags) : null;
    const post = await this.require(id);
    if (post.authorId !== viewer.id) throw forbidden('Only the author can edit a post.');
    const rows = await this.db.query(
      `UPDATE posts AS p SET title = coalesce($2, p.title), body = coalesce($3, p.body), tags = coalesce($4::text[], p.tags), updated_at = now()
       WHERE p.id = $1 RETURNING ${POST_COLUMNS}`,
      [id, title, body, tags],
    );
    return this.updated(rows);
  }

  /** The author, a coordinator of the guild, or an admin. */
  async delete(viewer: Viewer, id: string): Promise<boolean> {
    const { post, role } = await this.requireWithRole(id, viewer);
    if (post.authorId !== viewer.id) assertModerator(viewer, role, "delete other people's posts");
    await this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM posts WHERE id = $1`, [id]);
      if (post.authorId !== viewer.id) await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'post.deleted', { type: 'post', id: post.id, label: post.title }, { kind: post.kind, authorId: post.authorId, guildId: post.guildId }, null));
    });
    return true;
  }

  /** Coordinators of the guild or admins. */
  async setPinned(viewer: Viewer, id: string, pinned: boolean): Promise<PostRecord> {
    const { post, role } = await this.requireWithRole(id, viewer);
    assertModerator(viewer, role, 'pin posts');
    return this.db.transaction(async (tx) => {
      if (post.pinned !== pinned) await this.events.publish(new PrivilegedActionTaken(tx, viewer, pinned ? 'post.pinned' : 'post.unpinned', { type: 'post', id: post.id, label: post.title }, { pinned: post.pinned }, { pinned }));
      return this.updateFlags(id, 'pinned', pinned, tx);
    });
  }

  /** Coordinators of the guild or admins. */
  async setLocked(viewer: Viewer, id: string, locked: boolean): Promise<PostRecord> {
    const { post, role } = await this.requireWithRole(id, viewer);
    assertModerator(viewer, role, 'lock posts');
    return this.db.transaction(async (tx) => {
      if (post.locked !== locked) await this.events.publish(new PrivilegedActionTaken(tx, viewer, locked ? 'post.locked' : 'post.unlocked', { type: 'post', id: post.id, label: post.title }, { locked: post.locked }, { locked }));
      return this.updateFlags(id, 'locked', locked, tx);
    });
  }

  /**
   * Idempotent: the (post_id, user_id) key makes a second vote a no-op, and the score moves in
   * the same statement as the vote row, so concurrent votes are counted exactly.
   */
  async upvote(viewer: Viewer, postId: string): Promise<PostRecord> {
    await this.require(postId);
    const rows = await this.db.query(
      `WITH vote AS (INSERT INTO post_votes (post_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING post_id)
       UPDATE posts AS p SET score = p.score + (SELECT count(*) FROM vote) WHERE p.id = $1 RETURNING ${POST_COLUMNS}`,
      [postId, viewer.id],
    );
    return this.updated(rows);
  }

  async removeUpvote(viewer: Viewer, postId: string): Promise<PostRecord> {
    await this.require(postId);
    const rows = await this.db.query(
      `WITH vote AS (DELETE FROM post_votes WHERE post_id = $1 AND user_id = $2 RETURNING post_id)
       UPDATE posts AS p SET score = p.score - (SELECT count(*) FROM vote) WHERE p.id = $1 RETURNING ${POST_COLUMNS}`,
      [postId, viewer.id],
    );
    return this.updated(rows);
  }

  /** The question's author only; the comment must be on a QUESTION post. */
  async acceptAnswer(viewer: Viewer, commentId: string): Promise<PostRecord> {
    const rows = isUuid(commentId) ? await this.db.query(`SELECT post_id FROM comments WHERE id = $1`, [commentId]) : [];
    if (!rows.length) throw notFound('That comment');
    const post = await this.require(rows[0].post_id);
    if (post.authorId !== viewer.id) throw forbidden("Only the question's author can accept an answer.");
    if (post.kind !== PostKind.QUESTION) throw badInput('Only answers to a question can be accepted; this comment is on an article or announcement.', 'commentId');
    const updated = await this.db.query(
      `UPDATE posts AS p SET accepted_answer_id = $2 WHERE p.id = $1 RETURNING ${POST_COLUMNS}`,
      [post.id, commentId],
    );
    return this.updated(updated);
  }

  // ---- lists ---------------------------------------------------------------------------------

  /** Posts from the viewer's guilds, newest first: each guild's newest page, merged. */
  async feed(viewer: Viewer, args: PageArgs): Promise<PostConnection> {
    const size = pageSize(args.first);
    const after = decodeCursor<[string, string]>(args.after, ['timestamp', 'uuid']);
    const params: unknown[] = [viewer.id, size + 1];
    let keyset = '';
    if (after) {
      params.push(after[0], after[1]);
      keyset = 'AND (p.created_at, p.id) < ($3::timestamptz, $4::uuid)';
    }
    // One index range per guild (posts_guild_recent_idx), so the cost follows the page size and
    // the viewer's guild count, not the number of posts.
    const rows = await this.db.query(
      `SELECT p.* FROM guild_memberships gm
       CROSS JOIN LATERAL (
         SELECT ${POST_COLUMNS} FROM posts p WHERE p.guild_id = gm.guild_id ${keyset}
         ORDER BY p.created_at DESC, p.id DESC LIMIT $2
       ) p
       WHERE gm.user_id = $1
       ORDER BY p.created_at DESC, p.id DESC LIMIT $2`,
      params,
    );
    return this.page(rows, size, (p) => [p.createdAtKey, p.id], async () => {
      const [{ count }] = await this.db.query(
        `SELECT count(*)::int AS count FROM posts p JOIN guild_memberships gm ON gm.guild_id = p.guild_id WHERE gm.user_id = $1`,
        [viewer.id],
      );
      return count;
    });
  }

  /** A guild's posts: pinned first, then newest first; filterable by tag, kind and unanswered. */
  async guildPosts(guildId: string, args: GuildPostsArgs): Promise<PostConnection> {
    const size = pageSize(args.first);
    const after = decodeCursor<[boolean, string, string]>(args.after, ['boolean', 'timestamp', 'uuid']);
    const params: unknown[] = [guildId];
    const filters: string[] = ['p.guild_id = $1'];
    if (args.tag != null) {
      const [tag] = normaliseTags([args.tag]);
      params.push(tag ?? '');
      filters.push(`p.tags @> ARRAY[$${params.length}::text]`);
    }
    if (args.kind) {
      params.push(args.kind);
      filters.push(`p.kind = $${params.length}`);
    }
    if (args.unanswered) filters.push(`p.kind = 'QUESTION' AND p.accepted_answer_id IS NULL`);
    const where = filters.join(' AND ');
    const countParams = [...params];
    let keyset = '';
    if (after) {
      params.push(after[0], after[1], after[2]);
      const n = params.length;
      keyset = `AND (p.pinned, p.created_at, p.id) < ($${n - 2}::boolean, $${n - 1}::timestamptz, $${n}::uuid)`;
    }
    params.push(size + 1);
    const rows = await this.db.query(
      `SELECT ${POST_COLUMNS} FROM posts p WHERE ${where} ${keyset}
       ORDER BY p.pinned DESC, p.created_at DESC, p.id DESC LIMIT $${params.length}`,
      params,
    );
    return this.page(rows, size, (p) => [p.pinned, p.createdAtKey, p.id], async () => {
      const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM posts p WHERE ${where}`, countParams);
      return count;
    });
  }

  /** Most used tags, optionally those starting with `prefix`. */
  async tags(args: TagsArgs): Promise<TagCount[]> {
    const size = Math.min(pageSize(args.first), MAX_PAGE_SIZE);
    const prefix = cleanSearchTerm(args.prefix, 'prefix').toLowerCase().replace(/\s+/g, '-');
    const rows = await this.db.query(
      `SELECT tag, count FROM tag_counts WHERE count > 0 AND ($1 = '' OR starts_with(tag, $1)) ORDER BY count DESC, tag LIMIT $2`,
      [prefix, size],
    );
    return rows.map((r: { tag: string; count: number }) => ({ tag: r.tag, count: r.count }));
  }

  // ---- helpers -------------------------------------------------------------------------------

  private async guildExists(guildId: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const rows = await tx.query(`SELECT 1 FROM guilds WHERE id = $1`, [guildId]);
    return rows.length > 0;
  }

  private async require(id: string): Promise<PostRecord> {
    const post = await this.get(id);
    if (!post) throw notFound('That post');
    return post;
  }

  /** The post and the viewer's standing in its guild, in one statement. */
  private async requireWithRole(id: string, viewer: Viewer): Promise<PostWithRole> {
    const rows = isUuid(id)
      ? await this.db.query(
          `SELECT ${POST_COLUMNS}, gm.user_id IS NOT NULL AS viewer_is_member, coalesce(gm.is_coordinator, false) AS viewer_is_coordinator
           FROM posts p LEFT JOIN guild_memberships gm ON gm.guild_id = p.guild_id AND gm.user_id = $2
           WHERE p.id = $1`,
          [id, viewer.id],
        )
      : [];
    if (!rows.length) throw notFound('That post');
    return { post: PostRecord.fromRow(rows[0]), role: { isMember: rows[0].viewer_is_member, isCoordinator: rows[0].viewer_is_coordinator } };
  }

  private async updateFlags(id: string, column: 'pinned' | 'locked', value: boolean, tx: EntityManager = this.db.manager): Promise<PostRecord> {
    const rows = await tx.query(`UPDATE posts AS p SET ${column} = $2 WHERE p.id = $1 RETURNING ${POST_COLUMNS}`, [id, value]);
    return this.updated(rows);
  }

  /** TypeORM returns [rows, affected] for UPDATE ... RETURNING. */
  private updated(result: any): PostRecord {
    const rows = Array.isArray(result?.[0]) ? result[0] : result;
    if (!rows?.length) throw notFound('That post');
    return PostRecord.fromRow(rows[0]);
  }

  private page(rows: any[], size: number, keyOf: (p: PostRecord) => unknown[], count: () => Promise<number>): PostConnection {
    const posts = rows.map(PostRecord.fromRow);
    const hasNextPage = posts.length > size;
    const nodes = hasNextPage ? posts.slice(0, size) : posts;
    const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
    return {
      edges,
      pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      count,
    };
  }
}
