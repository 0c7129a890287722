import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext, Viewer } from '@guildhall/api-core';
import { Squad, SquadEntity, SquadLoaders } from '@guildhall/api-org';
import { SquadOfferInput, UpdateSquadOfferInput } from './offer.inputs';
import { OfferLoaders } from './offer.loaders';
import { SquadOffer } from './offer.model';
import { OfferRecord } from './offer.record';
import { OffersService } from './offers.service';
import { SquadTeamApiLoaders } from './squad-team-api.loaders';

@Resolver(() => SquadOffer)
export class OfferResolver {
  constructor(
    private readonly offers: OffersService,
    private readonly loaders: OfferLoaders,
    private readonly squads: SquadLoaders,
  ) {}

  @Mutation(() => SquadOffer, { description: "Members of the squad or its tribe's trio." })
  publishSquadOffer(@CurrentViewer() viewer: Viewer, @Args('input') input: SquadOfferInput) {
    return this.offers.publish(viewer, input);
  }

  @Mutation(() => SquadOffer, { description: "Members of the squad or its tribe's trio; a retired offer does not change." })
  updateSquadOffer(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateSquadOfferInput) {
    return this.offers.update(viewer, id, input);
  }

  @Mutation(() => SquadOffer, {
    description: "Members of the squad or its tribe's trio. A retired offer is no longer listed on the squad and takes no new agreements; agreements made on it stay.",
  })
  retireSquadOffer(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.offers.retire(viewer, id);
  }

  @ResolveField(() => Squad)
  squad(@Parent() offer: OfferRecord, @Context() ctx: GqlContext) {
    return this.squads.byId(ctx).load(offer.squadId);
  }

  @ResolveField(() => Boolean, { description: "Whether the viewer may edit and retire it: the squad's members and its tribe's trio, while it is live." })
  viewerCanEdit(@Parent() offer: OfferRecord, @Context() ctx: GqlContext) {
    return this.loaders.viewerCanEdit(ctx, offer);
  }
}

/** The team interfaces' fields on org's Squad type: its offers. */
@Resolver(() => Squad)
export class SquadOffersResolver {
  constructor(
    private readonly loaders: SquadTeamApiLoaders,
    private readonly offerLoaders: OfferLoaders,
  ) {}

  @ResolveField(() => Boolean, { description: "Whether the viewer may publish the squad's offers: its members and its tribe's trio." })
  viewerCanPublishOffers(@Parent() squad: SquadEntity, @Context() ctx: GqlContext) {
    return this.offerLoaders.viewerCanPublish(ctx, squad);
  }

  @ResolveField(() => [SquadOffer], { description: 'Its live offers (retired ones are not listed), oldest first.' })
  async offers(@Parent() squad: SquadEntity, @Context() ctx: GqlContext) {
    return (await this.loaders.of(ctx, squad.id)).offers;
  }
}
