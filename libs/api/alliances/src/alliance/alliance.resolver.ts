import { Args, Context, Float, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { CurrentViewer, GqlContext, ReadAlong, selectsField, Viewer } from '@guildhall/api-core';
import { User, UserLoaders } from '@guildhall/api-auth';
import { Tribe } from '@guildhall/api-org';
import { AlliancesLoaders } from '../alliances.loaders';
import { Decision } from '../decision/decision.model';
import { Milestone } from '../milestone/milestone.model';
import { Objective } from '../objective/objective.model';
import { AllianceAccess } from './alliance-access';
import { CreateAllianceInput, UpdateAllianceInput } from './alliance.inputs';
import { Alliance, AllianceStatus } from './alliance.model';
import { AllianceRecord } from './alliance.record';
import { AlliancesService } from './alliances.service';

@Resolver(() => Alliance)
export class AllianceResolver {
  constructor(
    private readonly service: AlliancesService,
    private readonly loaders: AlliancesLoaders,
    private readonly access: AllianceAccess,
    private readonly users: UserLoaders,
  ) {}

  @Query(() => [Alliance], { description: 'Active first, then forming, completed and disbanded; by name within. All of them, or those with the given status.' })
  async alliances(@Context() ctx: GqlContext, @Args('status', { type: () => AllianceStatus, nullable: true }) status?: AllianceStatus | null) {
    return this.loaders.primed(ctx, await this.service.list(status));
  }

  @Query(() => Alliance, { nullable: true })
  alliance(@Context() ctx: GqlContext, @Args('slug') slug: string, @Info() info: GraphQLResolveInfo) {
    // Its page: everything it shows read along in a few statements (AlliancesLoaders.page).
    return this.loaders.page(ctx, slug, info);
  }

  @Query(() => Boolean, { description: 'Whether the viewer may form an alliance (and record decisions outside one): a trio member of some tribe, or an admin.' })
  viewerCanFormAlliance(@CurrentViewer() viewer: Viewer) {
    return this.access.isTrioMemberOrAdmin(viewer);
  }

  @Mutation(() => Alliance, { description: 'Two or more distinct tribes; the creator sits in the trio of one of them, or is an admin. Their trios are told.' })
  createAlliance(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateAllianceInput) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Alliance, { description: 'Editors: trio members of its tribes and admins. Only the fields given change; a stale expectedRevision is CONFLICT.' })
  updateAlliance(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateAllianceInput) {
    return this.service.update(viewer, id, input);
  }

  @Mutation(() => Alliance, {
    description:
      "The tribe's trio members agree by adding it; editors of the alliance or that trio. Its trio members are told. Adding a tribe that is in already changes nothing.",
  })
  addTribeToAlliance(@CurrentViewer() viewer: Viewer, @Args('allianceId', { type: () => ID }) allianceId: string, @Args('tribeId', { type: () => ID }) tribeId: string) {
    return this.service.addTribe(viewer, allianceId, tribeId);
  }

  @Mutation(() => Alliance, { description: 'Editors; two tribes must remain (BAD_USER_INPUT otherwise).' })
  removeTribeFromAlliance(@CurrentViewer() viewer: Viewer, @Args('allianceId', { type: () => ID }) allianceId: string, @Args('tribeId', { type: () => ID }) tribeId: string) {
    return this.service.removeTribe(viewer, allianceId, tribeId);
  }

  @ResolveField(() => [Tribe], { description: 'By name.' })
  @ReadAlong('Alliance')
  async tribes(@Parent() alliance: AllianceRecord, @Context() ctx: GqlContext, @Info() info: GraphQLResolveInfo) {
    // With their trios, the trio members come from the page's one read of its people.
    if (selectsField(info, 'trio')) await this.loaders.people(ctx, alliance.id);
    return this.loaders.tribes(ctx, alliance.id);
  }

  @ResolveField(() => [Objective], { description: 'In the order they were added.' })
  @ReadAlong('Alliance')
  objectives(@Parent() alliance: AllianceRecord, @Context() ctx: GqlContext) {
    return this.loaders.objectivesOf(ctx, alliance.id);
  }

  @ResolveField(() => [Milestone], { description: 'By due date, earliest first.' })
  @ReadAlong('Alliance')
  milestones(@Parent() alliance: AllianceRecord, @Context() ctx: GqlContext) {
    return this.loaders.milestonesOf(ctx, alliance.id);
  }

  @ResolveField(() => [Decision], { description: 'Newest first.' })
  @ReadAlong('Alliance')
  decisions(@Parent() alliance: AllianceRecord, @Context() ctx: GqlContext) {
    return this.loaders.decisionsOf(ctx, alliance.id);
  }

  @ResolveField(() => Float, { description: 'Mean progress of all key results (not of the objectives), from 0 to 1; 0 when there are none.' })
  @ReadAlong('Alliance')
  progress(@Parent() alliance: AllianceRecord, @Context() ctx: GqlContext) {
    return this.loaders.progress(ctx, alliance.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may edit it: a trio member of one of its tribes, or an admin.' })
  @ReadAlong('Alliance')
  viewerCanEdit(@Parent() alliance: AllianceRecord, @Context() ctx: GqlContext) {
    return this.loaders.viewerCanEdit(ctx, alliance.id);
  }

  @ResolveField(() => Boolean, { description: "Whether the viewer may update its key results: editors, and members of squads named on its milestones." })
  @ReadAlong('Alliance')
  viewerCanUpdateKeyResults(@Parent() alliance: AllianceRecord, @Context() ctx: GqlContext) {
    return this.loaders.viewerCanUpdateKeyResults(ctx, alliance.id);
  }

  @ResolveField(() => [Tribe], {
    description: 'The tribes the viewer may add to it: every other tribe for its editors, else the other tribes in whose trio the viewer sits (empty for everyone else). By name.',
  })
  @ReadAlong('Alliance')
  tribesViewerCanAdd(@Parent() alliance: AllianceRecord, @Context() ctx: GqlContext) {
    return this.loaders.tribesViewerCanAdd(ctx, alliance.id);
  }

  @ResolveField(() => User)
  @ReadAlong('Alliance')
  async createdBy(@Parent() alliance: AllianceRecord, @Context() ctx: GqlContext) {
    await this.loaders.people(ctx, alliance.id);
    return this.users.byId(ctx).load(alliance.createdById);
  }
}
