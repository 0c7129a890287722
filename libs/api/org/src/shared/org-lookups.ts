import { EntityManager } from 'typeorm';
import { notFound } from '@guildhall/api-core';
import { UserEntity, UserRepository } from '@guildhall/api-auth';
import { ChapterEntity } from '../chapter/chapter.entity';
import { ChapterRepository } from '../chapter/chapter.repository';
import { SquadEntity } from '../squad/squad.entity';
import { SquadRepository } from '../squad/squad.repository';
import { TribeEntity } from '../tribe/tribe.entity';
import { TribeRepository } from '../tribe/tribe.repository';

/** Look-ups inside a write transaction, through each aggregate's repository: an unknown (or malformed) id is NOT_FOUND. */
export async function requireTribe(tribes: TribeRepository, tx: EntityManager, id: string): Promise<TribeEntity> {
  const tribe = await tribes.findById(id, tx);
  if (!tribe) throw notFound('That tribe');
  return tribe;
}

export async function requireSquad(squads: SquadRepository, tx: EntityManager, id: string): Promise<SquadEntity> {
  const squad = await squads.findById(id, tx);
  if (!squad) throw notFound('That squad');
  return squad;
}

export async function requireChapter(chapters: ChapterRepository, tx: EntityManager, id: string): Promise<ChapterEntity> {
  const chapter = await chapters.findById(id, tx);
  if (!chapter) throw notFound('That chapter');
  return chapter;
}

export async function requireUser(people: UserRepository, tx: EntityManager, id: string, what = 'That person'): Promise<UserEntity> {
  const user = await people.findById(id, tx);
  if (!user) throw notFound(what);
  return user;
}
