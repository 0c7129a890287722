import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DatabaseMonitor } from './database-monitor';
import { MigrationRunner } from './migration-runner';
import { prepareStatements } from './prepared';
import { SqlCountingLogger } from './sql-stats';

export interface DatabaseOptions {
  url: string;
  /** PGlite serves one query at a time: the pool must stay at one connection. */
  embedded: boolean;
  migrations: Function[];
}

/**
 * A real server can go away: a request waits at most 2 s for a connection (a new one, or a
 * pooled one coming free) and then fails with SERVICE_UNAVAILABLE; DatabaseMonitor ends
 * queries the server stopped answering. TCP keepalive finds connections a dead peer left
 * open while idle. No statement timeout: some statements wait on locks on purpose.
 */
const SERVER_POOL = { max: 10, connectionTimeoutMillis: 2_000, keepAlive: true, keepAliveInitialDelayMillis: 10_000 };
/**
 * PGlite serves one query at a time, and a large import holds the one connection for long:
 * other requests queue for it rather than fail.
 */
const EMBEDDED_POOL = { max: 1, connectionTimeoutMillis: 10_000 };

@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseOptions): DynamicModule {
    prepareStatements(!options.embedded);
    return {
      module: DatabaseModule,
      global: true, // the health check and error handling ask DatabaseMonitor
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
          extra: options.embedded ? EMBEDDED_POOL : SERVER_POOL,
        }),
      ],
      providers: [
        { provide: MigrationRunner, inject: [DataSource], useFactory: (db: DataSource) => new MigrationRunner(db, { embedded: options.embedded }) },
        {
          provide: DatabaseMonitor,
          inject: [DataSource],
          useFactory: (db: DataSource) => new DatabaseMonitor(db, { url: options.url, enabled: !options.embedded }),
        },
      ],
      exports: [DatabaseMonitor],
    };
  }
}
