import { Module, Type } from '@nestjs/common';
import { AlliancesResolver } from './alliances.resolver';
import { TEAM_API_PROVIDERS, TEAM_API_RESOLVERS } from './team-api';

export { ALLIANCES_MIGRATIONS } from './migrations';
export const ALLIANCES_RESOLVERS: Type[] = [AlliancesResolver, ...TEAM_API_RESOLVERS];

@Module({ providers: [...ALLIANCES_RESOLVERS, ...TEAM_API_PROVIDERS] })
export class AlliancesModule {}
