import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Standards in search: two trigger-kept documents on `standards`, each with a GIN index, and the
 * read model knowledge's search joins, `standards_search_directory`.
 *
 * - `search_head`: the title (weight A), search's first tier, like a post's title and tags;
 * - `search`: the head, then the summary (B) and the searched body (C).
 *
 * The searched body is what a reader should find: the current published version's text, never a
 * pending draft of the next one (it may still change, and the version in force is what squads
 * adopt). A standard never published has no version: its draft is searched, and the view says so
 * (`published` false), so search shows it only to whoever may see its draft.
 *
 * Publishing inserts the version, then moves `current_version` (the BEFORE trigger reads the new
 * version's body); the demo's `seedStandards` writes the standards before their versions, so
 * inserting a version that is already current refreshes the standard's documents too.
 */
export class StandardsSearch1763803300000 implements MigrationInterface {
  name = 'StandardsSearch1763803300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE standards ADD COLUMN search_head tsvector NOT NULL DEFAULT ''::tsvector`);
    await q.query(`ALTER TABLE standards ADD COLUMN search tsvector NOT NULL DEFAULT ''::tsvector`);
    await q.query(`
      CREATE FUNCTION standards_searched_body(s standards) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN s.current_version IS NULL THEN s.draft_body
          ELSE coalesce((SELECT v.body FROM standard_versions v WHERE v.standard_id = s.id AND v.number = s.current_version), '') END
      $$`);
    await q.query(`
      CREATE FUNCTION standards_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_head := setweight(to_tsvector('english', NEW.title), 'A');
        NEW.search :=
          NEW.search_head ||
          setweight(to_tsvector('english', coalesce(NEW.summary, '')), 'B') ||
          setweight(to_tsvector('english', standards_searched_body(NEW)), 'C');
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER standards_search BEFORE INSERT OR UPDATE OF title, summary, draft_body, current_version ON standards
      FOR EACH ROW EXECUTE FUNCTION standards_search()`);
    // Naming current_version in the SET list fires the trigger above, which reads the new version.
    await q.query(`
      CREATE FUNCTION standards_version_searched() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE standards SET current_version = current_version WHERE id = NEW.standard_id AND current_version = NEW.number;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER standard_versions_searched AFTER INSERT ON standard_versions
      FOR EACH ROW EXECUTE FUNCTION standards_version_searched()`);
    await q.query(`UPDATE standards SET current_version = current_version`);
    await q.query(`CREATE INDEX standards_search_head_idx ON standards USING gin (search_head)`);
    await q.query(`CREATE INDEX standards_search_idx ON standards USING gin (search)`);
    await q.query(`
      CREATE VIEW standards_search_directory AS
      SELECT s.id, s.slug, s.title, s.summary, s.status, s.chapter_id, s.current_version IS NOT NULL AS published,
        s.search_head, s.search, standards_searched_body(s) AS body, s.updated_at
      FROM standards s`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW standards_search_directory`);
    await q.query(`DROP TRIGGER standard_versions_searched ON standard_versions`);
    await q.query(`DROP FUNCTION standards_version_searched()`);
    await q.query(`DROP TRIGGER standards_search ON standards`);
    await q.query(`DROP FUNCTION standards_search()`);
    await q.query(`DROP FUNCTION standards_searched_body(standards)`);
    await q.query(`ALTER TABLE standards DROP COLUMN search, DROP COLUMN search_head`);
  }
}
