import { Injectable } from '@nestjs/common';
import { byKeys, GqlContext, groupByKeys, requestLoader } from '@guildhall/api-core';
import { UserLoaders } from '@guildhall/api-auth';
import { TribeEntity, TribeLoaders } from '@guildhall/api-org';
import { AllianceAccess, trioMemberIds } from './alliance/alliance-access';
import { AllianceRecord } from './alliance/alliance.record';
import { AlliancesService } from './alliance/alliances.service';
import { DecisionRecord } from './decision/decision.record';
import { DecisionsService } from './decision/decisions.service';
import { MilestoneRecord } from './milestone/milestone.record';
import { MilestonesService } from './milestone/milestones.service';
import { KeyResultRecord, KeyResultUpdateRecord, ObjectiveRecord } from './objective/objective.record';
import { ObjectivesService } from './objective/objectives.service';
import { meanProgress } from './objective/progress';

/** The moment each request reads milestones at (overdue is computed against it, so a page agrees with itself). */
const readAt = new WeakMap<object, Date>();

/**
 * Per-request batching for alliances and everything on their page. Keyed by alliance id, so an
 * alliance's page (tribes with trios, objectives with key results and their history, milestones
 * with squads, decisions with who decided) costs the same few statements at any size, and a list
 * of alliances the same as one: tribes, objectives, key results, history, milestones, decisions,
 * plus org's tribes and squads and auth's people, one statement each.
 */
@Injectable()
export class AlliancesLoaders {
  constructor(
    private readonly alliances: AlliancesService,
    private readonly objectives: ObjectivesService,
    private readonly milestones: MilestonesService,
    private readonly decisions: DecisionsService,
    private readonly tribeLoaders: TribeLoaders,
    private readonly access: AllianceAccess,
    private readonly users: UserLoaders,
  ) {}

  /**
   * Reads every person the alliance's page may show in one statement, into auth's user loader:
   * its creator, deciders, key result updaters and its tribes' trio members. Fields that show a
   * person await this first, so however deep they sit and whatever the data, the page reads its
   * people once (never a statement per level of the query that happens to meet someone new).
   */
  people(ctx: GqlContext, allianceId: string): Promise<true> {
    return requestLoader<string, true>(ctx, 'alliance.people', async (ids) => {
      const [rows, tribes] = await Promise.all([this.alliances.peopleOf(ids), Promise.all(ids.map((id) => this.tribes(ctx, id)))]);
      const userIds = new Set(rows.map((r) => r.userId));
      for (const t of tribes.flat()) for (const id of trioMemberIds(t)) userIds.add(id);
      await this.users.loadMany(ctx, [...userIds]);
      return ids.map(() => true as const);
    }).load(allianceId);
  }

  /** Alliances by id (for the team interfaces: a dependency's or tension's alliance). */
  byId(ctx: GqlContext) {
    return requestLoader<string, AllianceRecord | null>(ctx, 'alliance.byId', async (ids) => byKeys(ids, await this.alliances.findByIds(ids), (a) => a.id));
  }

  alliance(ctx: GqlContext, id: string | null): Promise<AllianceRecord | null> {
    return id ? this.byId(ctx).load(id) : Promise.resolve(null);
  }

  /** Alliances read in a list are primed for look-ups by id. */
  primed(ctx: GqlContext, alliances: AllianceRecord[]): AllianceRecord[] {
    const byId = this.byId(ctx);
    for (const a of alliances) byId.prime(a.id, a);
    return alliances;
  }

  /** Decisions by id (for the team interfaces: the decision that resolved a tension). */
  decisionById(ctx: GqlContext) {
    return requestLoader<string, DecisionRecord | null>(ctx, 'alliance.decisionById', async (ids) => byKeys(ids, await this.decisions.findByIds(ids), (d) => d.id));
  }

  decision(ctx: GqlContext, id: string | null): Promise<DecisionRecord | null> {
    return id ? this.decisionById(ctx).load(id) : Promise.resolve(null);
  }

  /** The tribe's alliances: active, forming, completed, disbanded; by name within. */
  byTribe(ctx: GqlContext, tribeId: string): Promise<AllianceRecord[]> {
    return requestLoader<string, AllianceRecord[]>(ctx, 'alliance.byTribe', async (ids) =>
      groupByKeys(ids, this.primed(ctx, await this.alliances.byTribes(ids)), (a) => (a as AllianceRecord & { tribeId: string }).tribeId),
    ).load(tribeId);
  }

  private tribeIds(ctx: GqlContext, allianceId: string): Promise<string[]> {
    return requestLoader<string, string[]>(ctx, 'alliance.tribeIds', async (ids) =>
      groupByKeys(ids, await this.alliances.tribesOf(ids), (t) => t.allianceId).map((rows) => rows.map((r) => r.tribeId)),
    ).load(allianceId);
  }

  /** The alliance's tribes, by name. */
  async tribes(ctx: GqlContext, allianceId: string): Promise<TribeEntity[]> {
    const tribes = await this.tribeLoaders.byId(ctx).loadMany(await this.tribeIds(ctx, allianceId));
    return tribes.filter((t): t is TribeEntity => !!t && !(t instanceof Error)).sort((a, b) => a.name.localeCompare(b.name));
  }

  objectivesOf(ctx: GqlContext, allianceId: string): Promise<ObjectiveRecord[]> {
    return requestLoader<string, ObjectiveRecord[]>(ctx, 'alliance.objectives', async (ids) => groupByKeys(ids, await this.objectives.ofAlliances(ids), (o) => o.allianceId)).load(
      allianceId,
    );
  }

  /** Every key result of the alliance, objective by objective. */
  keyResultsOfAlliance(ctx: GqlContext, allianceId: string): Promise<KeyResultRecord[]> {
    return requestLoader<string, KeyResultRecord[]>(ctx, 'alliance.keyResults', async (ids) =>
      groupByKeys(ids, await this.objectives.keyResultsOfAlliances(ids), (k) => k.allianceId),
    ).load(allianceId);
  }

  async keyResultsOf(ctx: GqlContext, objective: ObjectiveRecord): Promise<KeyResultRecord[]> {
    return (await this.keyResultsOfAlliance(ctx, objective.allianceId)).filter((k) => k.objectiveId === objective.id);
  }

  /** The newest updates of the key result, oldest first, each marked with the key result's alliance. */
  async history(ctx: GqlContext, keyResult: KeyResultRecord): Promise<KeyResultUpdateRecord[]> {
    const rows = await requestLoader<string, KeyResultUpdateRecord[]>(ctx, 'alliance.keyResultHistory', async (ids) =>
      groupByKeys(ids, await this.objectives.historyOf(ids), (u) => u.keyResultId),
    ).load(keyResult.id);
    return rows.map((r) => Object.assign(Object.create(Object.getPrototypeOf(r)), r, { allianceId: keyResult.allianceId }));
  }

  /** Mean progress of all the alliance's key results (not of its objectives), 0 with none. */
  async progress(ctx: GqlContext, allianceId: string): Promise<number> {
    return meanProgress(await this.keyResultsOfAlliance(ctx, allianceId));
  }

  async objectiveProgress(ctx: GqlContext, objective: ObjectiveRecord): Promise<number> {
    return meanProgress(await this.keyResultsOf(ctx, objective));
  }

  /** By due date, earliest first. */
  milestonesOf(ctx: GqlContext, allianceId: string): Promise<MilestoneRecord[]> {
    return requestLoader<string, MilestoneRecord[]>(ctx, 'alliance.milestones', async (ids) => groupByKeys(ids, await this.milestones.ofAlliances(ids), (m) => m.allianceId)).load(
      allianceId,
    );
  }

  /** Newest first. */
  decisionsOf(ctx: GqlContext, allianceId: string): Promise<DecisionRecord[]> {
    return requestLoader<string, DecisionRecord[]>(ctx, 'alliance.decisions', async (ids) => groupByKeys(ids, await this.decisions.ofAlliances(ids), (d) => d.allianceId!)).load(
      allianceId,
    );
  }

  /** The moment the request reads at. */
  now(ctx: GqlContext): Date {
    let now = readAt.get(ctx.req);
    if (!now) readAt.set(ctx.req, (now = new Date()));
    return now;
  }

  /** Whether the viewer may edit the alliance: a trio member of one of its tribes, or an admin. */
  async viewerCanEdit(ctx: GqlContext, allianceId: string): Promise<boolean> {
    const viewer = ctx.req.user;
    return !!viewer && AllianceAccess.canEdit(viewer, await this.tribes(ctx, allianceId));
  }

  /** Whether the viewer may update the alliance's key results: editors and members of squads on its milestones. */
  async viewerCanUpdateKeyResults(ctx: GqlContext, allianceId: string): Promise<boolean> {
    const viewer = ctx.req.user;
    if (!viewer) return false;
    const tribes = await this.tribes(ctx, allianceId);
    if (AllianceAccess.canEdit(viewer, tribes)) return true;
    const [milestones, squadId] = await Promise.all([this.milestonesOf(ctx, allianceId), this.viewerSquadId(ctx, viewer.id)]);
    const squadIds = milestones.map((m) => m.squadId).filter((id): id is string => !!id);
    return AllianceAccess.canUpdateKeyResults(viewer, tribes, squadIds, squadId);
  }

  /** The viewer's squad id: one statement per request, however many key results ask. */
  private viewerSquadId(ctx: GqlContext, userId: string): Promise<string | null> {
    return requestLoader<string, string | null>(ctx, 'alliance.viewerSquadId', async (ids) =>
      byKeys(ids, await this.access.squadIdsOf(ids), (m) => m.userId).map((m) => m?.squadId ?? null),
    ).load(userId);
  }

  /** Every tribe (one statement per request), by name. */
  private allTribes(ctx: GqlContext): Promise<TribeEntity[]> {
    return requestLoader<string, TribeEntity[]>(ctx, 'alliance.allTribes', async (keys) => {
      const tribes = await this.access.allTribes();
      return keys.map(() => tribes);
    }).load('all');
  }

  /**
   * The tribes not in the alliance that the viewer may add: every other tribe for its editors,
   * else the other tribes in whose trio the viewer sits. By name.
   */
  async tribesViewerCanAdd(ctx: GqlContext, allianceId: string): Promise<TribeEntity[]> {
    const viewer = ctx.req.user;
    if (!viewer) return [];
    const [mine, all] = await Promise.all([this.tribes(ctx, allianceId), this.allTribes(ctx)]);
    const inIt = new Set(mine.map((t) => t.id));
    const editor = AllianceAccess.canEdit(viewer, mine);
    return all.filter((t) => !inIt.has(t.id) && (editor || AllianceAccess.inTrio(viewer, t))).sort((a, b) => a.name.localeCompare(b.name));
  }
}
