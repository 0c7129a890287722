import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A post's head document: its title (weight A) and tags (B) alone, with a GIN index of its own.
 *
 * Search ranks in two tiers (see `search.repository.ts`): every post whose title or tags hold
 * the query comes first, whatever its age, found through this index without reading the
 * posts that mention the words only in their body or comments. `posts.search` is unchanged
 * (it is the head followed by the body and comments, so positions agree between the two).
 * The trigger keeps both; existing rows are filled here (this rewrites every post row once;
 * a later `VACUUM` reclaims the old versions).
 */
export class PostsSearchHead1763803100000 implements MigrationInterface {
  name = 'PostsSearchHead1763803100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE posts ADD COLUMN search_head tsvector NOT NULL DEFAULT ''::tsvector`);
    await q.query(`
      CREATE OR REPLACE FUNCTION knowledge_post_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_head :=
          setweight(to_tsvector('english', NEW.title), 'A') ||
          setweight(to_tsvector('english', array_to_string(NEW.tags, ' ')), 'B');
        NEW.search :=
          NEW.search_head ||
          setweight(to_tsvector('english', NEW.body), 'C') ||
          setweight(NEW.comments_tsv, 'D');
        RETURN NEW;
      END $$`);
    // Only the new column is written, so the trigger (UPDATE OF title, body, tags, comments_tsv) stays quiet.
    await q.query(`
      UPDATE posts SET search_head =
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', array_to_string(tags, ' ')), 'B')`);
    await q.query(`CREATE INDEX posts_search_head_idx ON posts USING gin (search_head)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX posts_search_head_idx`);
    await q.query(`
      CREATE OR REPLACE FUNCTION knowledge_post_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search :=
          setweight(to_tsvector('english', NEW.title), 'A') ||
          setweight(to_tsvector('english', array_to_string(NEW.tags, ' ')), 'B') ||
          setweight(to_tsvector('english', NEW.body), 'C') ||
          setweight(NEW.comments_tsv, 'D');
        RETURN NEW;
      END $$`);
    await q.query(`ALTER TABLE posts DROP COLUMN search_head`);
  }
}
