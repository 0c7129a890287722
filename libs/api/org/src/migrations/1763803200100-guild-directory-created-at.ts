import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `org_guild_directory` carries every field of the GraphQL Guild that is stored (created_at added
 * to the end), so a page's statement can read its guilds along (`guildColumns`).
 */
export class GuildDirectoryCreatedAt1763803200100 implements MigrationInterface {
  name = 'GuildDirectoryCreatedAt1763803200100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE VIEW org_guild_directory AS SELECT id, slug, name, description, created_at FROM guilds`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW org_guild_directory`);
    await q.query(`CREATE VIEW org_guild_directory AS SELECT id, slug, name, description FROM guilds`);
  }
}
