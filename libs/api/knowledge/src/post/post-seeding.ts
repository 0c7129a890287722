import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { PostKind } from './post.model';

/** A post as a seeder writes it: already decided, with its thread, votes and when it happened. */
export interface SeedPost {
  guildId: string;
  authorId: string;
  kind: PostKind | `${PostKind}`;
  title: string;
  body: string;
  tags: string[];
  /** Announcements are pinned. */
  pinned: boolean;
  minutesAgo: number;
  /** In order; a reply answers the latest top-level comment. */
  comments: { authorId: string; body: string; reply?: boolean; minutesAgo: number }[];
  /** A question whose first top-level comment is its accepted answer. */
  answered: boolean;
  voterIds: string[];
}

/**
 * Writes finished content straight into knowledge's tables, in the caller's transaction, for
 * the demo organisation: no viewer, no rules to check, dates in the past. Counters and search
 * documents are kept by the tables' triggers, as for posts written through the API.
 */
export async function seedPost(tx: EntityManager, p: SeedPost): Promise<{ postId: string; comments: number }> {
  const [post] = await tx.query(
    `INSERT INTO posts (guild_id, author_id, kind, title, body, tags, pinned, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6::text[], $7, now() - make_interval(mins => $8), now() - make_interval(mins => $8)) RETURNING id`,
    [p.guildId, p.authorId, p.kind, p.title, p.body, p.tags, p.pinned, p.minutesAgo],
  );
  let firstAnswer: string | null = null;
  let topLevel: string | null = null;
  for (const c of p.comments) {
    const id = randomUUID();
    const parent = c.reply ? topLevel : null;
    await tx.query(
      `INSERT INTO comments (id, post_id, author_id, parent_id, body, thread_id, thread_created_at, created_at, updated_at)
       SELECT $1, $2, $3, $4, $5, coalesce(t.thread_id, $1), coalesce(t.thread_created_at, ts), ts, ts
       FROM (SELECT now() - make_interval(mins => $6) AS ts) x
       LEFT JOIN comments t ON t.id = $4`,
      [id, post.id, c.authorId, parent, c.body, c.minutesAgo],
    );
    if (!c.reply) topLevel = id;
    if (!c.reply && !firstAnswer) firstAnswer = id;
  }
  if (p.kind === 'QUESTION' && firstAnswer && p.answered) {
    await tx.query(`UPDATE posts SET accepted_answer_id = $2 WHERE id = $1`, [post.id, firstAnswer]);
  }
  await tx.query(
    `WITH v AS (INSERT INTO post_votes (post_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING RETURNING 1)
     UPDATE posts SET score = score + (SELECT count(*) FROM v) WHERE id = $1`,
    [post.id, p.voterIds],
  );
  return { postId: post.id, comments: p.comments.length };
}
