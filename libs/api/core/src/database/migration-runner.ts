import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Runs pending migrations at start-up. Several API instances may start at once against one
 * server, so they take turns under a PostgreSQL advisory lock held on a dedicated connection.
 * The embedded database has a one-connection pool and a single process, so it needs no lock.
 */
@Injectable()
export class MigrationRunner implements OnModuleInit {
  private readonly logger = new Logger('Migrations');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly options: { embedded: boolean },
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.options.embedded) return this.migrate();
    const lockHolder = this.db.createQueryRunner();
    await lockHolder.connect();
    try {
      await lockHolder.query(`SELECT pg_advisory_lock(hashtext('guildhall:migrations'))`);
      await this.migrate();
    } finally {
      await lockHolder.query(`SELECT pg_advisory_unlock(hashtext('guildhall:migrations'))`).catch(() => undefined);
      await lockHolder.release();
    }
  }

  private async migrate() {
    const applied = await this.db.runMigrations({ transaction: 'each' });
    if (applied.length) this.logger.log(`Applied ${applied.map((m) => m.name).join(', ')}`);
  }
}
