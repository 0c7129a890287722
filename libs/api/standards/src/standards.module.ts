import { Module, Type } from '@nestjs/common';
import { AuthModule } from '@guildhall/api-auth';
import { OrgModule } from '@guildhall/api-org';
import { AdoptionChangeResolver, AdoptionResolver, SquadAdoptionsResolver } from './adoption/adoption.resolver';
import { AdoptionRepository } from './adoption/adoption.repository';
import { AdoptionsService } from './adoption/adoptions.service';
import { ChapterStandardsResolver } from './standard/chapter-standards.resolver';
import { StandardAccess } from './standard/standard-access';
import { ReviewCommentResolver, StandardConnectionResolver, StandardVersionResolver } from './standard/standard-parts.resolver';
import { StandardResolver } from './standard/standard.resolver';
import { StandardRepository } from './standard/standard.repository';
import { StandardsService } from './standard/standards.service';
import { StandardsLoaders } from './standards.loaders';

export { STANDARDS_MIGRATIONS } from './migrations';
export const STANDARDS_RESOLVERS: Type[] = [
  StandardResolver,
  StandardConnectionResolver,
  StandardVersionResolver,
  ReviewCommentResolver,
  ChapterStandardsResolver,
  AdoptionResolver,
  AdoptionChangeResolver,
  SquadAdoptionsResolver,
];

@Module({
  imports: [AuthModule, OrgModule],
  providers: [StandardRepository, AdoptionRepository, StandardAccess, StandardsService, AdoptionsService, StandardsLoaders, ...STANDARDS_RESOLVERS],
  exports: [StandardsService, StandardsLoaders],
})
export class StandardsModule {}
