import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext, ReadAlong, Viewer } from '@guildhall/api-core';
import { Squad, SquadLoaders } from '@guildhall/api-org';
import { AlliancesLoaders } from '../alliances.loaders';
import { MilestoneInput } from './milestone.inputs';
import { Milestone, MilestoneStatus } from './milestone.model';
import { MilestoneRecord } from './milestone.record';
import { isOverdue, MilestonesService } from './milestones.service';

@Resolver(() => Milestone)
export class MilestoneResolver {
  constructor(
    private readonly service: MilestonesService,
    private readonly loaders: AlliancesLoaders,
    private readonly squads: SquadLoaders,
  ) {}

  @Mutation(() => Milestone, { description: "The alliance's editors; the squad must be in one of its tribes. A new milestone is PLANNED." })
  addMilestone(@CurrentViewer() viewer: Viewer, @Args('input') input: MilestoneInput) {
    return this.service.add(viewer, input);
  }

  @Mutation(() => Milestone, { description: "The alliance's editors; any status may follow any other." })
  setMilestoneStatus(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('status', { type: () => MilestoneStatus }) status: MilestoneStatus) {
    return this.service.setStatus(viewer, id, status);
  }

  @ResolveField(() => Squad, { nullable: true })
  @ReadAlong('Milestone')
  squad(@Parent() milestone: MilestoneRecord, @Context() ctx: GqlContext) {
    return milestone.squadId ? this.squads.byId(ctx).load(milestone.squadId) : null;
  }

  @ResolveField(() => Boolean, { description: 'Past its due date and not DONE (a MISSED milestone is overdue too).' })
  @ReadAlong('Milestone')
  overdue(@Parent() milestone: MilestoneRecord, @Context() ctx: GqlContext) {
    return isOverdue(milestone, this.loaders.now(ctx));
  }
}
