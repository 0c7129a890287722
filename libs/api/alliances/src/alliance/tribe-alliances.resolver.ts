import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GqlContext } from '@guildhall/api-core';
import { Tribe, TribeEntity } from '@guildhall/api-org';
import { AlliancesLoaders } from '../alliances.loaders';
import { Alliance } from './alliance.model';

/** The alliances context's field on org's Tribe type. */
@Resolver(() => Tribe)
export class TribeAlliancesResolver {
  constructor(private readonly loaders: AlliancesLoaders) {}

  @ResolveField(() => [Alliance], { description: 'The alliances it belongs to: active first, then forming, completed, disbanded; by name within.' })
  alliances(@Parent() tribe: TribeEntity, @Context() ctx: GqlContext) {
    return this.loaders.byTribe(ctx, tribe.id);
  }
}
