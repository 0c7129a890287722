import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/** Counts SQL statements per request, so N+1 regressions show in tests and benchmarks. */
export const sqlStats = new AsyncLocalStorage<{ statements: number }>();

export class SqlCountingLogger extends AbstractLogger {
  override logQuery(_query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const stats = sqlStats.getStore();
    if (stats) stats.statements++;
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    /* counting only; errors surface through the GraphQL error formatter */
  }
}
