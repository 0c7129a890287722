import { Args, Context, Float, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext, ReadAlong, Viewer } from '@guildhall/api-core';
import { User, UserLoaders } from '@guildhall/api-auth';
import { KEY_RESULT_HISTORY_SHOWN, KEY_RESULTS_PER_OBJECTIVE_MAX } from '@guildhall/shared-domain';
import { AlliancesLoaders } from '../alliances.loaders';
import { KeyResultInput } from './objective.inputs';
import { KeyResult, KeyResultUpdate, Objective } from './objective.model';
import { KeyResultRecord, KeyResultUpdateRecord, ObjectiveRecord } from './objective.record';
import { ObjectivesService } from './objectives.service';
import { keyResultProgress } from './progress';

@Resolver(() => Objective)
export class ObjectiveResolver {
  constructor(
    private readonly service: ObjectivesService,
    private readonly loaders: AlliancesLoaders,
  ) {}

  @Mutation(() => Objective, { description: `The alliance's editors; up to ${KEY_RESULTS_PER_OBJECTIVE_MAX} key results may come with it.` })
  addObjective(
    @CurrentViewer() viewer: Viewer,
    @Args('allianceId', { type: () => ID }) allianceId: string,
    @Args('title') title: string,
    @Args('keyResults', { type: () => [KeyResultInput], nullable: true }) keyResults?: KeyResultInput[] | null,
  ) {
    return this.service.addObjective(viewer, allianceId, title, keyResults);
  }

  @ResolveField(() => [KeyResult], { description: 'In the order they were added.' })
  @ReadAlong('Objective')
  keyResults(@Parent() objective: ObjectiveRecord, @Context() ctx: GqlContext) {
    return this.loaders.keyResultsOf(ctx, objective);
  }

  @ResolveField(() => Float, { description: 'Mean progress of its key results, from 0 to 1; 0 when it has none.' })
  @ReadAlong('Objective')
  progress(@Parent() objective: ObjectiveRecord, @Context() ctx: GqlContext) {
    return this.loaders.objectiveProgress(ctx, objective);
  }
}

@Resolver(() => KeyResult)
export class KeyResultResolver {
  constructor(
    private readonly service: ObjectivesService,
    private readonly loaders: AlliancesLoaders,
  ) {}

  @Mutation(() => KeyResult, { description: "The alliance's editors. Its first value (current, or the baseline) starts its history." })
  addKeyResult(@CurrentViewer() viewer: Viewer, @Args('objectiveId', { type: () => ID }) objectiveId: string, @Args('input') input: KeyResultInput) {
    return this.service.addKeyResult(viewer, objectiveId, input);
  }

  @Mutation(() => KeyResult, { description: "Editors, or members of squads named on the alliance's milestones. Each update is kept in its history." })
  updateKeyResult(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('current', { type: () => Float }) current: number) {
    return this.service.updateKeyResult(viewer, id, current);
  }

  @ResolveField(() => Float, {
    description:
      '(current - baseline) / (target - baseline), clamped to 0..1; works for falling targets too. When target equals baseline: 1 if current equals the target (reached), else 0.',
  })
  @ReadAlong('KeyResult')
  progress(@Parent() keyResult: KeyResultRecord) {
    return keyResultProgress(keyResult);
  }

  @ResolveField(() => [KeyResultUpdate], { description: `The values it was set to, oldest first (the newest ${KEY_RESULT_HISTORY_SHOWN}); the first is the value it was created with.` })
  @ReadAlong('KeyResult')
  history(@Parent() keyResult: KeyResultRecord, @Context() ctx: GqlContext) {
    return this.loaders.history(ctx, keyResult);
  }

  @ResolveField(() => Boolean, { description: "Whether the viewer may update it: the alliance's editors and members of squads named on its milestones." })
  @ReadAlong('KeyResult')
  viewerCanUpdate(@Parent() keyResult: KeyResultRecord, @Context() ctx: GqlContext) {
    return this.loaders.viewerCanUpdateKeyResults(ctx, keyResult.allianceId);
  }
}

@Resolver(() => KeyResultUpdate)
export class KeyResultUpdateResolver {
  constructor(
    private readonly users: UserLoaders,
    private readonly loaders: AlliancesLoaders,
  ) {}

  @ResolveField(() => User)
  @ReadAlong('KeyResultUpdate')
  async updatedBy(@Parent() update: KeyResultUpdateRecord, @Context() ctx: GqlContext) {
    if (update.allianceId) await this.loaders.people(ctx, update.allianceId);
    return this.users.byId(ctx).load(update.updatedById);
  }
}
