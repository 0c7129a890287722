import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, isUuid, Viewer } from '@guildhall/api-core';
import { COACH_NOTE_MAX_LENGTH } from '@guildhall/shared-domain';
import { cleanOptional } from '../offer/team-text';
import { CoachRecord } from './coach.record';
import { CoachRepository } from './coach.repository';

/** Coaches on call: anyone signed in volunteers (as guild coordinators do) and steps down. */
@Injectable()
export class CoachesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly coaches: CoachRepository,
  ) {}

  list(): Promise<CoachRecord[]> {
    return this.coaches.list();
  }

  findByUserIds(userIds: readonly string[]): Promise<CoachRecord[]> {
    return this.coaches.findByUserIds(userIds);
  }

  /** Idempotent: volunteering again changes the note. */
  volunteer(viewer: Viewer, rawNote: string | null | undefined): Promise<CoachRecord> {
    const note = cleanOptional(rawNote, 'note', COACH_NOTE_MAX_LENGTH);
    return this.db.transaction((tx) => this.coaches.upsert(tx, viewer.id, note));
  }

  /** Idempotent; tensions the person already facilitates keep them as facilitator. */
  async stepDown(viewer: Viewer): Promise<boolean> {
    return this.db.transaction((tx) => this.coaches.remove(tx, viewer.id));
  }

  /** A facilitator must be a volunteer coach: BAD_USER_INPUT naming `field` otherwise. Read in `tx`. */
  async requireCoach(tx: EntityManager, userId: string, field: string): Promise<CoachRecord> {
    const [coach] = isUuid(userId) ? await this.coaches.findByUserIds([userId], tx) : [];
    if (!coach) throw badInput('A facilitator must be one of the coaches on call: ask them to volunteer first.', field);
    return coach;
  }

  /** Every coach's user id (at most COACHES_LISTED_MAX): the people told when a tension asks for a coach. */
  async ids(): Promise<string[]> {
    return (await this.coaches.list()).map((c) => c.userId);
  }
}
