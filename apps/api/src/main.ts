import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, DataDirLockedError, loadConfig } from '@guildhall/api-core';
import { bootstrap } from './bootstrap';
import { seedOnFirstStart } from './seed';

async function main() {
  const config = loadConfig();
  const running = await bootstrap(config);
  await seedOnFirstStart(running.app, config);
  new Logger('Guildhall').log(`Guildhall is ready at ${running.url} (GraphQL at ${running.url}/graphql)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      running.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch((e) => {
  if (e instanceof ConfigError || e instanceof DataDirLockedError) {
    console.error(e.message);
  } else {
    console.error(e);
  }
  process.exit(1);
});
