import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeps a post's search document in the row instead of out-of-line TOAST storage.
 *
 * Search ranks the newest matches of a query, walking posts newest first and testing each
 * post's document; with the document in TOAST, every post tested costs several extra page
 * reads, and the walk slowed with the table's size (bench: 15–85 ms per search at 100,000
 * posts against 7–18 ms at 10,000). With rows of up to 8 kB kept whole, the same search takes
 * 10–27 ms at 100,000 posts. Rows written from now on are stored this way; `VACUUM FULL posts`
 * rewrites older ones.
 */
export class PostsInlineSearch1763800500000 implements MigrationInterface {
  name = 'PostsInlineSearch1763800500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE posts SET (toast_tuple_target = 8160)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE posts RESET (toast_tuple_target)`);
  }
}
