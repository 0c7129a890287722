import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditEntries1763800900000 implements MigrationInterface {
  name = 'AuditEntries1763800900000';

  async up(q: QueryRunner): Promise<void> {
    // No foreign keys: the log outlives the people and things it names, so it keeps their labels.
    // clock_timestamp(), not now(): several entries of one transaction keep the order they happened in.
    await q.query(`
      CREATE TABLE audit_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid NOT NULL,
        actor_name text NOT NULL,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text,
        subject_label text NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await q.query(`CREATE INDEX audit_entries_recent_idx ON audit_entries (occurred_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_entries_action_idx ON audit_entries (action, occurred_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_entries_subject_idx ON audit_entries (subject_type, subject_id, occurred_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_entries_actor_idx ON audit_entries (actor_id, occurred_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_entries`);
  }
}
