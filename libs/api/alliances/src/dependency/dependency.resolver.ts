import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext, Viewer } from '@guildhall/api-core';
import { User, UserLoaders } from '@guildhall/api-auth';
import { Squad, SquadEntity, SquadLoaders } from '@guildhall/api-org';
import { Alliance } from '../alliance/alliance.model';
import { AllianceRecord } from '../alliance/alliance.record';
import { AlliancesLoaders } from '../alliances.loaders';
import { OfferLoaders } from '../offer/offer.loaders';
import { SquadOffer } from '../offer/offer.model';
import { SquadTeamApiLoaders } from '../offer/squad-team-api.loaders';
import { TeamAccess } from '../offer/team-access';
import { DependencyInput } from './dependency.inputs';
import { DependencyLoaders } from './dependency.loaders';
import { Dependency, DependencyStatus } from './dependency.model';
import { DependencyRecord } from './dependency.record';
import { isOverdue } from './dependency-rules';
import { DependenciesService } from './dependencies.service';

@Resolver(() => Dependency)
export class DependencyResolver {
  constructor(
    private readonly dependencies: DependenciesService,
    private readonly alliances: AlliancesLoaders,
    private readonly offers: OfferLoaders,
    private readonly squads: SquadLoaders,
    private readonly users: UserLoaders,
    private readonly access: TeamAccess,
  ) {}

  @Mutation(() => Dependency, { description: "Members of the requesting squad or editors (of the alliance named, when the requesting squad's tribe is in it). The provider is another squad; a named offer is one of its own." })
  requestDependency(@CurrentViewer() viewer: Viewer, @Args('input') input: DependencyInput) {
    return this.dependencies.request(viewer, input);
  }

  @Mutation(() => Dependency, { description: 'Members of the providing squad; DECLINED needs a response. REQUESTED -> ACCEPTED or DECLINED, ACCEPTED -> DELIVERED.' })
  respondToDependency(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => DependencyStatus }) status: DependencyStatus,
    @Args('response', { type: () => String, nullable: true }) response: string | null,
  ) {
    return this.dependencies.respond(viewer, id, status, response);
  }

  @ResolveField(() => Alliance, { nullable: true })
  alliance(@Parent() d: DependencyRecord, @Context() ctx: GqlContext) {
    return this.alliances.alliance(ctx, d.allianceId);
  }

  @ResolveField(() => Squad)
  requester(@Parent() d: DependencyRecord, @Context() ctx: GqlContext) {
    return this.squads.byId(ctx).load(d.requesterSquadId);
  }

  @ResolveField(() => Squad)
  provider(@Parent() d: DependencyRecord, @Context() ctx: GqlContext) {
    return this.squads.byId(ctx).load(d.providerSquadId);
  }

  @ResolveField(() => SquadOffer, { nullable: true })
  offer(@Parent() d: DependencyRecord, @Context() ctx: GqlContext) {
    return d.offer !== undefined ? d.offer : this.offers.offer(ctx, d.offerId);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who requested it (null if their account is gone).' })
  requestedBy(@Parent() d: DependencyRecord, @Context() ctx: GqlContext) {
    return this.users.load(ctx, d.requestedById);
  }

  @ResolveField(() => Boolean, { description: 'Past neededBy and not yet delivered. A declined dependency is not overdue: it will not come, and says why.' })
  overdue(@Parent() d: DependencyRecord) {
    return isOverdue(d, new Date());
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may respond: a member of the providing squad, while it is requested or accepted.' })
  async viewerCanRespond(@Parent() d: DependencyRecord, @Context() ctx: GqlContext) {
    return (d.status === 'REQUESTED' || d.status === 'ACCEPTED') && (await this.access.viewerSquadId(ctx)) === d.providerSquadId;
  }
}

/** The team interfaces' fields on org's Squad type: its dependencies. */
@Resolver(() => Squad)
export class SquadDependenciesResolver {
  constructor(private readonly loaders: SquadTeamApiLoaders) {}

  @ResolveField(() => [Dependency], {
    description: 'Dependencies this squad requested or must provide: open ones first (soonest needed first), then the most recently changed; at most 200.',
  })
  async dependencies(@Parent() squad: SquadEntity, @Context() ctx: GqlContext) {
    return (await this.loaders.of(ctx, squad.id)).dependencies;
  }
}

/** The team interfaces' fields on the alliances' Alliance type: its dependencies. */
@Resolver(() => Alliance)
export class AllianceDependenciesResolver {
  constructor(private readonly loaders: DependencyLoaders) {}

  @ResolveField(() => [Dependency], { description: 'Dependencies requested within the alliance: open ones first (soonest needed first); at most 200.' })
  dependencies(@Parent() alliance: AllianceRecord, @Context() ctx: GqlContext) {
    return this.loaders.ofAlliance(ctx, alliance.id);
  }
}
