import { Injectable } from '@nestjs/common';
import { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { byKeys, GqlContext, groupByKeys, requestLoader, selectsField, Viewer } from '@guildhall/api-core';
import { UserEntity, UserLoaders } from '@guildhall/api-auth';
import { sitsInTrio, SquadEntity, SquadLoaders, TribeEntity, TribeLoaders, trioMemberIds } from '@guildhall/api-org';
import { AllianceAccess } from './alliance/alliance-access';
import { AllianceRecord } from './alliance/alliance.record';
import { AlliancesService } from './alliance/alliances.service';
import { DecisionRecord } from './decision/decision.record';
import { DecisionsService } from './decision/decisions.service';
import { MilestoneRecord } from './milestone/milestone.record';
import { isOverdue, MilestonesService } from './milestone/milestones.service';
import { KeyResultRecord, KeyResultUpdateRecord, ObjectiveRecord } from './objective/objective.record';
import { ObjectivesService } from './objective/objectives.service';
import { keyResultProgress, meanProgress } from './objective/progress';

/** The moment each request reads milestones at (overdue is computed against it, so a page agrees with itself). */
const readAt = new WeakMap<object, Date>();

/**
 * An alliance's page read along (`page`: three statements besides the session's, four for a viewer who is no editor),
 * and per-request batching for alliances everywhere else, keyed by alliance id, so a list of
 * alliances (or a tribe's) costs the same as one: tribes, objectives, key results, history,
 * milestones, decisions, plus org's tribes and squads and auth's people, one statement each.
 */
@Injectable()
export class AlliancesLoaders {
  constructor(
    private readonly alliances: AlliancesService,
    private readonly objectives: ObjectivesService,
    private readonly milestones: MilestonesService,
    private readonly decisions: DecisionsService,
    private readonly tribeLoaders: TribeLoaders,
    private readonly squadLoaders: SquadLoaders,
    private readonly access: AllianceAccess,
    private readonly users: UserLoaders,
  ) {}

  /**
   * An alliance's page by slug, in as few statements as the contexts allow (issue 13): every tribe
   * (org's, one statement, which also answers tribesViewerCanAdd and gives the trio seats); the
   * alliance with all of its own rows and the people they name, its tribes' trio members among
   * them, in one statement (AllianceRepository.page); then, at once and only when the page needs
   * them, the squads of its tribes (org's, one statement that Tribe.squads shares) when its
   * milestones name squads, and the viewer's squad when the viewer is no editor and squads are on
   * its milestones. Everything is read along on the records (the fields are @ReadAlong) and primed
   * into this request's loaders, so no field below runs a statement of its own. The rules are the
   * same functions the resolvers use (AllianceAccess, progress, isOverdue).
   */
  async page(ctx: GqlContext, slug: string, info: GraphQLResolveInfo): Promise<AllianceRecord | null> {
    const viewer = ctx.req.user ?? null;
    const everyTribe = await this.allTribes(ctx);
    const rows = await this.alliances.page(slug, everyTribe);
    if (!rows) return null;
    const { alliance } = rows;
    const tribeById = new Map(everyTribe.map((t) => [t.id, t]));
    const tribes = rows.tribeIds
      .map((id) => tribeById.get(id))
      .filter((t): t is TribeEntity => !!t)
      .sort(byName);
    const editor = !!viewer && AllianceAccess.canEdit(viewer, tribes);
    const milestoneSquadIds = [...new Set(rows.milestones.map((m) => m.squadId).filter((id): id is string => !!id))];
    const wantsSquads = selectsField(info, 'milestones') && milestoneSquadIds.length > 0;
    const wantsViewerSquad = !!viewer && !editor && milestoneSquadIds.length > 0 && (selectsField(info, 'viewerCanUpdateKeyResults') || selectsField(info, 'objectives'));
    const [squads, viewerSquadId] = await Promise.all([
      wantsSquads ? this.squadsOf(ctx, rows.tribeIds, milestoneSquadIds) : new Map<string, SquadEntity>(),
      wantsViewerSquad ? this.viewerSquadId(ctx, viewer.id) : null,
      this.trioPeople(ctx, tribes, rows.people, info),
    ]);
    // Undefined (left to the resolvers, which load what they need) only when the page did not ask.
    const canUpdate = !viewer
      ? false
      : editor || !milestoneSquadIds.length || wantsViewerSquad
        ? AllianceAccess.canUpdateKeyResults(viewer, tribes, milestoneSquadIds, viewerSquadId)
        : undefined;

    const people = new Map(rows.people.map((p) => [p.id, p]));
    for (const points of rows.history.values()) for (const u of points) u.updatedBy = people.get(u.updatedById);
    for (const k of rows.keyResults) Object.assign(k, { history: rows.history.get(k.id) ?? [], progress: keyResultProgress(k), viewerCanUpdate: canUpdate });
    for (const o of rows.objectives) {
      o.keyResults = rows.keyResults.filter((k) => k.objectiveId === o.id);
      o.progress = meanProgress(o.keyResults);
    }
    const now = this.now(ctx);
    for (const m of rows.milestones) {
      m.overdue = isOverdue(m, now);
      if (wantsSquads || !m.squadId) m.squad = m.squadId ? (squads.get(m.squadId) ?? null) : null;
    }
    for (const d of rows.decisions) Object.assign(d, { decidedBy: people.get(d.decidedById), alliance });
    Object.assign(alliance, {
      createdBy: people.get(alliance.createdById),
      tribes,
      tribesViewerCanAdd: addableTribes(viewer, tribes, everyTribe),
      objectives: rows.objectives,
      milestones: rows.milestones,
      decisions: rows.decisions,
      progress: meanProgress(rows.keyResults),
      viewerCanEdit: editor,
      viewerCanUpdateKeyResults: canUpdate,
    });

    // Other fields on the page (the team interfaces') find what it read in the loaders.
    this.byId(ctx).prime(alliance.id, alliance);
    this.tribeIdsLoader(ctx).prime(alliance.id, rows.tribeIds);
    this.objectivesLoader(ctx).prime(alliance.id, rows.objectives);
    this.keyResultsLoader(ctx).prime(alliance.id, rows.keyResults);
    const historyLoader = this.historyLoader(ctx);
    for (const k of rows.keyResults) historyLoader.prime(k.id, k.history!);
    this.milestonesLoader(ctx).prime(alliance.id, rows.milestones);
    this.decisionsLoader(ctx).prime(alliance.id, rows.decisions);
    const decisionById = this.decisionById(ctx);
    for (const d of rows.decisions) decisionById.prime(d.id, d);
    return alliance;
  }

  /**
   * The trio members for org's Trio fields, which load people through auth's user loader: primed
   * with those the page read along from the directory, unless the operation asks for an email
   * anywhere (a directory person has none, and the loader's answer is what `User.email` reads);
   * then they are loaded in full, in one statement.
   */
  private async trioPeople(ctx: GqlContext, tribes: readonly TribeEntity[], people: readonly { id: string }[], info: GraphQLResolveInfo): Promise<void> {
    const trio = new Set(tribes.flatMap(trioMemberIds));
    if (operationSelects(info, 'email')) {
      await this.users.loadMany(ctx, [...trio]);
      return;
    }
    const byId = this.users.byId(ctx);
    for (const p of people) if (trio.has(p.id)) byId.prime(p.id, p as UserEntity);
  }

  /** The squads of the tribes (primed for look-ups by id, shared with Tribe.squads), and any of `wanted` elsewhere. */
  private async squadsOf(ctx: GqlContext, tribeIds: readonly string[], wanted: readonly string[]): Promise<Map<string, SquadEntity>> {
    const lists = await Promise.all(tribeIds.map((id) => this.squadLoaders.byTribe(ctx, id)));
    const byId = this.squadLoaders.byId(ctx);
    const found = new Map<string, SquadEntity>();
    for (const squad of lists.flat()) {
      byId.prime(squad.id, squad);
      found.set(squad.id, squad);
    }
    const elsewhere = wanted.filter((id) => !found.has(id));
    if (elsewhere.length) for (const squad of await byId.loadMany(elsewhere)) if (squad && !(squad instanceof Error)) found.set(squad.id, squad);
    return found;
  }

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

  private tribeIdsLoader(ctx: GqlContext) {
    return requestLoader<string, string[]>(ctx, 'alliance.tribeIds', async (ids) =>
      groupByKeys(ids, await this.alliances.tribesOf(ids), (t) => t.allianceId).map((rows) => rows.map((r) => r.tribeId)),
    );
  }

  private tribeIds(ctx: GqlContext, allianceId: string): Promise<string[]> {
    return this.tribeIdsLoader(ctx).load(allianceId);
  }

  /** The alliance's tribes, by name. */
  async tribes(ctx: GqlContext, allianceId: string): Promise<TribeEntity[]> {
    const tribes = await this.tribeLoaders.byId(ctx).loadMany(await this.tribeIds(ctx, allianceId));
    return tribes.filter((t): t is TribeEntity => !!t && !(t instanceof Error)).sort(byName);
  }

  private objectivesLoader(ctx: GqlContext) {
    return requestLoader<string, ObjectiveRecord[]>(ctx, 'alliance.objectives', async (ids) => groupByKeys(ids, await this.objectives.ofAlliances(ids), (o) => o.allianceId));
  }

  objectivesOf(ctx: GqlContext, allianceId: string): Promise<ObjectiveRecord[]> {
    return this.objectivesLoader(ctx).load(allianceId);
  }

  /** Every key result of the alliance, objective by objective. */
  keyResultsOfAlliance(ctx: GqlContext, allianceId: string): Promise<KeyResultRecord[]> {
    return this.keyResultsLoader(ctx).load(allianceId);
  }

  private keyResultsLoader(ctx: GqlContext) {
    return requestLoader<string, KeyResultRecord[]>(ctx, 'alliance.keyResults', async (ids) =>
      groupByKeys(ids, await this.objectives.keyResultsOfAlliances(ids), (k) => k.allianceId),
    );
  }

  async keyResultsOf(ctx: GqlContext, objective: ObjectiveRecord): Promise<KeyResultRecord[]> {
    return (await this.keyResultsOfAlliance(ctx, objective.allianceId)).filter((k) => k.objectiveId === objective.id);
  }

  /** The newest updates of the key result, oldest first, each marked with the key result's alliance. */
  async history(ctx: GqlContext, keyResult: KeyResultRecord): Promise<KeyResultUpdateRecord[]> {
    const rows = await this.historyLoader(ctx).load(keyResult.id);
    return rows.map((r) => Object.assign(Object.create(Object.getPrototypeOf(r)), r, { allianceId: keyResult.allianceId }));
  }

  private historyLoader(ctx: GqlContext) {
    return requestLoader<string, KeyResultUpdateRecord[]>(ctx, 'alliance.keyResultHistory', async (ids) =>
      groupByKeys(ids, await this.objectives.historyOf(ids), (u) => u.keyResultId),
    );
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
    return this.milestonesLoader(ctx).load(allianceId);
  }

  private milestonesLoader(ctx: GqlContext) {
    return requestLoader<string, MilestoneRecord[]>(ctx, 'alliance.milestones', async (ids) => groupByKeys(ids, await this.milestones.ofAlliances(ids), (m) => m.allianceId));
  }

  /** Newest first. */
  decisionsOf(ctx: GqlContext, allianceId: string): Promise<DecisionRecord[]> {
    return this.decisionsLoader(ctx).load(allianceId);
  }

  private decisionsLoader(ctx: GqlContext) {
    return requestLoader<string, DecisionRecord[]>(ctx, 'alliance.decisions', async (ids) => groupByKeys(ids, await this.decisions.ofAlliances(ids), (d) => d.allianceId!));
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

  /** Every tribe (one statement per request), by name; primed for org's look-ups by id. */
  private allTribes(ctx: GqlContext): Promise<TribeEntity[]> {
    return requestLoader<string, TribeEntity[]>(ctx, 'alliance.allTribes', async (keys) => {
      const tribes = await this.access.allTribes();
      const byId = this.tribeLoaders.byId(ctx);
      for (const t of tribes) byId.prime(t.id, t);
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
    return addableTribes(viewer, mine, all);
  }
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** The tribes not among `mine` that the viewer may add: every other for editors, else those in whose trio the viewer sits. By name. */
function addableTribes(viewer: Viewer | null, mine: readonly TribeEntity[], all: readonly TribeEntity[]): TribeEntity[] {
  if (!viewer) return [];
  const inIt = new Set(mine.map((t) => t.id));
  const editor = AllianceAccess.canEdit(viewer, mine);
  return all.filter((t) => !inIt.has(t.id) && (editor || sitsInTrio(viewer.id, t))).sort(byName);
}

/** Whether the operation selects a field of this name anywhere (each fragment visited once). */
function operationSelects(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === 'Field') return s.name.value === name || visit(s.selectionSet);
      if (s.kind === 'InlineFragment') return visit(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return visit(info.fragments[s.name.value]?.selectionSet);
    });
  return visit(info.operation.selectionSet);
}
