import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext, Viewer } from '@guildhall/api-core';
import { User, UserLoaders } from '@guildhall/api-auth';
import { COACHES_LISTED_MAX } from '@guildhall/shared-domain';
import { Coach } from './coach.model';
import { CoachRecord } from './coach.record';
import { CoachesService } from './coaches.service';

@Resolver(() => Coach)
export class CoachResolver {
  constructor(
    private readonly service: CoachesService,
    private readonly users: UserLoaders,
  ) {}

  @Query(() => [Coach], { description: `The coaches on call, longest-serving first (at most ${COACHES_LISTED_MAX}).` })
  coaches(@CurrentViewer() _viewer: Viewer) {
    return this.service.list();
  }

  @Mutation(() => Coach, { description: 'Anyone signed in goes on call as a coach; again, it changes the note.' })
  volunteerAsCoach(@CurrentViewer() viewer: Viewer, @Args('note', { type: () => String, nullable: true }) note: string | null) {
    return this.service.volunteer(viewer, note);
  }

  @Mutation(() => Boolean, { description: 'The viewer is no longer on call; false if they were not. Tensions they facilitate keep them.' })
  stepDownAsCoach(@CurrentViewer() viewer: Viewer) {
    return this.service.stepDown(viewer);
  }

  @ResolveField(() => User)
  user(@Parent() coach: CoachRecord, @Context() ctx: GqlContext) {
    return this.users.load(ctx, coach.userId);
  }
}
