import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext, Viewer } from '@guildhall/api-core';
import { User, UserLoaders } from '@guildhall/api-auth';
import { Squad } from '@guildhall/api-org';
import { TENSIONS_LISTED_MAX } from '@guildhall/shared-domain';
import { Alliance } from '../alliance/alliance.model';
import { AllianceRecord } from '../alliance/alliance.record';
import { AlliancesLoaders } from '../alliances.loaders';
import { Decision } from '../decision/decision.model';
import { AgreementAmendmentInput, AgreementInput } from '../agreement/agreement.inputs';
import { AgreementLoaders } from '../agreement/agreement.loaders';
import { InterfaceAgreement } from '../agreement/agreement.model';
import { AgreementRecord } from '../agreement/agreement.record';
import { TensionInput, TensionsArgs } from './tension.inputs';
import { TensionLoaders } from './tension.loaders';
import { Tension } from './tension.model';
import { TensionRecord } from './tension.record';
import { TensionsService } from './tensions.service';

@Resolver(() => Tension)
export class TensionResolver {
  constructor(
    private readonly service: TensionsService,
    private readonly loaders: TensionLoaders,
    private readonly alliances: AlliancesLoaders,
    private readonly agreementLoaders: AgreementLoaders,
    private readonly users: UserLoaders,
  ) {}

  @Query(() => [Tension], {
    description: `Open tensions first, oldest first: the agenda of a tension review. At most ${TENSIONS_LISTED_MAX}; filtered by status, alliance, or the squads of a tribe.`,
  })
  tensions(@CurrentViewer() _viewer: Viewer, @Args() args: TensionsArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Tension, { description: 'Anyone signed in.' })
  raiseTension(@CurrentViewer() viewer: Viewer, @Args('input') input: TensionInput) {
    return this.service.raise(viewer, input);
  }

  @Mutation(() => Tension, {
    description: "Editors of its alliance, trio members of its squads' tribes, or admins: SURFACED -> IN_REVIEW. facilitatorId, if given, must be a coach on call.",
  })
  startTensionReview(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('facilitatorId', { type: () => ID, nullable: true }) facilitatorId: string | null,
  ) {
    return this.service.startReview(viewer, id, facilitatorId);
  }

  @Mutation(() => Tension, {
    description:
      "Editors of its alliance, trio members of its squads' tribes, or admins; a resolution text is required. A decision cited must be of the same alliance (or of none, for a tension of none); `amend` updates an agreement between its squads and `propose` proposes a new one between them (on the consumer's behalf: the provider accepts it), each linked to the tension.",
  })
  resolveTension(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('resolution') resolution: string,
    @Args('decisionId', { type: () => ID, nullable: true }) decisionId: string | null,
    @Args('amend', { type: () => AgreementAmendmentInput, nullable: true }) amend: AgreementAmendmentInput | null,
    @Args('propose', { type: () => AgreementInput, nullable: true }) propose: AgreementInput | null,
  ) {
    return this.service.resolve(viewer, id, resolution, decisionId, amend, propose);
  }

  @ResolveField(() => Alliance, { nullable: true })
  alliance(@Parent() t: TensionRecord, @Context() ctx: GqlContext) {
    return this.alliances.alliance(ctx, t.allianceId);
  }

  @ResolveField(() => [Squad])
  squads(@Parent() t: TensionRecord, @Context() ctx: GqlContext) {
    return this.loaders.squadsOf(ctx, t);
  }

  @ResolveField(() => User)
  raisedBy(@Parent() t: TensionRecord, @Context() ctx: GqlContext) {
    return this.users.load(ctx, t.raisedById);
  }

  @ResolveField(() => User, { nullable: true, description: 'The coach who facilitates its review, if one was named.' })
  facilitator(@Parent() t: TensionRecord, @Context() ctx: GqlContext) {
    return this.users.load(ctx, t.facilitatorId);
  }

  @ResolveField(() => Decision, { nullable: true, description: 'The decision that resolved it, if one was recorded.' })
  decision(@Parent() t: TensionRecord, @Context() ctx: GqlContext) {
    return this.alliances.decision(ctx, t.decisionId);
  }

  @ResolveField(() => [InterfaceAgreement], { description: 'Agreements its review amended or proposed.' })
  agreements(@Parent() t: TensionRecord, @Context() ctx: GqlContext) {
    return this.agreementLoaders.ofTension(ctx, t.id);
  }

  @ResolveField(() => Boolean, { description: "Whether the viewer may start its review and resolve it: editors of its alliance, trio members of its squads' tribes, admins; while open." })
  viewerCanReview(@Parent() t: TensionRecord, @Context() ctx: GqlContext) {
    return this.loaders.viewerCanReview(ctx, t);
  }
}

/** The tension whose review last amended or proposed an agreement. */
@Resolver(() => InterfaceAgreement)
export class AgreementTensionResolver {
  constructor(private readonly loaders: TensionLoaders) {}

  @ResolveField(() => Tension, { nullable: true, description: 'The tension whose review last amended it, if any.' })
  tension(@Parent() a: AgreementRecord, @Context() ctx: GqlContext) {
    return this.loaders.tension(ctx, a.tensionId);
  }
}

/** The team interfaces' fields on the alliances' Alliance type: its tensions. */
@Resolver(() => Alliance)
export class AllianceTensionsResolver {
  constructor(private readonly loaders: TensionLoaders) {}

  @ResolveField(() => [Tension], { description: `Open first, oldest first: the alliance's review agenda; at most ${TENSIONS_LISTED_MAX}.` })
  tensions(@Parent() alliance: AllianceRecord, @Context() ctx: GqlContext) {
    return this.loaders.ofAlliance(ctx, alliance.id);
  }
}
