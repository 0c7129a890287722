import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, decodeCursor, DomainEvents, encodeCursor, forbidden, isUuid, notFound, pageSize, PrivilegedActionTaken, Viewer } from '@guildhall/api-core';
import { assertModerator, GuildRole } from '../guild-access';
import { checkBody, COMMENT_BODY_MAX_LENGTH } from '../post/post-rules';
import { COMMENT_COLUMNS, CommentConnection, CommentRecord } from './comment.model';

interface LockedPost {
  id: string;
  locked: boolean;
  role: GuildRole;
}

/** Thread order: top-level comments oldest first, each followed by its replies oldest first. */
const THREAD_ORDER = 'c.thread_created_at, c.thread_id, (c.parent_id IS NOT NULL), c.created_at, c.id';

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
  ) {}

  async findByIds(ids: readonly string[]): Promise<CommentRecord[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.db.query(`SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = ANY($1::uuid[])`, [valid]);
    return rows.map(CommentRecord.fromRow);
  }

  /**
   * One page of comments for each of `postIds` (same size and cursor), in one statement, so a
   * list of posts showing their comments does not query once per post.
   */
  async pagesFor(postIds: readonly string[], first: number | null | undefined, after: string | null | undefined): Promise<Map<string, CommentRecord[]>> {
    const size = pageSize(first);
    const key = decodeCursor(after, ['timestamp', 'uuid', 'boolean', 'timestamp', 'uuid']);
    const params: unknown[] = [postIds, size + 1];
    let keyset = '';
    if (key) {
      params.push(...key);
      keyset = `AND (${THREAD_ORDER}) > ($3::timestamptz, $4::uuid, $5::boolean, $6::timestamptz, $7::uuid)`;
    }
    const rows = await this.db.query(
      `SELECT c.* FROM unnest($1::uuid[]) AS x(post_id)
       CROSS JOIN LATERAL (
         SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.post_id = x.post_id ${keyset} ORDER BY ${THREAD_ORDER} LIMIT $2
       ) c`,
      params,
    );
    const byPost = new Map<string, CommentRecord[]>();
    for (const row of rows) {
      const comment = CommentRecord.fromRow(row);
      const list = byPost.get(comment.postId);
      if (list) list.push(comment);
      else byPost.set(comment.postId, [comment]);
    }
    return byPost;
  }

  static toConnection(rows: CommentRecord[], size: number, totalCount: number): CommentConnection {
    const hasNextPage = rows.length > size;
    const nodes = hasNextPage ? rows.slice(0, size) : rows;
    const edges = nodes.map((node) => ({ cursor: encodeCursor(node.orderKey), node }));
    return { edges, pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null }, totalCount };
  }

  /**
   * Members of the guild; not on a locked post. Replies are one level deep: a reply to a reply
   * attaches to the top-level comment it answers, so threads never nest further.
   */
  async add(viewer: Viewer, postId: string, body: string, parentId?: string | null): Promise<CommentRecord> {
    return this.db.transaction(async (tx) => {
      const post = await this.lockPost(tx, postId, viewer);
      if (!post.role.isMember) throw forbidden('Join the guild to comment in it.');
      if (post.locked) throw forbidden('This post is locked; nobody can comment on it.');
      checkBody(body, COMMENT_BODY_MAX_LENGTH, 'comment');
      let topId: string | null = null;
      if (parentId != null) {
        const rows = isUuid(parentId)
          ? await tx.query(`SELECT coalesce(c.parent_id, c.id) AS top_id FROM comments c WHERE c.id = $1 AND c.post_id = $2`, [parentId, postId])
          : [];
        if (!rows.length) throw badInput('You can only reply to a comment on the same post.', 'parentId');
        topId = rows[0].top_id;
      }
      const id = randomUUID();
      // A top-level comment starts its own thread; a reply joins its top-level comment's thread.
      const rows = topId
        ? await tx.query(
            `INSERT INTO comments AS c (id, post_id, author_id, parent_id, body, thread_id, thread_created_at)
             SELECT $1, $2, $3, t.id, $5, t.thread_id, t.thread_created_at FROM comments t WHERE t.id = $4
             RETURNING ${COMMENT_COLUMNS}`,
            [id, postId, viewer.id, topId, body],
          )
        : await tx.query(
            `INSERT INTO comments AS c (id, post_id, author_id, body, thread_id, thread_created_at) VALUES ($1, $2, $3, $4, $1, now())
             RETURNING ${COMMENT_COLUMNS}`,
            [id, postId, viewer.id, body],
          );
      return CommentRecord.fromRow(rows[0]);
    });
  }

  /** The author only. */
  async update(viewer: Viewer, id: string, body: string): Promise<CommentRecord> {
    const comment = await this.require(id);
    if (comment.authorId !== viewer.id) throw forbidden('Only the author can edit a comment.');
    checkBody(body, COMMENT_BODY_MAX_LENGTH, 'comment');
    return this.db.transaction(async (tx) => {
      await this.lockPost(tx, comment.postId, viewer);
      const result = await tx.query(
        `UPDATE comments AS c SET body = $2, updated_at = now() WHERE c.id = $1 RETURNING ${COMMENT_COLUMNS}`,
        [id, body],
      );
      const rows = result[0];
      if (!rows.length) throw notFound('That comment');
      return CommentRecord.fromRow(rows[0]);
    });
  }

  /** The author, a coordinator of the guild, or an admin. Replies go with the comment they answer. */
  async delete(viewer: Viewer, id: string): Promise<boolean> {
    const comment = await this.require(id);
    return this.db.transaction(async (tx) => {
      const post = await this.lockPost(tx, comment.postId, viewer);
      if (comment.authorId !== viewer.id) assertModerator(viewer, post.role, "delete other people's comments");
      await tx.query(`DELETE FROM comments WHERE id = $1`, [id]);
      if (comment.authorId !== viewer.id) await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'comment.deleted', { type: 'comment', id: comment.id, label: excerpt(comment.body, 80) }, { authorId: comment.authorId, postId: comment.postId, body: excerpt(comment.body, 500) }, null));
      return true;
    });
  }

  private async require(id: string): Promise<CommentRecord> {
    const [comment] = await this.findByIds([id]);
    if (!comment) throw notFound('That comment');
    return comment;
  }

  /**
   * Locks the post row for the rest of the transaction: comment writers on one post take turns,
   * so the comment count and search text the triggers maintain see every committed comment,
   * and a post locked meanwhile refuses the comment.
   */
  private async lockPost(tx: EntityManager, postId: string, viewer: Viewer): Promise<LockedPost> {
    const rows = isUuid(postId)
      ? await tx.query(
          `SELECT p.id, p.locked, gm.user_id IS NOT NULL AS is_member, coalesce(gm.is_coordinator, false) AS is_coordinator
           FROM posts p LEFT JOIN guild_memberships gm ON gm.guild_id = p.guild_id AND gm.user_id = $2
           WHERE p.id = $1 FOR UPDATE OF p`,
          [postId, viewer.id],
        )
      : [];
    if (!rows.length) throw notFound('That post');
    return { id: rows[0].id, locked: rows[0].locked, role: { isMember: rows[0].is_member, isCoordinator: rows[0].is_coordinator } };
  }
}

/** The start of a comment, to name it in the audit log without keeping all of it. */
function excerpt(body: string, max: number): string {
  const text = body.slice(0, max * 2).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
