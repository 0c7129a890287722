import { Module, Type } from '@nestjs/common';
import { AuthModule } from '@guildhall/api-auth';
import { OrgModule } from '@guildhall/api-org';

export const KNOWLEDGE_MIGRATIONS: Function[] = [];
/** Filled in as the knowledge context's resolvers land. */
export const KNOWLEDGE_RESOLVERS: Type[] = [];

@Module({
  imports: [AuthModule, OrgModule],
  providers: [...KNOWLEDGE_RESOLVERS],
})
export class KnowledgeModule {}
