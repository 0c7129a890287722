import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig, ConfigModule, CoreModule, DatabaseModule, EventsModule, graphqlOptions } from '@guildhall/api-core';
import { AUDIT_MIGRATIONS, AuditModule } from '@guildhall/api-audit';
import { AUTH_MIGRATIONS, AuthModule } from '@guildhall/api-auth';
import { KNOWLEDGE_MIGRATIONS, KnowledgeModule } from '@guildhall/api-knowledge';
import { ORG_MIGRATIONS, OrgModule } from '@guildhall/api-org';

/** Every context's migrations, applied in timestamp order at start-up. */
export const MIGRATIONS = [...AUTH_MIGRATIONS, ...ORG_MIGRATIONS, ...KNOWLEDGE_MIGRATIONS, ...AUDIT_MIGRATIONS];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({ url: databaseUrl, embedded: !config.databaseUrl, migrations: MIGRATIONS }),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        CoreModule,
        EventsModule,
        AuthModule,
        OrgModule,
        KnowledgeModule,
        AuditModule,
      ],
    };
  }
}
