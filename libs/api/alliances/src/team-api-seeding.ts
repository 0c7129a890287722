import { EntityManager } from 'typeorm';

/** What the demo's team interfaces are built around. */
export interface TeamApiPlan {
  /** Squads, each with a member who acts for it; at least three (the first three carry the agreements, dependencies and tensions). */
  squads: { id: string; name: string; memberId: string }[];
  /** The alliance the dependencies and the tensions belong to, if any. */
  allianceId?: string | null;
  /** The decision that resolved the resolved tension: one of that alliance's (or recorded outside any alliance when there is none). */
  decisionId?: string | null;
  /** Someone who volunteers as a coach and facilitates the tension in review. */
  coachId: string;
  /** Who started and resolved the reviews: a trio member of the squads' tribe, an editor of the alliance or an admin. */
  reviewerId: string;
  /** The moment the demo is seeded at (review and due dates are relative to it). */
  now?: Date;
}

export interface SeededTeamApi {
  offerIds: string[];
  agreementIds: string[];
  dependencyIds: string[];
  tensionIds: string[];
}

const DAY = 86_400_000;

const OFFERS = [
  { title: 'Payment API', description: 'Take card and wallet payments through one REST API, with refunds and webhooks.', expectations: 'Tell us two sprints ahead before a launch that doubles traffic.', limits: 'We do not build checkout screens.' },
  { title: 'Search as a service', description: 'Index your catalogue and query it with typo tolerance and facets.', expectations: 'Send incremental updates, not nightly full dumps.', limits: 'No custom ranking per client.' },
  { title: 'Design review hours', description: 'Two hours a week to review flows and components with your designers.', expectations: 'Book a slot and share the prototype the day before.', limits: null },
  { title: 'Event stream', description: 'Publish and consume domain events with a schema registry.', expectations: 'Version your schemas.', limits: 'Retention is seven days.' },
  { title: 'Mobile release train', description: 'Ship your feature in our fortnightly app release.', expectations: 'Behind a feature flag, merged by Wednesday.', limits: 'No hotfix trains for non-critical features.' },
];

/**
 * Writes the demo's team interfaces in the caller's transaction: offers on every squad but the
 * last, agreements in every status (one agreed and past its review date), dependencies in every
 * status (one overdue), a coach on call, and three tensions: one surfaced, one in review with the
 * coach facilitating, one resolved by the decision (its review amended an agreement, linked both
 * ways). For the demo seeder only: it trusts its plan (no permission or lifecycle checks) and
 * publishes no events. One set-based statement per kind of row.
 */
export async function seedTeamApi(tx: EntityManager, plan: TeamApiPlan): Promise<SeededTeamApi> {
  if (plan.squads.length < 3) throw new Error('seedTeamApi needs at least three squads.');
  const now = plan.now ?? new Date();
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const [s0, s1, s2] = plan.squads;
  const offering = plan.squads.slice(0, plan.squads.length - 1);
  const offers = offering.map((s, i) => ({ squad: s, ...OFFERS[i % OFFERS.length], title: i < OFFERS.length ? OFFERS[i].title : `${OFFERS[i % OFFERS.length].title} (${s.name})` }));
  const offerIds: string[] = (
    await tx.query(
      `INSERT INTO squad_offers (squad_id, title, description, expectations, limits, published_by_id, created_at, updated_at)
       SELECT s, t, d, e, l, p, c, c FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::timestamptz[]) AS x(s, t, d, e, l, p, c)
       RETURNING id`,
      [
        offers.map((o) => o.squad.id),
        offers.map((o) => o.title),
        offers.map((o) => o.description),
        offers.map((o) => o.expectations),
        offers.map((o) => o.limits),
        offers.map((o) => o.squad.memberId),
        offers.map((_, i) => at(-40 + i)),
      ],
    )
  ).map((r: { id: string }) => r.id);
  const [o0, o1] = offerIds;

  await tx.query(`INSERT INTO team_coaches (user_id, note) VALUES ($1, $2) ON CONFLICT (user_id) DO NOTHING`, [
    plan.coachId,
    'Happy to facilitate tension reviews and help two teams write their agreement.',
  ]);

  const tensions = [
    { title: 'Release trains collide', description: 'Both squads plan big releases for the same week and share one QA environment.', squads: [s0, s1], status: 'SURFACED', created: -3 },
    {
      title: 'Search index updates arrive as nightly dumps',
      description: 'Full dumps slow the search cluster every night; the agreement asks for incremental updates.',
      squads: [s1, s2],
      status: 'IN_REVIEW',
      created: -9,
      wantsCoach: true,
    },
    {
      title: 'Who owns the refund emails?',
      description: 'Refund emails are sent twice: once by payments, once by the consuming squad.',
      squads: [s0, s2],
      status: 'RESOLVED',
      created: -20,
    },
  ];
  const tensionIds: string[] = (
    await tx.query(
      `INSERT INTO team_tensions (alliance_id, title, description, status, wants_coach, facilitator_id, resolution, decision_id, raised_by_id,
         review_started_at, review_started_by_id, resolved_at, resolved_by_id, created_at)
       SELECT $1::uuid, t, d, st, wc, f, r, dec, rb, rs, rsb, ra, rab, c
       FROM unnest($2::text[], $3::text[], $4::text[], $5::boolean[], $6::uuid[], $7::text[], $8::uuid[], $9::uuid[], $10::timestamptz[], $11::uuid[], $12::timestamptz[], $13::uuid[], $14::timestamptz[])
         WITH ORDINALITY AS x(t, d, st, wc, f, r, dec, rb, rs, rsb, ra, rab, c, n)
       ORDER BY n RETURNING id`,
      [
        plan.allianceId ?? null,
        tensions.map((t) => t.title),
        tensions.map((t) => t.description),
        tensions.map((t) => t.status),
        tensions.map((t) => !!t.wantsCoach),
        tensions.map((t) => (t.status === 'IN_REVIEW' ? plan.coachId : null)),
        tensions.map((t) => (t.status === 'RESOLVED' ? 'Payments sends the refund email; consumers link to it. The agreement now says so.' : null)),
        tensions.map((t) => (t.status === 'RESOLVED' ? (plan.decisionId ?? null) : null)),
        tensions.map((t) => t.squads[1].memberId),
        tensions.map((t) => (t.status === 'SURFACED' ? null : at(t.created + 2))),
        tensions.map((t) => (t.status === 'SURFACED' ? null : plan.reviewerId)),
        tensions.map((t) => (t.status === 'RESOLVED' ? at(t.created + 5) : null)),
        tensions.map((t) => (t.status === 'RESOLVED' ? plan.reviewerId : null)),
        tensions.map((t) => at(t.created)),
      ],
    )
  ).map((r: { id: string }) => r.id);
  const tensionSquads = tensions.flatMap((t, i) => t.squads.map((s, position) => ({ tensionId: tensionIds[i], squadId: s.id, position: position + 1 })));
  await tx.query(`INSERT INTO team_tension_squads (tension_id, squad_id, position) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[])`, [
    tensionSquads.map((r) => r.tensionId),
    tensionSquads.map((r) => r.squadId),
    tensionSquads.map((r) => r.position),
  ]);

  // provider = the offer's squad; proposed by the consumer unless said otherwise
  const agreements = [
    { offer: o0, provider: s0, consumer: s1, status: 'AGREED', mode: 'X_AS_A_SERVICE', reviewBy: at(60), terms: 'Payments answers API incidents within one hour in office hours; Checkout announces launches two sprints ahead.' },
    { offer: o1, provider: s1, consumer: s2, status: 'AGREED', mode: 'COLLABORATION', reviewBy: at(-10), terms: 'Both squads pair on the index schema until the migration is done; incremental updates only.' },
    {
      offer: o0,
      provider: s0,
      consumer: s2,
      status: 'PROPOSED',
      mode: 'X_AS_A_SERVICE',
      reviewBy: at(90),
      terms: 'Payments sends refund emails; the consumer links to them and sends none of its own.',
      tension: tensionIds[2],
    },
    { offer: o1, provider: s1, consumer: s0, status: 'RETIRED', mode: 'FACILITATING', reviewBy: null, terms: 'Search coached Payments on indexing their transaction history.' },
  ];
  const agreementIds: string[] = (
    await tx.query(
      `INSERT INTO interface_agreements (offer_id, provider_squad_id, consumer_squad_id, terms, mode, status, review_by, proposed_by_id, proposed_by_squad_id, tension_id, created_at, updated_at)
       SELECT o, p, c, t, m, st, rb, pb, pbs, tn, ca, ca
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::uuid[], $9::uuid[], $10::uuid[], $11::timestamptz[])
         WITH ORDINALITY AS x(o, p, c, t, m, st, rb, pb, pbs, tn, ca, n)
       ORDER BY n RETURNING id`,
      [
        agreements.map((a) => a.offer),
        agreements.map((a) => a.provider.id),
        agreements.map((a) => a.consumer.id),
        agreements.map((a) => a.terms),
        agreements.map((a) => a.mode),
        agreements.map((a) => a.status),
        agreements.map((a) => a.reviewBy),
        agreements.map((a) => a.consumer.memberId),
        agreements.map((a) => a.consumer.id),
        agreements.map((a) => a.tension ?? null),
        agreements.map((_, i) => at(-30 + i)),
      ],
    )
  ).map((r: { id: string }) => r.id);

  const dependencies = [
    { requester: s2, provider: s0, offer: o0, status: 'REQUESTED', neededBy: at(14), description: 'Wallet payments in the new checkout flow.', response: null },
    { requester: s1, provider: s0, offer: o0, status: 'REQUESTED', neededBy: at(-5), description: 'A sandbox account for load tests.', response: null },
    { requester: s0, provider: s1, offer: o1, status: 'ACCEPTED', neededBy: at(21), description: 'Search over transaction history.', response: 'In our next sprint.' },
    { requester: s2, provider: s1, offer: o1, status: 'DELIVERED', neededBy: at(-7), description: 'Facets for product colour and size.', response: 'Live since Monday.' },
    { requester: s1, provider: s2, offer: null, status: 'DECLINED', neededBy: at(30), description: 'A custom design system theme for the search page.', response: 'Not this quarter: our roadmap is full. Use the default theme for now.' },
  ];
  const dependencyIds: string[] = (
    await tx.query(
      `INSERT INTO squad_dependencies (alliance_id, requester_squad_id, provider_squad_id, offer_id, description, needed_by, status, response, requested_by_id, responded_by_id, created_at, updated_at)
       SELECT $1::uuid, r, p, o, d, nb, st, re, rb, CASE WHEN st = 'REQUESTED' THEN NULL ELSE pm END, ca, ca
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::timestamptz[], $7::text[], $8::text[], $9::uuid[], $10::uuid[], $11::timestamptz[])
         WITH ORDINALITY AS x(r, p, o, d, nb, st, re, rb, pm, ca, n)
       ORDER BY n RETURNING id`,
      [
        plan.allianceId ?? null,
        dependencies.map((d) => d.requester.id),
        dependencies.map((d) => d.provider.id),
        dependencies.map((d) => d.offer),
        dependencies.map((d) => d.description),
        dependencies.map((d) => d.neededBy),
        dependencies.map((d) => d.status),
        dependencies.map((d) => d.response),
        dependencies.map((d) => d.requester.memberId),
        dependencies.map((d) => d.provider.memberId),
        dependencies.map((_, i) => at(-25 + i)),
      ],
    )
  ).map((r: { id: string }) => r.id);

  return { offerIds, agreementIds, dependencyIds, tensionIds };
}
