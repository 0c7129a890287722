// Starts the built Guildhall (API + web app) for the browser tests on a fresh database:
// a new embedded one in a temp dir, or, when DATABASE_URL is set, a new database on that server.
// Assumes `npm run build` already ran.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const main = join(root, 'dist/api/apps/api/src/main.js');
if (!existsSync(main) || !existsSync(join(root, 'dist/apps/web/index.html'))) {
  console.error('The browser tests need a build: run "npm run build" first.');
  process.exit(1);
}

const env = {
  ...process.env,
  PORT: process.env.E2E_PORT ?? '3210',
  SEED_DEMO: 'true',
  // Every test signs in; keep the limiter out of the way of a whole suite from one IP.
  AUTH_RATE_LIMIT_PER_IP: '10000',
  AUTH_RATE_LIMIT_PER_EMAIL: '10000',
};
let cleanup = () => {};

if (process.env.DATABASE_URL) {
  const { default: pg } = await import('pg');
  const name = `guildhall_web_e2e_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  console.log(`Browser tests use the fresh database ${name}.`);
  cleanup = () => {
    const drop = new pg.Client({ connectionString: process.env.DATABASE_URL });
    return drop
      .connect()
      .then(() => drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
      .catch(() => undefined)
      .finally(() => drop.end());
  };
} else {
  const dir = mkdtempSync(join(tmpdir(), 'guildhall-web-e2e-'));
  env.DATA_DIR = dir;
  cleanup = () => rmSync(dir, { recursive: true, force: true });
}

const server = spawn(process.execPath, [main], { cwd: root, env, stdio: 'inherit' });
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    server.kill(signal);
  });
}
server.on('exit', async (code) => {
  await cleanup();
  process.exit(stopping ? 0 : (code ?? 1));
});
