import { Module, Type } from '@nestjs/common';
import { AuthModule } from '@guildhall/api-auth';
import { OrgModule } from '@guildhall/api-org';
import { AllianceAccess } from './alliance/alliance-access';
import { AllianceResolver } from './alliance/alliance.resolver';
import { AllianceRepository } from './alliance/alliance.repository';
import { AlliancesService } from './alliance/alliances.service';
import { TribeAlliancesResolver } from './alliance/tribe-alliances.resolver';
import { AlliancesLoaders } from './alliances.loaders';
import { DecisionResolver } from './decision/decision.resolver';
import { DecisionRepository } from './decision/decision.repository';
import { DecisionsService } from './decision/decisions.service';
import { MilestoneResolver } from './milestone/milestone.resolver';
import { MilestoneRepository } from './milestone/milestone.repository';
import { MilestonesService } from './milestone/milestones.service';
import { KeyResultResolver, KeyResultUpdateResolver, ObjectiveResolver } from './objective/objective.resolver';
import { ObjectiveRepository } from './objective/objective.repository';
import { ObjectivesService } from './objective/objectives.service';
import { TEAM_API_PROVIDERS, TEAM_API_RESOLVERS } from './team-api';

export { ALLIANCES_MIGRATIONS } from './migrations';
export const ALLIANCES_RESOLVERS: Type[] = [
  AllianceResolver,
  TribeAlliancesResolver,
  ObjectiveResolver,
  KeyResultResolver,
  KeyResultUpdateResolver,
  MilestoneResolver,
  DecisionResolver,
  ...TEAM_API_RESOLVERS,
];

const ALLIANCES_PROVIDERS = [
  AllianceRepository,
  ObjectiveRepository,
  MilestoneRepository,
  DecisionRepository,
  AllianceAccess,
  AlliancesService,
  ObjectivesService,
  MilestonesService,
  DecisionsService,
  AlliancesLoaders,
];

@Module({
  imports: [AuthModule, OrgModule],
  providers: [...ALLIANCES_PROVIDERS, ...ALLIANCES_RESOLVERS, ...TEAM_API_PROVIDERS],
  exports: [AlliancesService, DecisionsService, AllianceAccess, AlliancesLoaders],
})
export class AlliancesModule {}
