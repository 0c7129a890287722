import { EntityManager } from 'typeorm';
import { isUuid, notFound } from '@guildhall/api-core';
import { findPerson, UserEntity } from '@guildhall/api-auth';
import { ChapterEntity } from '../chapter/chapter.entity';
import { SquadEntity } from '../squad/squad.entity';
import { TribeEntity } from '../tribe/tribe.entity';

/** Look-ups inside a write transaction: an unknown (or malformed) id is NOT_FOUND. */
export async function requireTribe(tx: EntityManager, id: string): Promise<TribeEntity> {
  const tribe = isUuid(id) ? await tx.findOneBy(TribeEntity, { id }) : null;
  if (!tribe) throw notFound('That tribe');
  return tribe;
}

export async function requireSquad(tx: EntityManager, id: string): Promise<SquadEntity> {
  const squad = isUuid(id) ? await tx.findOneBy(SquadEntity, { id }) : null;
  if (!squad) throw notFound('That squad');
  return squad;
}

export async function requireChapter(tx: EntityManager, id: string): Promise<ChapterEntity> {
  const chapter = isUuid(id) ? await tx.findOneBy(ChapterEntity, { id }) : null;
  if (!chapter) throw notFound('That chapter');
  return chapter;
}

export async function requireUser(tx: EntityManager, id: string, what = 'That person'): Promise<UserEntity> {
  const user = await findPerson(tx, id);
  if (!user) throw notFound(what);
  return user;
}
