import type { SeededAlliance, TeamApiPlan } from '@guildhall/api-alliances';
import type { DemoCast, DemoOrgSnapshot } from './demo-alliances';
import { REFUND_DECISION } from './demo-alliances';

/**
 * The squads that publish offers, in the order the team interfaces' seeding gives them parts: the
 * first three carry the agreements, dependencies and tensions (Checkout provides payments, Search
 * search, Wallet consumes both and owns refunds); every squad named but the last publishes an
 * offer, so seven of the ten squads are named and six offer something.
 */
const SQUADS = ['Checkout', 'Search', 'Wallet', 'Data Platform', 'Developer Experience', 'Billing', 'Observability'];

/** Playlists' agile coach volunteers as a coach and facilitates the tension in review: a squad outside the tension. */
const COACH_SQUAD = 'Playlists';

/**
 * The demo's team interfaces, for the alliances context's `seedTeamApi`, around the demo alliance:
 * offers on most squads, agreements in every status (one due for review), dependencies in every
 * status (one overdue, one declined with a response), a coach on call and three tensions (one
 * surfaced, one in review facilitated by the coach, one resolved by the alliance's decision on
 * refund emails). Max Member acts for Checkout and Gita Rao for Search, so the demo accounts see
 * their squads' side; Payments' tribe lead, an editor of the alliance, ran the reviews.
 */
export function planDemoTeamApi(snapshot: DemoOrgSnapshot, alliance: SeededAlliance, cast: DemoCast, now = new Date()): TeamApiPlan {
  const squads = SQUADS.map((name) => {
    const squad = snapshot.squads.find((s) => s.name === name);
    if (!squad) throw new Error(`The demo organisation has no squad ${name}.`);
    const members = snapshot.membersOf.get(squad.id) ?? [];
    const memberId = [cast.member, cast.coordinator].find((id) => members.includes(id)) ?? members[0];
    if (!memberId) throw new Error(`Squad ${name} of the demo organisation has no members.`);
    return { id: squad.id, name: squad.name, memberId };
  });
  const coach = snapshot.squads.find((s) => s.name === COACH_SQUAD)?.agileCoachId ?? cast.admin;
  return {
    squads,
    allianceId: alliance.id,
    decisionId: alliance.decisionIds[REFUND_DECISION] ?? null,
    coachId: coach,
    reviewerId: cast.tribeLead,
    now,
  };
}
