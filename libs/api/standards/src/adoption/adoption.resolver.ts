import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext, ReadAlong, Viewer } from '@guildhall/api-core';
import { User, UserLoaders } from '@guildhall/api-auth';
import { Squad, SquadEntity, SquadLoaders } from '@guildhall/api-org';
import { StandardsLoaders } from '../standards.loaders';
import { HistoryArgs, SetAdoptionInput } from '../standard/standard.inputs';
import { Standard } from '../standard/standard.model';
import { Adoption, AdoptionChange, AdoptionChangeConnection } from './adoption.model';
import { AdoptionChangeRecord, AdoptionView } from './adoption.record';
import { AdoptionsService } from './adoptions.service';

@Resolver(() => Adoption)
export class AdoptionResolver {
  constructor(
    private readonly adoptions: AdoptionsService,
    private readonly loaders: StandardsLoaders,
    private readonly squads: SquadLoaders,
    private readonly users: UserLoaders,
  ) {}

  @Mutation(() => Adoption, { description: "Members of that squad, its product owner, the chapter's lead or an admin." })
  setAdoption(@CurrentViewer() viewer: Viewer, @Args('input') input: SetAdoptionInput) {
    return this.adoptions.set(viewer, input);
  }

  @ResolveField(() => Standard)
  standard(@Parent() adoption: AdoptionView, @Context() ctx: GqlContext) {
    return this.loaders.standard(ctx, adoption.standardId);
  }

  @ResolveField(() => Squad)
  @ReadAlong('Adoption')
  squad(@Parent() adoption: AdoptionView, @Context() ctx: GqlContext) {
    return adoption.squad ?? this.squads.byId(ctx).load(adoption.squadId);
  }

  @ResolveField(() => User, { nullable: true })
  updatedBy(@Parent() adoption: AdoptionView, @Context() ctx: GqlContext) {
    return this.users.load(ctx, adoption.updatedById);
  }

  @ResolveField(() => Boolean, { description: "Whether the viewer may record it: the squad's members and product owner, the chapter's lead, admins." })
  viewerCanRecord(@Parent() adoption: AdoptionView, @Context() ctx: GqlContext) {
    return this.loaders.viewerCanRecord(ctx, adoption);
  }
}

@Resolver(() => AdoptionChange)
export class AdoptionChangeResolver {
  constructor(
    private readonly loaders: StandardsLoaders,
    private readonly squads: SquadLoaders,
    private readonly users: UserLoaders,
  ) {}

  @ResolveField(() => Standard)
  standard(@Parent() change: AdoptionChangeRecord, @Context() ctx: GqlContext) {
    return this.loaders.standard(ctx, change.standardId);
  }

  @ResolveField(() => Squad)
  squad(@Parent() change: AdoptionChangeRecord, @Context() ctx: GqlContext) {
    return this.squads.byId(ctx).load(change.squadId);
  }

  @ResolveField(() => User, { nullable: true })
  changedBy(@Parent() change: AdoptionChangeRecord, @Context() ctx: GqlContext) {
    return this.users.load(ctx, change.changedById);
  }
}

/** The standards context's fields on org's Squad type. */
@Resolver(() => Squad)
export class SquadAdoptionsResolver {
  constructor(private readonly loaders: StandardsLoaders) {}

  @ResolveField(() => [Adoption], { description: 'Every standard that applies to the squad, with its adoption.' })
  adoptions(@Parent() squad: SquadEntity, @Context() ctx: GqlContext) {
    return this.loaders.adoptionsOfSquad(ctx, squad);
  }

  @ResolveField(() => AdoptionChangeConnection, { description: "Every change of the squad's adoptions, newest first." })
  adoptionHistory(@Parent() squad: SquadEntity, @Context() ctx: GqlContext, @Args() args: HistoryArgs) {
    return this.loaders.history(ctx, 'squad', squad.id, args.first, args.after);
  }
}
