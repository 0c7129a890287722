import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read models org publishes for other contexts' SQL, where a join in one statement is what
 * performance needs (the feed walks the viewer's guilds; a comment write locks the post and reads
 * the writer's guild role together; search ranks guild names). Org's tables stay its own: it may
 * change them as long as these views keep their columns. Plain views, so PostgreSQL inlines them
 * and every plan uses the tables' indexes as before.
 */
export class OrgReadModels1763801000000 implements MigrationInterface {
  name = 'OrgReadModels1763801000000';

  async up(q: QueryRunner): Promise<void> {
    // Who is in which guild, and who coordinates it.
    await q.query(`CREATE VIEW org_guild_members AS SELECT guild_id, user_id, is_coordinator FROM guild_memberships`);
    // Guild names and descriptions, for search.
    await q.query(`CREATE VIEW org_guild_directory AS SELECT id, slug, name, description FROM guilds`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW org_guild_directory`);
    await q.query(`DROP VIEW org_guild_members`);
  }
}
