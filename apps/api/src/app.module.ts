import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig, ConfigModule, CoreModule, DatabaseModule, EventsModule, FairShare, graphqlOptions } from '@guildhall/api-core';
import { CONTEXTS } from './contexts';

/** Every context's migrations, applied in timestamp order at start-up. */
export const MIGRATIONS = CONTEXTS.flatMap((context) => context.migrations);

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({ url: databaseUrl, embedded: !config.databaseUrl, migrations: MIGRATIONS }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [FairShare],
          useFactory: (fairShare: FairShare) => graphqlOptions(config, fairShare),
        }),
        CoreModule,
        EventsModule,
        ...CONTEXTS.map((context) => context.module),
      ],
    };
  }
}
