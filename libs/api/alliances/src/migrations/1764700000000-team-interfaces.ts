import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Team interfaces and tension reviews (issue 16): squads' offers (their "team API"), interface
 * agreements between a providing and a consuming squad, dependencies between squads, tensions
 * with the squads they involve, and the people on call as coaches.
 *
 * A retired offer keeps its row (`retired_at`), so the agreements made on it still read it; its
 * `revision` is bumped by every edit and checked in the UPDATE's WHERE when the editor gives it.
 * An agreement records who proposed it and from which squad (`proposed_by_squad_id`): only the
 * other squad accepts. Status moves are checked in each UPDATE's WHERE (the status expected), so
 * of two concurrent moves exactly one happens. `interface_agreements.tension_id` is the tension
 * whose review last amended or proposed the agreement: `Tension.agreements` reads it backwards.
 */
export class TeamInterfaces1764700000000 implements MigrationInterface {
  name = 'TeamInterfaces1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE squad_offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        squad_id uuid NOT NULL REFERENCES squads(id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL,
        expectations text,
        limits text,
        published_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        revision integer NOT NULL DEFAULT 1,
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX squad_offers_squad_idx ON squad_offers (squad_id, created_at, id) WHERE retired_at IS NULL`);

    await q.query(`
      CREATE TABLE team_tensions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid REFERENCES alliances(id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL,
        status text NOT NULL DEFAULT 'SURFACED' CHECK (status IN ('SURFACED', 'IN_REVIEW', 'RESOLVED')),
        wants_coach boolean NOT NULL DEFAULT false,
        facilitator_id uuid REFERENCES users(id) ON DELETE SET NULL,
        resolution text,
        decision_id uuid REFERENCES alliance_decisions(id) ON DELETE SET NULL,
        raised_by_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        review_started_at timestamptz,
        review_started_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        resolved_at timestamptz,
        resolved_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'RESOLVED') = (resolution IS NOT NULL AND resolved_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX team_tensions_agenda_idx ON team_tensions ((status = 'RESOLVED'), created_at, id)`);
    await q.query(`CREATE INDEX team_tensions_alliance_idx ON team_tensions (alliance_id) WHERE alliance_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE team_tension_squads (
        tension_id uuid NOT NULL REFERENCES team_tensions(id) ON DELETE CASCADE,
        squad_id uuid NOT NULL REFERENCES squads(id) ON DELETE CASCADE,
        position integer NOT NULL,
        PRIMARY KEY (tension_id, squad_id)
      )`);
    await q.query(`CREATE INDEX team_tension_squads_squad_idx ON team_tension_squads (squad_id)`);

    await q.query(`
      CREATE TABLE interface_agreements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES squad_offers(id) ON DELETE CASCADE,
        provider_squad_id uuid NOT NULL REFERENCES squads(id) ON DELETE CASCADE,
        consumer_squad_id uuid NOT NULL REFERENCES squads(id) ON DELETE CASCADE,
        terms text NOT NULL,
        mode text NOT NULL DEFAULT 'X_AS_A_SERVICE' CHECK (mode IN ('COLLABORATION', 'X_AS_A_SERVICE', 'FACILITATING')),
        status text NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'AGREED', 'RETIRED')),
        review_by timestamptz,
        proposed_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        proposed_by_squad_id uuid NOT NULL REFERENCES squads(id) ON DELETE CASCADE,
        tension_id uuid REFERENCES team_tensions(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (provider_squad_id <> consumer_squad_id),
        CHECK (proposed_by_squad_id IN (provider_squad_id, consumer_squad_id))
      )`);
    await q.query(`CREATE INDEX interface_agreements_provider_idx ON interface_agreements (provider_squad_id)`);
    await q.query(`CREATE INDEX interface_agreements_consumer_idx ON interface_agreements (consumer_squad_id)`);
    await q.query(`CREATE INDEX interface_agreements_tension_idx ON interface_agreements (tension_id) WHERE tension_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE squad_dependencies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid REFERENCES alliances(id) ON DELETE CASCADE,
        requester_squad_id uuid NOT NULL REFERENCES squads(id) ON DELETE CASCADE,
        provider_squad_id uuid NOT NULL REFERENCES squads(id) ON DELETE CASCADE,
        offer_id uuid REFERENCES squad_offers(id) ON DELETE SET NULL,
        description text NOT NULL,
        needed_by timestamptz,
        status text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DELIVERED', 'DECLINED')),
        response text,
        requested_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        responded_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (requester_squad_id <> provider_squad_id),
        CHECK (status <> 'DECLINED' OR response IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX squad_dependencies_requester_idx ON squad_dependencies (requester_squad_id)`);
    await q.query(`CREATE INDEX squad_dependencies_provider_idx ON squad_dependencies (provider_squad_id)`);
    await q.query(`CREATE INDEX squad_dependencies_alliance_idx ON squad_dependencies (alliance_id) WHERE alliance_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE team_coaches (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE team_coaches`);
    await q.query(`DROP TABLE squad_dependencies`);
    await q.query(`DROP TABLE interface_agreements`);
    await q.query(`DROP TABLE team_tension_squads`);
    await q.query(`DROP TABLE team_tensions`);
    await q.query(`DROP TABLE squad_offers`);
  }
}
