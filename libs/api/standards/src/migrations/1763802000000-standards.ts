import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Practice standards: a chapter's standards, their immutable published versions, review comments,
 * each squad's adoption and the history of every adoption change.
 *
 * A standard's working text is `draft_body`; `revision` is bumped by every draft edit and checked
 * in the UPDATE's WHERE (optimistic concurrency). `draft_pending` says the draft differs from the
 * current version (or that there is none yet). Versions are never updated: a trigger refuses it.
 * An adoption row exists only once a squad has recorded something; a lapsed exemption stays
 * stored as EXEMPT and reads as NOT_STARTED (computed at read time, no job).
 */
export class Standards1763802000000 implements MigrationInterface {
  name = 'Standards1763802000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE standards (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        chapter_id uuid NOT NULL REFERENCES chapters(id) ON DELETE CASCADE,
        title text NOT NULL,
        summary text,
        level text NOT NULL DEFAULT 'SHOULD' CHECK (level IN ('MUST', 'SHOULD', 'MAY')),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'DEPRECATED')),
        draft_body text NOT NULL,
        draft_pending boolean NOT NULL DEFAULT true,
        revision integer NOT NULL DEFAULT 1,
        current_version integer,
        adopt_by timestamptz,
        superseded_by_id uuid REFERENCES standards(id) ON DELETE SET NULL,
        deprecation_reason text,
        created_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (superseded_by_id IS DISTINCT FROM id)
      )`);
    await q.query(`CREATE INDEX standards_chapter_idx ON standards (chapter_id, lower(title), id)`);
    await q.query(`CREATE INDEX standards_title_idx ON standards (lower(title), id)`);

    await q.query(`
      CREATE TABLE standard_versions (
        standard_id uuid NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        body text NOT NULL,
        change_note text,
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by_id uuid NOT NULL REFERENCES users(id),
        PRIMARY KEY (standard_id, number)
      )`);
    await q.query(`
      CREATE FUNCTION standards_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'published standard versions are immutable';
      END $$`);
    await q.query(`
      CREATE TRIGGER standard_versions_immutable BEFORE UPDATE ON standard_versions
      FOR EACH ROW EXECUTE FUNCTION standards_version_immutable()`);

    await q.query(`
      CREATE TABLE standard_review_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        standard_id uuid NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX standard_review_comments_standard_idx ON standard_review_comments (standard_id, created_at, id)`);

    await q.query(`
      CREATE TABLE standard_adoptions (
        standard_id uuid NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
        squad_id uuid NOT NULL REFERENCES squads(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'ADOPTED', 'EXEMPT')),
        version integer,
        note text,
        exempt_until timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        PRIMARY KEY (standard_id, squad_id)
      )`);
    await q.query(`CREATE INDEX standard_adoptions_squad_idx ON standard_adoptions (squad_id)`);

    await q.query(`
      CREATE TABLE standard_adoption_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        standard_id uuid NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
        squad_id uuid NOT NULL REFERENCES squads(id) ON DELETE CASCADE,
        from_status text NOT NULL,
        from_version integer,
        to_status text NOT NULL,
        to_version integer,
        note text,
        exempt_until timestamptz,
        changed_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX standard_adoption_changes_standard_idx ON standard_adoption_changes (standard_id, changed_at DESC, id DESC)`);
    await q.query(`CREATE INDEX standard_adoption_changes_squad_idx ON standard_adoption_changes (squad_id, changed_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE standard_adoption_changes`);
    await q.query(`DROP TABLE standard_adoptions`);
    await q.query(`DROP TABLE standard_review_comments`);
    await q.query(`DROP TABLE standard_versions`);
    await q.query(`DROP FUNCTION standards_version_immutable()`);
    await q.query(`DROP TABLE standards`);
  }
}
