import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Spotify-model structure. "At most one squad / one chapter per person" is enforced by
 * the membership tables' primary key on user_id, not only by code.
 */
export class OrgStructure1763800100000 implements MigrationInterface {
  name = 'OrgStructure1763800100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tribes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        mission text,
        tribe_lead_id uuid REFERENCES users(id) ON DELETE SET NULL,
        product_lead_id uuid REFERENCES users(id) ON DELETE SET NULL,
        design_lead_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE squads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        tribe_id uuid NOT NULL REFERENCES tribes(id) ON DELETE CASCADE,
        name text NOT NULL,
        mission text,
        framework text NOT NULL DEFAULT 'SCRUM' CHECK (framework IN ('SCRUM', 'KANBAN', 'SCRUMBAN', 'OTHER')),
        product_owner_id uuid REFERENCES users(id) ON DELETE SET NULL,
        agile_coach_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX squads_tribe_idx ON squads (tribe_id)`);
    await q.query(`
      CREATE TABLE chapters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        tribe_id uuid NOT NULL REFERENCES tribes(id) ON DELETE CASCADE,
        name text NOT NULL,
        discipline text NOT NULL,
        lead_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX chapters_tribe_idx ON chapters (tribe_id)`);
    await q.query(`
      CREATE TABLE squad_memberships (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        squad_id uuid NOT NULL REFERENCES squads(id) ON DELETE CASCADE,
        joined_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX squad_memberships_squad_idx ON squad_memberships (squad_id)`);
    await q.query(`
      CREATE TABLE chapter_memberships (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        chapter_id uuid NOT NULL REFERENCES chapters(id) ON DELETE CASCADE,
        joined_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX chapter_memberships_chapter_idx ON chapter_memberships (chapter_id)`);
    await q.query(`
      CREATE TABLE guilds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        description text,
        created_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX guilds_name_idx ON guilds (lower(name), id)`);
    await q.query(`
      CREATE TABLE guild_memberships (
        guild_id uuid NOT NULL REFERENCES guilds(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        is_coordinator boolean NOT NULL DEFAULT false,
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (guild_id, user_id)
      )`);
    await q.query(`CREATE INDEX guild_memberships_user_idx ON guild_memberships (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['guild_memberships', 'guilds', 'chapter_memberships', 'squad_memberships', 'chapters', 'squads', 'tribes']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
