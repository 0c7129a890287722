import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid, prepared, timestampKey } from '@guildhall/api-core';
import { personColumns, personFromRow, personJoin } from '@guildhall/api-auth';
import { CommentRecord } from './comment.record';

/** The columns toCommentRecord reads, for a table aliased `c`. */
const COMMENT_COLUMNS = `c.id, c.post_id, c.author_id, c.parent_id, c.body, c.created_at, c.updated_at, c.thread_id,
  ${timestampKey('c.thread_created_at')} AS thread_created_at_key, ${timestampKey('c.created_at')} AS created_at_key`;

/** Thread order: top-level comments oldest first, each followed by its replies oldest first. */
const THREAD_ORDER = 'c.thread_created_at, c.thread_id, (c.parent_id IS NOT NULL), c.created_at, c.id';

export type CommentOrderKey = CommentRecord['orderKey'];

/** Every statement on comments. SQL: the per-post LATERAL pages and thread keys need it. */
@Injectable()
export class CommentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<CommentRecord[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.db.query(`SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = ANY($1::uuid[])`, [valid]);
    return rows.map(toCommentRecord);
  }

  /** The post a comment is on, or null when there is no such comment. */
  async postIdOf(id: string): Promise<string | null> {
    const rows = isUuid(id) ? await this.db.query(`SELECT post_id FROM comments WHERE id = $1`, [id]) : [];
    return rows[0]?.post_id ?? null;
  }

  /**
   * Up to `limit` comments of each of `postIds` in thread order after the cursor key, with their
   * authors read along from auth's `auth_people_directory`, in one statement (one index range
   * per post), so a list of posts showing comments queries once.
   */
  async pageRows(postIds: readonly string[], limit: number, after?: CommentOrderKey): Promise<CommentRecord[]> {
    const params: unknown[] = [postIds, limit];
    let keyset = '';
    if (after) {
      params.push(...after);
      keyset = `AND (${THREAD_ORDER}) > ($3::timestamptz, $4::uuid, $5::boolean, $6::timestamptz, $7::uuid)`;
    }
    const rows = await this.db.query(
      prepared(`SELECT c.*, ${personColumns('au', 'au_')} FROM unnest($1::uuid[]) AS x(post_id)
       CROSS JOIN LATERAL (
         SELECT ${COMMENT_COLUMNS}, c.thread_created_at FROM comments c WHERE c.post_id = x.post_id ${keyset} ORDER BY ${THREAD_ORDER} LIMIT $2
       ) c
       ${personJoin('au', 'c.author_id')}
       ORDER BY c.post_id, ${THREAD_ORDER}`),
      params,
    );
    return rows.map(toCommentRecord);
  }

  /** The top-level comment of `parentId`'s thread, if `parentId` is a comment on `postId`. */
  async threadTopOf(tx: EntityManager, parentId: string, postId: string): Promise<string | null> {
    if (!isUuid(parentId)) return null;
    const rows = await tx.query(`SELECT coalesce(c.parent_id, c.id) AS top_id FROM comments c WHERE c.id = $1 AND c.post_id = $2`, [parentId, postId]);
    return rows[0]?.top_id ?? null;
  }

  /** A top-level comment starts its own thread; a reply (to `topId`) joins its top-level comment's thread. */
  async insert(tx: EntityManager, comment: { postId: string; authorId: string; body: string; topId: string | null }): Promise<CommentRecord> {
    const id = randomUUID();
    const rows = comment.topId
      ? await tx.query(
          `INSERT INTO comments AS c (id, post_id, author_id, parent_id, body, thread_id, thread_created_at)
           SELECT $1, $2, $3, t.id, $5, t.thread_id, t.thread_created_at FROM comments t WHERE t.id = $4
           RETURNING ${COMMENT_COLUMNS}`,
          [id, comment.postId, comment.authorId, comment.topId, comment.body],
        )
      : await tx.query(
          `INSERT INTO comments AS c (id, post_id, author_id, body, thread_id, thread_created_at) VALUES ($1, $2, $3, $4, $1, now())
           RETURNING ${COMMENT_COLUMNS}`,
          [id, comment.postId, comment.authorId, comment.body],
        );
    return toCommentRecord(rows[0]);
  }

  async updateBody(tx: EntityManager, id: string, body: string): Promise<CommentRecord | null> {
    const [rows] = await tx.query(`UPDATE comments AS c SET body = $2, updated_at = now() WHERE c.id = $1 RETURNING ${COMMENT_COLUMNS}`, [id, body]);
    return rows.length ? toCommentRecord(rows[0]) : null;
  }

  /** Its replies go with it (ON DELETE CASCADE). */
  async delete(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`DELETE FROM comments WHERE id = $1`, [id]);
  }
}

function toCommentRecord(row: Record<string, any>): CommentRecord {
  return Object.assign(new CommentRecord(), {
    id: row.id,
    postId: row.post_id,
    authorId: row.author_id,
    parentId: row.parent_id,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    orderKey: [row.thread_created_at_key, row.thread_id, row.parent_id !== null, row.created_at_key, row.id],
    author: personFromRow(row, 'au_'),
  });
}
