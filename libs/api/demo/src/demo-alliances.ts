import type { SeedAlliance, SeedKeyResult } from '@guildhall/api-alliances';
import type { SquadEntity, TribeEntity } from '@guildhall/api-org';
import type { DemoOrgReads } from './demo-standards';

/** The organisation just committed, as the alliances and the team interfaces are planned from it. */
export interface DemoOrgSnapshot {
  tribes: TribeEntity[];
  squads: SquadEntity[];
  /** Each squad's members, by display name. */
  membersOf: Map<string, string[]>;
}

/** The demo people the plans give parts to, by their seat (see DEMO_ACCOUNTS). */
export interface DemoCast {
  admin: string;
  /** Lena Lindgren, tribe lead of Payments: she forms the alliance and sits in its trio, so she can edit it. */
  tribeLead: string;
  /** Max Member, of squad Checkout: Checkout is on the alliance's milestones, so he can update its key results. */
  member: string;
  /** Gita Rao, of squad Search. */
  coordinator: string;
}

const DAY = 86_400_000;

/** Reads the tribes, squads and squad members through org's services (the pool), before any write transaction opens. */
export async function readDemoOrg(org: DemoOrgReads): Promise<DemoOrgSnapshot> {
  const tribes = await org.tribes.list();
  const squads = await org.squads.byTribes(tribes.map((t) => t.id));
  const rows = await org.squads.memberRows(squads.map((s) => s.id));
  const membersOf = new Map<string, string[]>(squads.map((s) => [s.id, []]));
  for (const r of rows) membersOf.get(r.squad_id)?.push(r.user_id);
  return { tribes, squads, membersOf };
}

/** The demo's alliance, across Payments, Discovery and Platform. */
export const DEMO_ALLIANCE = {
  name: 'One-tap subscriptions',
  goal: 'Any listener can go from a track they love to a paid subscription in one tap, in every market, by the end of the quarter.',
  /** Most important first. */
  criteria: ['Listener trust before conversion', 'Reuse platform services before building new ones', 'Launch in every market at once', 'Measurable within one sprint'],
  tribes: ['payments', 'discovery', 'platform'],
};

/** Which of the alliance's decisions (in the plan's order) resolved the demo's resolved tension. */
export const REFUND_DECISION = 1;

/**
 * The demo's alliance, for the alliances context's `seedAlliances`: ACTIVE across three tribes,
 * formed by Payments' tribe lead ten weeks ago; two objectives whose key results rise and fall
 * (p95 checkout latency 800 → 300 ms, now 520) with weekly updates since; milestones done, at
 * risk, missed and planned, most labelled with a squad of its tribes (Checkout among them); two
 * decisions citing its criteria (the second resolved the tension over refund emails).
 */
export function planDemoAlliances(snapshot: DemoOrgSnapshot, cast: DemoCast, now = new Date()): SeedAlliance[] {
  const at = (days: number, hours = 0) => new Date(now.getTime() + days * DAY + hours * 3_600_000);
  const tribe = (slug: string) => {
    const found = snapshot.tribes.find((t) => t.slug === slug);
    if (!found) throw new Error(`The demo organisation has no tribe ${slug}.`);
    return found;
  };
  const squad = (name: string) => snapshot.squads.find((s) => s.name === name)?.id ?? null;
  const [payments, discovery, platform] = DEMO_ALLIANCE.tribes.map(tribe);
  const trio = (t: TribeEntity) => [t.tribeLeadId, t.productLeadId, t.designLeadId].filter((id): id is string => !!id);
  // Who reports the numbers: trio members of all three tribes, and Checkout's Max.
  const reporters = [cast.tribeLead, cast.member, ...trio(platform), ...trio(discovery), ...trio(payments)];
  const [trust, reuse, everyMarket, measurable] = DEMO_ALLIANCE.criteria;

  /** Weekly values, the last one this week: `values[0]` is where it started, `weeksAgo` weeks back. */
  const weekly = (title: string, unit: string | null, baseline: number, target: number, values: number[], offset: number): SeedKeyResult => ({
    title,
    unit,
    baseline,
    target,
    updates: values.map((value, i) => ({ value, byId: reporters[(i + offset) % reporters.length], at: at(-7 * (values.length - 1 - i) - 1, -offset) })),
  });

  return [
    {
      name: DEMO_ALLIANCE.name,
      goal: DEMO_ALLIANCE.goal,
      status: 'ACTIVE',
      criteria: DEMO_ALLIANCE.criteria,
      createdById: cast.tribeLead,
      createdAt: at(-70),
      tribeIds: [payments.id, discovery.id, platform.id],
      objectives: [
        {
          title: 'Checkout feels instant',
          keyResults: [
            // A falling target: lower is better.
            weekly('p95 checkout latency', 'ms', 800, 300, [800, 790, 760, 700, 690, 640, 600, 560, 520], 0),
            weekly('Subscriptions started from discovery', '%', 2.1, 4, [2.1, 2.2, 2.2, 2.4, 2.3, 2.6, 2.8, 3], 1),
          ],
        },
        {
          title: 'One flow in every market',
          keyResults: [
            weekly('Markets on the unified checkout', 'markets', 3, 24, [3, 3, 5, 8, 8, 11, 14], 2),
            // Falling too, and slower than hoped.
            weekly('Failed payments per 10,000 checkouts', null, 45, 10, [45, 44, 41, 38, 39, 34, 31], 3),
          ],
        },
      ],
      milestones: [
        { title: 'Unified payment API live in staging', dueDate: at(-42), squadId: squad('Checkout'), status: 'DONE' },
        { title: 'Subscribe button on search results', dueDate: at(-21), squadId: squad('Search'), status: 'DONE' },
        { title: 'Wallet top-ups in Brazil', dueDate: at(-6), squadId: squad('Wallet'), status: 'MISSED' },
        { title: 'Checkout traced end to end', dueDate: at(5), squadId: squad('Observability'), status: 'AT_RISK' },
        { title: 'One-tap upgrade in the checkout', dueDate: at(12), squadId: squad('Checkout'), status: 'PLANNED' },
        { title: 'Personalised upgrade offers', dueDate: at(19), squadId: squad('Recommendations'), status: 'PLANNED' },
        { title: 'Launch in 24 markets', dueDate: at(45), squadId: null, status: 'PLANNED' },
      ],
      decisions: [
        {
          title: "Order events go through the platform's event stream",
          context: 'Checkout needs order events for the upgrade flow. A queue of its own would ship a week sooner; the Data Platform stream is already monitored and replayable.',
          outcome: "Checkout publishes order events on the Data Platform's event stream and accepts the week's delay.",
          criteria: [reuse, measurable],
          decidedById: platform.tribeLeadId ?? cast.admin,
          decidedAt: at(-35),
        },
        {
          title: 'Payments sends every refund email',
          context: 'Listeners got two refund emails, one from Payments and one from the squad that sold the subscription, and asked support whether they had been refunded twice.',
          outcome: 'Payments alone sends refund emails, in every market; other squads link to them. The interface agreement with the consuming squads says so.',
          criteria: [trust, everyMarket],
          decidedById: cast.tribeLead,
          decidedAt: at(-15, -1),
        },
      ],
    },
  ];
}
