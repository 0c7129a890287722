import { Module, Type } from '@nestjs/common';
import { StandardsResolver } from './standards.resolver';

export { STANDARDS_MIGRATIONS } from './migrations';
export const STANDARDS_RESOLVERS: Type[] = [StandardsResolver];

@Module({ providers: [...STANDARDS_RESOLVERS] })
export class StandardsModule {}
