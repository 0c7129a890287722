import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MigrationRunner } from './migration-runner';
import { SqlCountingLogger } from './sql-stats';

export interface DatabaseOptions {
  url: string;
  /** PGlite serves one query at a time: the pool must stay at one connection. */
  embedded: boolean;
  migrations: Function[];
}

@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.url,
          autoLoadEntities: true,
          synchronize: false,
          migrations: options.migrations,
          migrationsRun: false, // MigrationRunner applies them under a lock
          uuidExtension: 'pgcrypto',
          logger: new SqlCountingLogger(),
          extra: { max: options.embedded ? 1 : 10, connectionTimeoutMillis: 10_000 },
        }),
      ],
      providers: [
        { provide: MigrationRunner, inject: [DataSource], useFactory: (db: DataSource) => new MigrationRunner(db, { embedded: options.embedded }) },
      ],
    };
  }
}
