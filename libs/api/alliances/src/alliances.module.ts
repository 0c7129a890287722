import { Module, Type } from '@nestjs/common';
import { AlliancesResolver } from './alliances.resolver';

export { ALLIANCES_MIGRATIONS } from './migrations';
export const ALLIANCES_RESOLVERS: Type[] = [AlliancesResolver];

@Module({ providers: [...ALLIANCES_RESOLVERS] })
export class AlliancesModule {}
