import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext, Viewer } from '@guildhall/api-core';
import { User, UserLoaders } from '@guildhall/api-auth';
import { Squad, SquadEntity, SquadLoaders } from '@guildhall/api-org';
import { OfferLoaders } from '../offer/offer.loaders';
import { SquadOffer } from '../offer/offer.model';
import { SquadTeamApiLoaders } from '../offer/squad-team-api.loaders';
import { TeamAccess } from '../offer/team-access';
import { AgreementInput } from './agreement.inputs';
import { InterfaceAgreement } from './agreement.model';
import { AgreementRecord } from './agreement.record';
import { acceptingSquadId, isDueForReview, isParty } from './agreement-rules';
import { AgreementsService } from './agreements.service';

@Resolver(() => InterfaceAgreement)
export class AgreementResolver {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly offers: OfferLoaders,
    private readonly squads: SquadLoaders,
    private readonly users: UserLoaders,
    private readonly access: TeamAccess,
  ) {}

  @Mutation(() => InterfaceAgreement, {
    description: "A member of either squad: the offer's (the provider) or the consumer, which must be another squad. The mode is X_AS_A_SERVICE unless given.",
  })
  proposeAgreement(@CurrentViewer() viewer: Viewer, @Args('input') input: AgreementInput) {
    return this.agreements.propose(viewer, input);
  }

  @Mutation(() => InterfaceAgreement, { description: 'The other party accepts: members of the squad that did not propose it.' })
  acceptAgreement(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.agreements.accept(viewer, id);
  }

  @Mutation(() => InterfaceAgreement, { description: 'Members of either squad; a proposed or agreed agreement becomes retired.' })
  retireAgreement(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.agreements.retire(viewer, id);
  }

  @ResolveField(() => SquadOffer)
  offer(@Parent() a: AgreementRecord, @Context() ctx: GqlContext) {
    return a.offer ?? this.offers.offer(ctx, a.offerId);
  }

  @ResolveField(() => Squad)
  provider(@Parent() a: AgreementRecord, @Context() ctx: GqlContext) {
    return this.squads.byId(ctx).load(a.providerSquadId);
  }

  @ResolveField(() => Squad)
  consumer(@Parent() a: AgreementRecord, @Context() ctx: GqlContext) {
    return this.squads.byId(ctx).load(a.consumerSquadId);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who proposed it (null if their account is gone).' })
  proposedBy(@Parent() a: AgreementRecord, @Context() ctx: GqlContext) {
    return this.users.load(ctx, a.proposedById);
  }

  @ResolveField(() => Squad, { description: 'The side that proposed it: the provider or the consumer. The other side accepts it.' })
  proposingSquad(@Parent() a: AgreementRecord, @Context() ctx: GqlContext) {
    return this.squads.byId(ctx).load(a.proposedBySquadId);
  }

  @ResolveField(() => Boolean, { description: 'Past reviewBy and not retired: both squads should look at it again.' })
  dueForReview(@Parent() a: AgreementRecord) {
    return isDueForReview(a, new Date());
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may accept it: proposed, and the viewer is a member of the squad that did not propose it.' })
  async viewerCanAccept(@Parent() a: AgreementRecord, @Context() ctx: GqlContext) {
    return a.status === 'PROPOSED' && (await this.access.viewerSquadId(ctx)) === acceptingSquadId(a);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may retire it: not retired yet, and the viewer is a member of either squad.' })
  async viewerCanRetire(@Parent() a: AgreementRecord, @Context() ctx: GqlContext) {
    return a.status !== 'RETIRED' && isParty(a, await this.access.viewerSquadId(ctx));
  }
}

/** The team interfaces' fields on org's Squad type: its agreements. */
@Resolver(() => Squad)
export class SquadAgreementsResolver {
  constructor(private readonly loaders: SquadTeamApiLoaders) {}

  @ResolveField(() => [InterfaceAgreement], {
    description: 'Agreements where the squad is provider or consumer: open ones (proposed, agreed) first, then the most recently changed; at most 200.',
  })
  async agreements(@Parent() squad: SquadEntity, @Context() ctx: GqlContext) {
    return (await this.loaders.of(ctx, squad.id)).agreements;
  }
}
