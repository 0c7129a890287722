import { EntityManager } from 'typeorm';
import { isUuid } from '@guildhall/api-core';
import type { RoleName } from '@guildhall/shared-domain';
import { UserEntity } from './user.entity';

/**
 * What other contexts may write in auth's `users` table: the org import adds people in bulk, the
 * demo seeder lets them sign in. Each call runs in the caller's transaction (`tx`) and touches
 * many people with a few set-based statements, whatever their number.
 */

export interface PersonToEnsure {
  /** Lower-cased; distinct within one call. */
  email: string;
  displayName: string;
  /** null leaves an existing person's discipline as it is. */
  discipline: string | null;
}

export interface EnsuredPerson {
  id: string;
  state: 'created' | 'updated' | 'unchanged';
}

/** People handled per statement. */
const BATCH = 500;

/**
 * Finds each person by email, adding the missing ones and updating the name and discipline of
 * those that changed; answers in the order given. People added this way have no password until
 * they accept an invitation. `progress` hears how many were handled after each batch.
 */
export async function ensurePeople(tx: EntityManager, people: readonly PersonToEnsure[], progress: (handled: number) => void = () => undefined): Promise<EnsuredPerson[]> {
  const out: EnsuredPerson[] = [];
  for (let i = 0; i < people.length; i += BATCH) {
    const batch = people.slice(i, i + BATCH);
    const emails = batch.map((p) => p.email.toLowerCase());
    const existing = new Map<string, { id: string; display_name: string; discipline: string | null }>(
      (await tx.query(`SELECT id, lower(email) AS email, display_name, discipline FROM users WHERE lower(email) = ANY($1)`, [emails])).map((r: any) => [r.email, r]),
    );
    const changed = batch.filter((p, n) => {
      const row = existing.get(emails[n]);
      return row && (row.display_name !== p.displayName || (p.discipline && row.discipline !== p.discipline));
    });
    if (changed.length) {
      await tx.query(
        `UPDATE users u SET display_name = w.display_name, discipline = COALESCE(w.discipline, u.discipline), updated_at = now()
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS w(id, display_name, discipline) WHERE u.id = w.id`,
        [changed.map((p) => existing.get(p.email.toLowerCase())!.id), changed.map((p) => p.displayName), changed.map((p) => p.discipline)],
      );
    }
    const missing = batch.filter((_, n) => !existing.has(emails[n]));
    const added = new Map<string, string>();
    if (missing.length) {
      const rows = await tx.query(
        `INSERT INTO users (email, display_name, discipline) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) RETURNING id, lower(email) AS email`,
        [missing.map((p) => p.email.toLowerCase()), missing.map((p) => p.displayName), missing.map((p) => p.discipline)],
      );
      for (const r of rows) added.set(r.email, r.id);
    }
    const updated = new Set(changed);
    batch.forEach((p, n) => {
      const row = existing.get(emails[n]);
      out.push(row ? { id: row.id, state: updated.has(p) ? 'updated' : 'unchanged' } : { id: added.get(emails[n])!, state: 'created' });
    });
    progress(batch.length);
  }
  return out;
}

/** Whether anyone has an account yet. */
export async function hasPeople(tx: EntityManager): Promise<boolean> {
  return (await tx.query(`SELECT 1 FROM users LIMIT 1`)).length > 0;
}

/** Gives these people (by email) a password hash, e.g. the demo's shared password. */
export async function setPasswordHashes(tx: EntityManager, emails: readonly string[], passwordHash: string): Promise<void> {
  await tx.query(`UPDATE users SET password_hash = $2 WHERE lower(email) = ANY($1)`, [emails.map((e) => e.toLowerCase()), passwordHash]);
}

/** Sets these people's (by email) role, without the checks of UsersService.setRole: for seeding only. */
export async function seedRoles(tx: EntityManager, emails: readonly string[], role: RoleName): Promise<void> {
  await tx.query(`UPDATE users SET role = $2 WHERE lower(email) = ANY($1)`, [emails.map((e) => e.toLowerCase()), role]);
}

/** Someone as other contexts' exports show them; the email is for admins' eyes (canSeeEmail). */
export interface PersonRecord {
  id: string;
  email: string;
  displayName: string;
  discipline: string | null;
}

/** Everyone, by email: one statement, in the caller's transaction (the org export's snapshot). */
export async function everyone(tx: EntityManager): Promise<PersonRecord[]> {
  const rows = await tx.query(`SELECT id, email, display_name, discipline FROM users ORDER BY lower(email), id`);
  return rows.map((r: any) => ({ id: r.id, email: r.email, displayName: r.display_name, discipline: r.discipline }));
}

/** One person by id inside the caller's transaction; null for an unknown or malformed id. */
export async function findPerson(tx: EntityManager, id: string): Promise<UserEntity | null> {
  return isUuid(id) ? tx.findOneBy(UserEntity, { id }) : null;
}
