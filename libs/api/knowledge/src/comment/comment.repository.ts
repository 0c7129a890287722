import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid, prefixedKeys, prepared, timestampKey } from '@guildhall/api-core';
import { personJoin, personSummaryColumns, personSummaryFromRow } from '@guildhall/api-auth';
import { CommentRecord } from './comment.record';

const STORED = ['id', 'post_id', 'author_id', 'parent_id', 'body', 'created_at', 'updated_at', 'thread_id', 'thread_created_at_key', 'created_at_key'] as const;

/** The columns commentFromRow reads, for a table aliased `alias`, each prefixed with `prefix`. */
export function commentColumns(alias: string, prefix = ''): string {
  const k = prefixedKeys(STORED, prefix);
  const plain = STORED.slice(0, 8).map((c) => `${alias}.${c} AS ${k[c]}`);
  return [
    ...plain,
    `${timestampKey(`${alias}.thread_created_at`)} AS ${k.thread_created_at_key}`,
    `${timestampKey(`${alias}.created_at`)} AS ${k.created_at_key}`,
  ].join(', ');
}
const COMMENT_COLUMNS = commentColumns('c');

/** Thread order: top-level comments oldest first, each followed by its replies oldest first. */
const threadOrder = (alias: string) =>
  `${alias}.thread_created_at, ${alias}.thread_id, (${alias}.parent_id IS NOT NULL), ${alias}.created_at, ${alias}.id`;
const THREAD_ORDER = threadOrder('c');

/** Up to `limit` comments of the post `postId` (an SQL expression) in thread order, after `keyset`: one index range. */
function pageOf(postId: string, limit: string, keyset = ''): string {
  return `SELECT ${COMMENT_COLUMNS}, c.thread_created_at FROM comments c WHERE c.post_id = ${postId} ${keyset} ORDER BY ${THREAD_ORDER} LIMIT ${limit}`;
}

/**
 * For a statement that reads a post `p` (its page): its first `limit` comments (an SQL parameter)
 * in thread order with their authors, as one JSON column (null when it has none), and the join
 * that reads them. commentsAlongFromJson turns it into what pageRows gives for that post.
 */
export function commentsAlong(limit: string): { column: string; join: string } {
  return {
    column: 'cp.comments_along',
    join: `LEFT JOIN LATERAL (
      SELECT json_agg(r ORDER BY ${threadOrder('r')}) AS comments_along FROM (
        SELECT c.*, ${personSummaryColumns('au', 'au_')} FROM (${pageOf('p.id', limit)}) c ${personJoin('au', 'c.author_id')}
      ) r
    ) cp ON true`,
  };
}

/** The comments `commentsAlong` read (its rows as JSON objects: timestamps as text). */
export function commentsAlongFromJson(rows: Record<string, any>[] | null): CommentRecord[] {
  return (rows ?? []).map((row) => {
    row.created_at = new Date(row.created_at);
    row.updated_at = new Date(row.updated_at);
    return toCommentRecord(row);
  });
}

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
      prepared(`SELECT c.*, ${personSummaryColumns('au', 'au_')} FROM unnest($1::uuid[]) AS x(post_id)
       CROSS JOIN LATERAL (${pageOf('x.post_id', '$2', keyset)}) c
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
  return Object.assign(commentFromRow(row, '')!, { author: personSummaryFromRow(row, 'au_') });
}

/** The comment `commentColumns(alias, prefix)` read, or null when the row has none. */
export function commentFromRow(row: Record<string, any>, prefix: string): CommentRecord | null {
  const k = prefixedKeys(STORED, prefix);
  if (row[k.id] == null) return null;
  return Object.assign(new CommentRecord(), {
    id: row[k.id],
    postId: row[k.post_id],
    authorId: row[k.author_id],
    parentId: row[k.parent_id],
    body: row[k.body],
    createdAt: row[k.created_at],
    updatedAt: row[k.updated_at],
    orderKey: [row[k.thread_created_at_key], row[k.thread_id], row[k.parent_id] !== null, row[k.created_at_key], row[k.id]],
  });
}
