import { EntityManager } from 'typeorm';
import { nextFreeSlug, slugify } from '@guildhall/api-org';
import type { AdoptionStatusName, StandardLevelName } from '@guildhall/shared-domain';

/** One standard of the demo organisation, as it should look once seeded. */
export interface SeedStandard {
  chapterId: string;
  /** Who wrote and published it (the chapter's lead). */
  authorId: string;
  title: string;
  summary?: string | null;
  level: StandardLevelName;
  adoptBy?: Date | null;
  /** Published versions, oldest first; none leaves it a draft. */
  versions: { body: string; changeNote?: string | null; publishedAt: Date }[];
  /** The working text when it differs from the last version (a draft, or the next version being prepared). */
  draftBody?: string;
  /** IN_REVIEW opens review on the draft; DEPRECATED needs `deprecation`. Otherwise DRAFT or PUBLISHED follow from `versions`. */
  status?: 'IN_REVIEW' | 'DEPRECATED';
  deprecation?: { reason: string; supersededByTitle?: string };
  reviewComments?: { authorId: string; body: string; at: Date }[];
  /** What squads recorded: `version` for ADOPTED / IN_PROGRESS, a note for EXEMPT. */
  adoptions?: { squadId: string; status: AdoptionStatusName; version?: number | null; note?: string | null; exemptUntil?: Date | null; byId: string; at: Date }[];
}

/**
 * Writes the demo's standards in the caller's transaction: their versions, review comments and
 * adoptions (with each adoption's change in history), one set-based statement per kind of row,
 * so the seeder stays one transaction. For the demo seeder only: it trusts its plan (no
 * permission or lifecycle checks), and returns each standard's id and slug by title (titles are unique within a plan).
 */
export async function seedStandards(tx: EntityManager, plan: SeedStandard[]): Promise<Map<string, { id: string; slug: string }>> {
  const seeded = new Map<string, { id: string; slug: string }>();
  if (!plan.length) return seeded;
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['guildhall:slug:standards']);
  const taken = new Set<string>((await tx.query(`SELECT slug FROM standards`)).map((r: { slug: string }) => r.slug));
  const slugs = plan.map((s) => {
    const slug = nextFreeSlug(slugify(s.title, 'standard'), taken);
    taken.add(slug);
    return slug;
  });
  const status = (s: SeedStandard) => s.status ?? (s.versions.length ? 'PUBLISHED' : 'DRAFT');
  const last = (s: SeedStandard) => s.versions[s.versions.length - 1];
  const rows: { id: string; slug: string }[] = await tx.query(
    `INSERT INTO standards (slug, chapter_id, title, summary, level, status, draft_body, draft_pending, current_version, adopt_by, deprecation_reason, created_by_id, created_at, updated_at)
     SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::int[], $10::timestamptz[], $11::text[], $12::uuid[], $13::timestamptz[], $14::timestamptz[])
     RETURNING id, slug`,
    [
      slugs,
      plan.map((s) => s.chapterId),
      plan.map((s) => s.title),
      plan.map((s) => s.summary ?? null),
      plan.map((s) => s.level),
      plan.map(status),
      plan.map((s) => s.draftBody ?? last(s)?.body ?? ''),
      plan.map((s) => !s.versions.length || (s.draftBody !== undefined && s.draftBody !== last(s).body)),
      plan.map((s) => s.versions.length || null),
      plan.map((s) => s.adoptBy ?? null),
      plan.map((s) => s.deprecation?.reason ?? null),
      plan.map((s) => s.authorId),
      plan.map((s) => s.versions[0]?.publishedAt ?? new Date()),
      plan.map((s) => last(s)?.publishedAt ?? new Date()),
    ],
  );
  const idOf = new Map(rows.map((r) => [r.slug, r.id]));
  plan.forEach((s, i) => seeded.set(s.title, { id: idOf.get(slugs[i])!, slug: slugs[i] }));
  const id = (s: SeedStandard) => seeded.get(s.title)!.id;

  const versions = plan.flatMap((s) => s.versions.map((v, n) => ({ standardId: id(s), number: n + 1, ...v, by: s.authorId })));
  await tx.query(
    `INSERT INTO standard_versions (standard_id, number, body, change_note, published_at, published_by_id)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::timestamptz[], $6::uuid[])`,
    [versions.map((v) => v.standardId), versions.map((v) => v.number), versions.map((v) => v.body), versions.map((v) => v.changeNote ?? null), versions.map((v) => v.publishedAt), versions.map((v) => v.by)],
  );

  const successors = plan.filter((s) => s.deprecation?.supersededByTitle && seeded.has(s.deprecation.supersededByTitle));
  if (successors.length) {
    await tx.query(`UPDATE standards AS s SET superseded_by_id = x.successor FROM unnest($1::uuid[], $2::uuid[]) AS x(id, successor) WHERE s.id = x.id`, [
      successors.map(id),
      successors.map((s) => seeded.get(s.deprecation!.supersededByTitle!)!.id),
    ]);
  }

  const comments = plan.flatMap((s) => (s.reviewComments ?? []).map((c) => ({ standardId: id(s), ...c })));
  await tx.query(
    `INSERT INTO standard_review_comments (standard_id, author_id, body, created_at) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])`,
    [comments.map((c) => c.standardId), comments.map((c) => c.authorId), comments.map((c) => c.body), comments.map((c) => c.at)],
  );

  const adoptions = plan.flatMap((s) =>
    (s.adoptions ?? []).map((a) => ({ standardId: id(s), ...a, version: a.status === 'ADOPTED' || a.status === 'IN_PROGRESS' ? (a.version ?? s.versions.length) : null })),
  );
  const params = [
    adoptions.map((a) => a.standardId),
    adoptions.map((a) => a.squadId),
    adoptions.map((a) => a.status),
    adoptions.map((a) => a.version),
    adoptions.map((a) => a.note ?? null),
    adoptions.map((a) => a.exemptUntil ?? null),
    adoptions.map((a) => a.byId),
    adoptions.map((a) => a.at),
  ];
  const source = `unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::text[], $6::timestamptz[], $7::uuid[], $8::timestamptz[])
    AS x(standard_id, squad_id, status, version, note, exempt_until, by_id, at)`;
  await tx.query(
    `INSERT INTO standard_adoptions (standard_id, squad_id, status, version, note, exempt_until, updated_by_id, updated_at)
     SELECT standard_id, squad_id, status, version, note, exempt_until, by_id, at FROM ${source} ON CONFLICT (standard_id, squad_id) DO NOTHING`,
    params,
  );
  await tx.query(
    `INSERT INTO standard_adoption_changes (standard_id, squad_id, from_status, to_status, to_version, note, exempt_until, changed_by_id, changed_at)
     SELECT standard_id, squad_id, 'NOT_STARTED', status, version, note, exempt_until, by_id, at FROM ${source}`,
    params,
  );
  return seeded;
}
