import { Type } from '@nestjs/common';
import { AUDIT_MIGRATIONS, AUDIT_RESOLVERS, AuditModule } from '@guildhall/api-audit';
import { AUTH_MIGRATIONS, AUTH_RESOLVERS, AuthModule } from '@guildhall/api-auth';
import { KNOWLEDGE_MIGRATIONS, KNOWLEDGE_RESOLVERS, KnowledgeModule } from '@guildhall/api-knowledge';
import { ORG_MIGRATIONS, ORG_RESOLVERS, OrgModule } from '@guildhall/api-org';
import { STANDARDS_MIGRATIONS, STANDARDS_RESOLVERS, StandardsModule } from '@guildhall/api-standards';
import { ALLIANCES_MIGRATIONS, ALLIANCES_RESOLVERS, AlliancesModule } from '@guildhall/api-alliances';

/** What the API needs of a bounded context: its Nest module, its migrations and its GraphQL resolvers. */
export interface ApiContext {
  module: Type;
  migrations: Function[];
  resolvers: Type[];
}

/**
 * Every bounded context the API serves, the one place a context is registered (the context
 * generator adds its line here): app.module.ts, resolvers.ts and tools/schema read this list.
 */
export const CONTEXTS: ApiContext[] = [
  { module: AuthModule, migrations: AUTH_MIGRATIONS, resolvers: AUTH_RESOLVERS },
  { module: OrgModule, migrations: ORG_MIGRATIONS, resolvers: ORG_RESOLVERS },
  { module: KnowledgeModule, migrations: KNOWLEDGE_MIGRATIONS, resolvers: KNOWLEDGE_RESOLVERS },
  { module: AuditModule, migrations: AUDIT_MIGRATIONS, resolvers: AUDIT_RESOLVERS },
  { module: StandardsModule, migrations: STANDARDS_MIGRATIONS, resolvers: STANDARDS_RESOLVERS },
  { module: AlliancesModule, migrations: ALLIANCES_MIGRATIONS, resolvers: ALLIANCES_RESOLVERS },
];
