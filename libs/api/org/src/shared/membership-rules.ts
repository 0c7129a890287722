import { EntityManager } from 'typeorm';

/**
 * The rules that tie a person's squad and chapter together, written once for the mutations (one
 * person) and the Backstage import (thousands at a time, with the same set-based statements):
 * - a person is in at most one squad and at most one chapter (both tables are keyed by user_id);
 * - a person's chapter must be in their squad's tribe;
 * - so moving someone into a squad of another tribe drops their chapter.
 */

export type ChapterMismatch = 'no-squad' | 'other-tribe';

/**
 * Why a person whose squad belongs to `squadTribeId` (none: no squad) cannot be in a chapter of
 * `chapterTribeId`; null when they can.
 */
export function chapterMismatch(squadTribeId: string | null | undefined, chapterTribeId: string): ChapterMismatch | null {
  if (!squadTribeId) return 'no-squad';
  return squadTribeId === chapterTribeId ? null : 'other-tribe';
}

export interface SquadMove {
  userId: string;
  squadId: string;
}

/** Puts each person into the squad (out of any other), then drops chapters outside their new squad's tribe. */
export async function moveIntoSquads(tx: EntityManager, moves: readonly SquadMove[]): Promise<void> {
  if (!moves.length) return;
  const userIds = moves.map((m) => m.userId);
  await tx.query(
    `INSERT INTO squad_memberships (user_id, squad_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])
     ON CONFLICT (user_id) DO UPDATE SET squad_id = EXCLUDED.squad_id, joined_at = now()`,
    [userIds, moves.map((m) => m.squadId)],
  );
  await tx.query(
    `DELETE FROM chapter_memberships cm USING chapters c, squad_memberships m, squads s
      WHERE cm.user_id = ANY($1::uuid[]) AND c.id = cm.chapter_id AND m.user_id = cm.user_id AND s.id = m.squad_id AND s.tribe_id <> c.tribe_id`,
    [userIds],
  );
}

export interface ChapterPlacement {
  userId: string;
  chapterId: string;
}

/**
 * Puts each person into the chapter (out of any other); someone already in it keeps the date they
 * joined. Check chapterMismatch first: this writes what it is given.
 */
export async function placeInChapters(tx: EntityManager, placements: readonly ChapterPlacement[]): Promise<void> {
  if (!placements.length) return;
  await tx.query(
    `INSERT INTO chapter_memberships (user_id, chapter_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])
     ON CONFLICT (user_id) DO UPDATE SET chapter_id = EXCLUDED.chapter_id, joined_at = now()
     WHERE chapter_memberships.chapter_id <> EXCLUDED.chapter_id`,
    [placements.map((p) => p.userId), placements.map((p) => p.chapterId)],
  );
}
