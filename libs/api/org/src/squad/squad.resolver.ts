import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext, Viewer } from '@guildhall/api-core';
import { User, UserLoaders } from '@guildhall/api-auth';
import { Tribe } from '../tribe/tribe.model';
import { TribeLoaders } from '../tribe/tribe.loaders';
import { CreateSquadInput, UpdateSquadInput } from './dto/squad.inputs';
import { SquadEntity } from './squad.entity';
import { SquadLoaders } from './squad.loaders';
import { Squad } from './squad.model';
import { SquadsService } from './squad.service';

@Resolver(() => Squad)
export class SquadResolver {
  constructor(
    private readonly squads: SquadsService,
    private readonly loaders: SquadLoaders,
    private readonly tribeLoaders: TribeLoaders,
    private readonly users: UserLoaders,
  ) {}

  @Query(() => Squad, { nullable: true })
  squad(@Args('slug') slug: string) {
    return this.squads.getBySlug(slug);
  }

  @Mutation(() => Squad, { description: "Admins and the tribe's lead." })
  createSquad(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateSquadInput) {
    return this.squads.create(viewer, input);
  }

  @Mutation(() => Squad, { description: "Admins and the tribe's lead. The slug stays stable when the name changes." })
  updateSquad(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateSquadInput) {
    return this.squads.update(viewer, id, input);
  }

  @Mutation(() => Squad, {
    description:
      "Moves the person into this squad (out of any other); leaves a chapter of another tribe. Admins and the tribe's lead (of both tribes when moving between tribes).",
  })
  addSquadMember(@CurrentViewer() viewer: Viewer, @Args('squadId', { type: () => ID }) squadId: string, @Args('userId', { type: () => ID }) userId: string) {
    return this.squads.addMember(viewer, squadId, userId);
  }

  @Mutation(() => Squad, { description: "Admins and the tribe's lead. Idempotent." })
  removeSquadMember(
    @CurrentViewer() viewer: Viewer,
    @Args('squadId', { type: () => ID }) squadId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    return this.squads.removeMember(viewer, squadId, userId);
  }

  @ResolveField(() => Tribe)
  tribe(@Parent() squad: SquadEntity, @Context() ctx: GqlContext) {
    return this.tribeLoaders.byId(ctx).load(squad.tribeId);
  }

  @ResolveField(() => User, { nullable: true })
  productOwner(@Parent() squad: SquadEntity, @Context() ctx: GqlContext) {
    return this.users.load(ctx, squad.productOwnerId);
  }

  @ResolveField(() => User, { nullable: true })
  agileCoach(@Parent() squad: SquadEntity, @Context() ctx: GqlContext) {
    return this.users.load(ctx, squad.agileCoachId);
  }

  @ResolveField(() => [User])
  members(@Parent() squad: SquadEntity, @Context() ctx: GqlContext) {
    return this.loaders.members(ctx, squad.id);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() squad: SquadEntity, @Context() ctx: GqlContext) {
    return this.loaders.memberCount(ctx, squad.id);
  }
}
