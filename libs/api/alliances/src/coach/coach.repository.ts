import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@guildhall/api-core';
import { COACHES_LISTED_MAX } from '@guildhall/shared-domain';
import { CoachRecord } from './coach.record';

const COACH_COLUMNS = 'c.user_id, c.note, c.created_at';

/** Every statement on the coaches on call. */
@Injectable()
export class CoachRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The longest-serving first, at most COACHES_LISTED_MAX. */
  async list(): Promise<CoachRecord[]> {
    return (await this.db.query(`SELECT ${COACH_COLUMNS} FROM team_coaches c ORDER BY c.created_at, c.user_id LIMIT $1`, [COACHES_LISTED_MAX])).map(toCoach);
  }

  async findByUserIds(userIds: readonly string[], tx: EntityManager = this.db.manager): Promise<CoachRecord[]> {
    const valid = userIds.filter(isUuid);
    if (!valid.length) return [];
    return (await tx.query(`SELECT ${COACH_COLUMNS} FROM team_coaches c WHERE c.user_id = ANY($1::uuid[])`, [valid])).map(toCoach);
  }

  /** Volunteers, or changes the note of someone already on call. */
  async upsert(tx: EntityManager, userId: string, note: string | null): Promise<CoachRecord> {
    const rows = await tx.query(
      `INSERT INTO team_coaches AS c (user_id, note) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET note = EXCLUDED.note RETURNING ${COACH_COLUMNS}`,
      [userId, note],
    );
    return toCoach(rows[0]);
  }

  async remove(tx: EntityManager, userId: string): Promise<boolean> {
    const [rows] = await tx.query(`DELETE FROM team_coaches WHERE user_id = $1 RETURNING user_id`, [userId]);
    return rows.length > 0;
  }
}

function toCoach(r: any): CoachRecord {
  return Object.assign(new CoachRecord(), { userId: r.user_id, note: r.note, since: r.created_at });
}
