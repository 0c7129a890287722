// Starts the built Guildhall (API + web app) for the browser tests on a fresh database, through
// the test harness: a new embedded one in a temp dir, or, when DATABASE_URL is set, a new
// database on that server. Run by Playwright (see playwright.config.ts) with tools/run-ts.sh.
// Assumes `npm run build` already ran.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { API_MAIN, createTestDatabase, TestApi } from '@guildhall/api-testing';

const root = resolve(__dirname, '../../../..');
const webDist = join(root, 'dist/apps/web');

async function main() {
  if (!existsSync(API_MAIN) || !existsSync(join(webDist, 'index.html'))) {
    console.error('The browser tests need a build: run "npm run build" first.');
    process.exit(1);
  }
  const database = await createTestDatabase({ prefix: 'guildhall_web_e2e' });
  const api = await TestApi.start(
    {
      PORT: process.env.E2E_PORT ?? '3210',
      SEED_DEMO: 'true',
      WEB_DIST_DIR: webDist,
      EXPOSE_SQL_STATS: 'false',
      // Every test signs in; keep the limiter out of the way of a whole suite from one IP.
      AUTH_RATE_LIMIT_PER_IP: '10000',
      AUTH_RATE_LIMIT_PER_EMAIL: '10000',
    },
    undefined,
    { database, echo: true, startTimeoutMs: 110_000 },
  ).catch(async (e) => {
    await database.drop();
    throw e;
  });
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true;
      void api
        .stop()
        .then(() => database.drop())
        .then(() => process.exit(0));
    });
  }
  // The server stopping by itself is a failure the test run should see.
  const code = await api.exited;
  if (!stopping) {
    await api.stop();
    await database.drop();
    process.exit(code ?? 1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
