import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, DataDirLockedError, loadConfig } from '@guildhall/api-core';
import { bootstrap, RunningApp } from './bootstrap';
import { seedOnFirstStart } from './seed';

async function main() {
  const config = loadConfig();
  const running = await bootstrap(config);
  await seedOnFirstStart(running.app, config);
  new Logger('Guildhall').log(`Guildhall is ready at ${running.url} (GraphQL at ${running.url}/graphql)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => shutDown(running, config.shutdownTimeoutSeconds * 1000));
  }
}

/**
 * The one shutdown path: answer what was received, close the database, exit. Whatever hangs,
 * the process is gone after `timeoutMs` (orchestrators kill it soon after anyway).
 */
function shutDown(running: RunningApp, timeoutMs: number) {
  const logger = new Logger('Shutdown');
  logger.log(`Shutting down: answering requests already received (at most ${timeoutMs / 1000} s).`);
  setTimeout(() => {
    logger.error(`Still not stopped after ${timeoutMs / 1000} s (SHUTDOWN_TIMEOUT_SECONDS); exiting anyway.`);
    process.exit(1);
  }, timeoutMs).unref();
  // Keep time to close Nest, Redis and the database after the last answer.
  const drainMs = Math.max(timeoutMs - 2_000, timeoutMs / 2);
  running.close(drainMs).then(
    () => process.exit(0),
    (e) => {
      logger.error(`Shutdown failed: ${(e as Error)?.stack ?? e}`);
      process.exit(1);
    },
  );
}

main().catch((e) => {
  if (e instanceof ConfigError || e instanceof DataDirLockedError) {
    console.error(e.message);
  } else {
    console.error(e);
  }
  process.exit(1);
});
