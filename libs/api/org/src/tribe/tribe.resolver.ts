import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext, Viewer } from '@guildhall/api-core';
import { User, UserLoaders } from '@guildhall/api-auth';
import { Chapter } from '../chapter/chapter.model';
import { ChapterLoaders } from '../chapter/chapter.loaders';
import { Squad } from '../squad/squad.model';
import { SquadLoaders } from '../squad/squad.loaders';
import { CreateTribeInput, SetTrioInput, UpdateTribeInput } from './dto/tribe.inputs';
import { TribeEntity } from './tribe.entity';
import { TribeLoaders } from './tribe.loaders';
import { Tribe, Trio } from './tribe.model';
import { TribesService } from './tribe.service';
import { isTrioComplete } from './trio-rules';

@Resolver(() => Tribe)
export class TribeResolver {
  constructor(
    private readonly tribeService: TribesService,
    private readonly tribeLoaders: TribeLoaders,
    private readonly squadLoaders: SquadLoaders,
    private readonly chapterLoaders: ChapterLoaders,
  ) {}

  @Query(() => [Tribe])
  tribes() {
    return this.tribeService.list();
  }

  @Query(() => Tribe, { nullable: true })
  tribe(@Args('slug') slug: string) {
    return this.tribeService.getBySlug(slug);
  }

  @Mutation(() => Tribe, { description: 'Admins only.' })
  createTribe(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateTribeInput) {
    return this.tribeService.create(viewer, input);
  }

  @Mutation(() => Tribe, { description: 'Admins only. The slug stays stable when the name changes.' })
  updateTribe(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateTribeInput) {
    return this.tribeService.update(viewer, id, input);
  }

  @Mutation(() => Tribe, { description: 'Admins only.' })
  setTrio(@CurrentViewer() viewer: Viewer, @Args('input') input: SetTrioInput) {
    return this.tribeService.setTrio(viewer, input);
  }

  @ResolveField(() => [Squad])
  squads(@Parent() tribe: TribeEntity, @Context() ctx: GqlContext) {
    return this.squadLoaders.byTribe(ctx, tribe.id);
  }

  @ResolveField(() => [Chapter])
  chapters(@Parent() tribe: TribeEntity, @Context() ctx: GqlContext) {
    return this.chapterLoaders.byTribe(ctx, tribe.id);
  }

  @ResolveField(() => Trio)
  trio(@Parent() tribe: TribeEntity): Trio {
    return { tribeLeadId: tribe.tribeLeadId, productLeadId: tribe.productLeadId, designLeadId: tribe.designLeadId };
  }

  @ResolveField(() => Int, { description: "Distinct people in the tribe's squads." })
  memberCount(@Parent() tribe: TribeEntity, @Context() ctx: GqlContext) {
    return this.tribeLoaders.memberCount(ctx, tribe.id);
  }
}

@Resolver(() => Trio)
export class TrioResolver {
  constructor(private readonly users: UserLoaders) {}

  @ResolveField(() => User, { nullable: true })
  tribeLead(@Parent() trio: Trio, @Context() ctx: GqlContext) {
    return this.users.load(ctx, trio.tribeLeadId);
  }

  @ResolveField(() => User, { nullable: true })
  productLead(@Parent() trio: Trio, @Context() ctx: GqlContext) {
    return this.users.load(ctx, trio.productLeadId);
  }

  @ResolveField(() => User, { nullable: true })
  designLead(@Parent() trio: Trio, @Context() ctx: GqlContext) {
    return this.users.load(ctx, trio.designLeadId);
  }

  @ResolveField(() => Boolean, { description: 'True when all three seats are filled.' })
  complete(@Parent() trio: Trio) {
    return isTrioComplete(trio);
  }
}
