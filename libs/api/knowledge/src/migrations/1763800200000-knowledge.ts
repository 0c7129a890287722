import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Posts, comments and votes.
 *
 * Counters (score, comment_count, tag usage) and the search document are kept right by the
 * database itself (triggers and single-statement updates), so concurrent writers, cascading
 * deletes and bulk loads cannot leave them drifting.
 *
 * Search: `posts.search` is the post's document (title A, tags B, body C, comments D) with a
 * GIN index; `posts.comments_tsv` is the aggregate of its comments' text, maintained on every
 * comment write, so a word used only in a comment makes the post findable.
 */
export class Knowledge1763800200000 implements MigrationInterface {
  name = 'Knowledge1763800200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        guild_id uuid NOT NULL REFERENCES guilds(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL DEFAULT 'ARTICLE' CHECK (kind IN ('ARTICLE', 'QUESTION', 'ANNOUNCEMENT')),
        title text NOT NULL,
        body text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        pinned boolean NOT NULL DEFAULT false,
        locked boolean NOT NULL DEFAULT false,
        score integer NOT NULL DEFAULT 0,
        comment_count integer NOT NULL DEFAULT 0,
        accepted_answer_id uuid,
        comments_tsv tsvector NOT NULL DEFAULT ''::tsvector,
        search tsvector NOT NULL DEFAULT ''::tsvector,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The feed walks each of the viewer's guilds newest first; a guild's page shows pinned first.
    await q.query(`CREATE INDEX posts_guild_page_idx ON posts (guild_id, pinned DESC, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX posts_guild_recent_idx ON posts (guild_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX posts_recent_idx ON posts (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX posts_author_idx ON posts (author_id)`);
    await q.query(`CREATE INDEX posts_tags_idx ON posts USING gin (tags)`);
    await q.query(`CREATE INDEX posts_search_idx ON posts USING gin (search)`);

    await q.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        -- Replies are one level deep: parent_id always names a top-level comment.
        parent_id uuid REFERENCES comments(id) ON DELETE CASCADE,
        -- Thread order key: the top-level comment's created_at and id (its own for a top-level one).
        thread_created_at timestamptz NOT NULL,
        thread_id uuid NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX comments_thread_order_idx ON comments (post_id, thread_created_at, thread_id, (parent_id IS NOT NULL), created_at, id)`,
    );
    await q.query(`CREATE INDEX comments_parent_idx ON comments (parent_id)`);
    await q.query(`CREATE INDEX comments_author_idx ON comments (author_id)`);
    await q.query(`ALTER TABLE posts ADD CONSTRAINT posts_accepted_answer_fkey FOREIGN KEY (accepted_answer_id) REFERENCES comments(id) ON DELETE SET NULL`);

    await q.query(`
      CREATE TABLE post_votes (
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, user_id)
      )`);
    await q.query(`CREATE INDEX post_votes_user_idx ON post_votes (user_id, post_id)`);

    await q.query(`
      CREATE TABLE tag_counts (
        tag text PRIMARY KEY,
        count integer NOT NULL CHECK (count >= 0)
      )`);
    await q.query(`CREATE INDEX tag_counts_popular_idx ON tag_counts (count DESC, tag)`);

    // The post's search document.
    await q.query(`
      CREATE FUNCTION knowledge_post_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search :=
          setweight(to_tsvector('english', NEW.title), 'A') ||
          setweight(to_tsvector('english', array_to_string(NEW.tags, ' ')), 'B') ||
          setweight(to_tsvector('english', NEW.body), 'C') ||
          setweight(NEW.comments_tsv, 'D');
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER posts_search BEFORE INSERT OR UPDATE OF title, body, tags, comments_tsv ON posts
      FOR EACH ROW EXECUTE FUNCTION knowledge_post_search()`);

    // Tag usage for the "most used tags" list.
    await q.query(`
      CREATE FUNCTION knowledge_tag_counts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE tag_counts SET count = count - 1 WHERE tag = ANY (OLD.tags);
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
          INSERT INTO tag_counts (tag, count) SELECT DISTINCT t, 1 FROM unnest(NEW.tags) t
          ON CONFLICT (tag) DO UPDATE SET count = tag_counts.count + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER posts_tag_counts AFTER INSERT OR DELETE OR UPDATE OF tags ON posts
      FOR EACH ROW EXECUTE FUNCTION knowledge_tag_counts()`);

    // Comment count and the comments' part of the search document. Writers lock the post row
    // first (SELECT ... FOR UPDATE), so the recount below sees every committed comment.
    await q.query(`
      CREATE FUNCTION knowledge_comment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE posts SET
            comment_count = comment_count + 1,
            -- A tsvector is capped at 1 MB; past ~half of that, further comments stop adding words.
            comments_tsv = CASE WHEN pg_column_size(comments_tsv) > 500000 THEN comments_tsv
                                ELSE comments_tsv || to_tsvector('english', NEW.body) END
          WHERE id = NEW.post_id;
          RETURN NULL;
        END IF;
        UPDATE posts p SET
          comment_count = (SELECT count(*) FROM comments c WHERE c.post_id = p.id),
          comments_tsv = (SELECT coalesce(to_tsvector('english', left(string_agg(c.body, ' ' ORDER BY c.created_at), 200000)), ''::tsvector)
                          FROM comments c WHERE c.post_id = p.id)
        WHERE p.id = OLD.post_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER comments_changed AFTER INSERT OR DELETE OR UPDATE OF body ON comments
      FOR EACH ROW EXECUTE FUNCTION knowledge_comment_changed()`);

    // Name prefix search for people and guilds ("simple": names are not stemmed).
    await q.query(`CREATE INDEX knowledge_users_name_search_idx ON users USING gin (to_tsvector('simple', display_name))`);
    await q.query(`CREATE INDEX knowledge_guilds_name_search_idx ON guilds USING gin (to_tsvector('simple', name))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX knowledge_guilds_name_search_idx`);
    await q.query(`DROP INDEX knowledge_users_name_search_idx`);
    await q.query(`DROP TABLE tag_counts`);
    await q.query(`DROP TABLE post_votes`);
    await q.query(`ALTER TABLE posts DROP CONSTRAINT posts_accepted_answer_fkey`);
    await q.query(`DROP TABLE comments`);
    await q.query(`DROP TABLE posts`);
    await q.query(`DROP FUNCTION knowledge_comment_changed()`);
    await q.query(`DROP FUNCTION knowledge_tag_counts()`);
    await q.query(`DROP FUNCTION knowledge_post_search()`);
  }
}
