import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The alliances context's tables: alliances with their tribes, objectives and key results (with
 * every update kept as history), milestones and the decision log (a decision may stand outside
 * any alliance). Foreign keys reach org's tribes and squads and auth's users, as standards' do;
 * the code never names those tables in SQL.
 */
export class Alliances1764600000000 implements MigrationInterface {
  name = 'Alliances1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alliances (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        goal text NOT NULL,
        status text NOT NULL DEFAULT 'FORMING' CHECK (status IN ('FORMING', 'ACTIVE', 'COMPLETED', 'DISBANDED')),
        criteria text[] NOT NULL DEFAULT '{}',
        revision integer NOT NULL DEFAULT 1,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX alliances_status_name_idx ON alliances (status, lower(name), id)`);

    await q.query(`
      CREATE TABLE alliance_tribes (
        alliance_id uuid NOT NULL REFERENCES alliances(id) ON DELETE CASCADE,
        tribe_id uuid NOT NULL REFERENCES tribes(id) ON DELETE CASCADE,
        added_by uuid REFERENCES users(id) ON DELETE SET NULL,
        added_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (alliance_id, tribe_id)
      )`);
    await q.query(`CREATE INDEX alliance_tribes_tribe_idx ON alliance_tribes (tribe_id, alliance_id)`);

    await q.query(`
      CREATE TABLE alliance_objectives (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances(id) ON DELETE CASCADE,
        title text NOT NULL,
        position integer NOT NULL,
        UNIQUE (alliance_id, position)
      )`);

    await q.query(`
      CREATE TABLE alliance_key_results (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        objective_id uuid NOT NULL REFERENCES alliance_objectives(id) ON DELETE CASCADE,
        title text NOT NULL,
        unit text,
        baseline double precision NOT NULL,
        target double precision NOT NULL,
        current double precision NOT NULL,
        position integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (objective_id, position)
      )`);

    await q.query(`
      CREATE TABLE alliance_key_result_updates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key_result_id uuid NOT NULL REFERENCES alliance_key_results(id) ON DELETE CASCADE,
        value double precision NOT NULL,
        updated_by uuid NOT NULL REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX alliance_key_result_updates_kr_idx ON alliance_key_result_updates (key_result_id, updated_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE alliance_milestones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances(id) ON DELETE CASCADE,
        title text NOT NULL,
        due_date timestamptz NOT NULL,
        squad_id uuid REFERENCES squads(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'AT_RISK', 'DONE', 'MISSED')),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX alliance_milestones_alliance_idx ON alliance_milestones (alliance_id, due_date, created_at, id)`);
    await q.query(`CREATE INDEX alliance_milestones_squad_idx ON alliance_milestones (squad_id) WHERE squad_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE alliance_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid REFERENCES alliances(id) ON DELETE CASCADE,
        title text NOT NULL,
        context text,
        outcome text NOT NULL,
        criteria text[] NOT NULL DEFAULT '{}',
        decided_by uuid NOT NULL REFERENCES users(id),
        decided_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (alliance_id IS NOT NULL OR cardinality(criteria) = 0)
      )`);
    await q.query(`CREATE INDEX alliance_decisions_alliance_idx ON alliance_decisions (alliance_id, decided_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE alliance_decisions`);
    await q.query(`DROP TABLE alliance_milestones`);
    await q.query(`DROP TABLE alliance_key_result_updates`);
    await q.query(`DROP TABLE alliance_key_results`);
    await q.query(`DROP TABLE alliance_objectives`);
    await q.query(`DROP TABLE alliance_tribes`);
    await q.query(`DROP TABLE alliances`);
  }
}
