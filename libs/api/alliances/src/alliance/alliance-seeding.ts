import { EntityManager } from 'typeorm';
import { nextFreeSlug, slugify } from '@guildhall/api-org';
import type { AllianceStatusName, MilestoneStatusName } from '@guildhall/shared-domain';

/** One key result of the demo, with the values it was set to (oldest first; the first is where it started). */
export interface SeedKeyResult {
  title: string;
  unit?: string | null;
  baseline: number;
  target: number;
  /** At least one; the last is its current value. */
  updates: { value: number; byId: string; at: Date }[];
}

/** One alliance of the demo organisation, as it should look once seeded. */
export interface SeedAlliance {
  name: string;
  goal: string;
  status: AllianceStatusName;
  criteria: string[];
  createdById: string;
  createdAt: Date;
  tribeIds: string[];
  objectives: { title: string; keyResults: SeedKeyResult[] }[];
  milestones: { title: string; dueDate: Date; squadId?: string | null; status: MilestoneStatusName; createdAt?: Date }[];
  decisions: { title: string; context?: string | null; outcome: string; criteria: string[]; decidedById: string; decidedAt: Date }[];
}

/** A seeded alliance: its id, its slug and its decisions' ids (in the plan's order). */
export interface SeededAlliance {
  id: string;
  slug: string;
  decisionIds: string[];
}

/**
 * Writes the demo's alliances in the caller's transaction: their tribes, objectives, key results
 * with their history of updates, milestones and decisions, one set-based statement per kind of
 * row. For the demo seeder only: it trusts its plan (no permission or rule checks), and returns
 * each alliance's id, slug and decision ids by name (names are unique within a plan).
 */
export async function seedAlliances(tx: EntityManager, plan: SeedAlliance[]): Promise<Map<string, SeededAlliance>> {
  const seeded = new Map<string, SeededAlliance>();
  if (!plan.length) return seeded;
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['guildhall:slug:alliances']);
  const taken = new Set<string>((await tx.query(`SELECT slug FROM alliances`)).map((r: { slug: string }) => r.slug));
  const slugs = plan.map((a) => {
    const slug = nextFreeSlug(slugify(a.name, 'alliance'), taken);
    taken.add(slug);
    return slug;
  });
  const rows: { id: string; slug: string }[] = await tx.query(
    `INSERT INTO alliances (slug, name, goal, status, criteria, created_by, created_at, updated_at)
     SELECT x.slug, x.name, x.goal, x.status, ARRAY(SELECT jsonb_array_elements_text(x.criteria)), x.created_by, x.created_at, x.created_at
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::uuid[], $7::timestamptz[]) AS x(slug, name, goal, status, criteria, created_by, created_at)
     RETURNING id, slug`,
    [
      slugs,
      plan.map((a) => a.name),
      plan.map((a) => a.goal),
      plan.map((a) => a.status),
      plan.map((a) => JSON.stringify(a.criteria)),
      plan.map((a) => a.createdById),
      plan.map((a) => a.createdAt),
    ],
  );
  const idOf = new Map(rows.map((r) => [r.slug, r.id]));
  plan.forEach((a, i) => seeded.set(a.name, { id: idOf.get(slugs[i])!, slug: slugs[i], decisionIds: [] }));
  const id = (a: SeedAlliance) => seeded.get(a.name)!.id;

  const tribes = plan.flatMap((a) => [...new Set(a.tribeIds)].map((tribeId) => ({ allianceId: id(a), tribeId, by: a.createdById, at: a.createdAt })));
  await tx.query(`INSERT INTO alliance_tribes (alliance_id, tribe_id, added_by, added_at) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[])`, [
    tribes.map((t) => t.allianceId),
    tribes.map((t) => t.tribeId),
    tribes.map((t) => t.by),
    tribes.map((t) => t.at),
  ]);

  const objectives = plan.flatMap((a) => a.objectives.map((o, n) => ({ allianceId: id(a), position: n + 1, ...o })));
  const objectiveRows: { id: string; alliance_id: string; position: number }[] = await tx.query(
    `INSERT INTO alliance_objectives (alliance_id, title, position) SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[]) RETURNING id, alliance_id, position`,
    [objectives.map((o) => o.allianceId), objectives.map((o) => o.title), objectives.map((o) => o.position)],
  );
  const objectiveId = new Map(objectiveRows.map((r) => [`${r.alliance_id}:${r.position}`, r.id]));
  const keyResults = objectives.flatMap((o) =>
    o.keyResults.map((k, n) => ({ objectiveId: objectiveId.get(`${o.allianceId}:${o.position}`)!, position: n + 1, ...k, last: k.updates[k.updates.length - 1] })),
  );
  const keyResultRows: { id: string; objective_id: string; position: number }[] = await tx.query(
    `INSERT INTO alliance_key_results (objective_id, title, unit, baseline, target, current, position, updated_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::float8[], $7::int[], $8::timestamptz[]) RETURNING id, objective_id, position`,
    [
      keyResults.map((k) => k.objectiveId),
      keyResults.map((k) => k.title),
      keyResults.map((k) => k.unit ?? null),
      keyResults.map((k) => k.baseline),
      keyResults.map((k) => k.target),
      keyResults.map((k) => k.last?.value ?? k.baseline),
      keyResults.map((k) => k.position),
      keyResults.map((k) => k.last?.at ?? new Date()),
    ],
  );
  const keyResultId = new Map(keyResultRows.map((r) => [`${r.objective_id}:${r.position}`, r.id]));
  const updates = keyResults.flatMap((k) => k.updates.map((u) => ({ keyResultId: keyResultId.get(`${k.objectiveId}:${k.position}`)!, ...u })));
  await tx.query(
    `INSERT INTO alliance_key_result_updates (key_result_id, value, updated_by, updated_at) SELECT * FROM unnest($1::uuid[], $2::float8[], $3::uuid[], $4::timestamptz[])`,
    [updates.map((u) => u.keyResultId), updates.map((u) => u.value), updates.map((u) => u.byId), updates.map((u) => u.at)],
  );

  const milestones = plan.flatMap((a) => a.milestones.map((m) => ({ allianceId: id(a), ...m, createdAt: m.createdAt ?? a.createdAt })));
  await tx.query(
    `INSERT INTO alliance_milestones (alliance_id, title, due_date, squad_id, status, created_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::uuid[], $5::text[], $6::timestamptz[])`,
    [
      milestones.map((m) => m.allianceId),
      milestones.map((m) => m.title),
      milestones.map((m) => m.dueDate),
      milestones.map((m) => m.squadId ?? null),
      milestones.map((m) => m.status),
      milestones.map((m) => m.createdAt),
    ],
  );

  const decisions = plan.flatMap((a) => a.decisions.map((d) => ({ allianceId: id(a), allianceName: a.name, ...d })));
  const decisionRows: { id: string }[] = await tx.query(
    `INSERT INTO alliance_decisions (alliance_id, title, context, outcome, criteria, decided_by, decided_at)
     SELECT x.alliance_id, x.title, x.context, x.outcome, ARRAY(SELECT jsonb_array_elements_text(x.criteria)), x.decided_by, x.decided_at
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::uuid[], $7::timestamptz[]) WITH ORDINALITY AS x(alliance_id, title, context, outcome, criteria, decided_by, decided_at, n)
     ORDER BY x.n RETURNING id`,
    [
      decisions.map((d) => d.allianceId),
      decisions.map((d) => d.title),
      decisions.map((d) => d.context ?? null),
      decisions.map((d) => d.outcome),
      decisions.map((d) => JSON.stringify(d.criteria)),
      decisions.map((d) => d.decidedById),
      decisions.map((d) => d.decidedAt),
    ],
  );
  decisions.forEach((d, i) => seeded.get(d.allianceName)!.decisionIds.push(decisionRows[i].id));
  return seeded;
}
