import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext, ReadAlong, Viewer } from '@guildhall/api-core';
import { User, UserLoaders } from '@guildhall/api-auth';
import { Alliance } from '../alliance/alliance.model';
import { AlliancesLoaders } from '../alliances.loaders';
import { DecisionInput } from './decision.inputs';
import { Decision } from './decision.model';
import { DecisionRecord } from './decision.record';
import { DecisionsService } from './decisions.service';

@Resolver(() => Decision)
export class DecisionResolver {
  constructor(
    private readonly service: DecisionsService,
    private readonly loaders: AlliancesLoaders,
    private readonly users: UserLoaders,
  ) {}

  @Mutation(() => Decision, {
    description:
      "In an alliance: its editors, citing only its criteria. Outside any alliance (no allianceId): trio members of any tribe and admins, citing no criteria.",
  })
  recordDecision(@CurrentViewer() viewer: Viewer, @Args('input') input: DecisionInput) {
    return this.service.record(viewer, input);
  }

  @ResolveField(() => Alliance, { nullable: true, description: 'Null for a decision recorded outside any alliance.' })
  @ReadAlong('Decision')
  alliance(@Parent() decision: DecisionRecord, @Context() ctx: GqlContext) {
    return this.loaders.alliance(ctx, decision.allianceId);
  }

  @ResolveField(() => User)
  @ReadAlong('Decision')
  async decidedBy(@Parent() decision: DecisionRecord, @Context() ctx: GqlContext) {
    if (decision.allianceId) await this.loaders.people(ctx, decision.allianceId);
    return this.users.byId(ctx).load(decision.decidedById);
  }
}
