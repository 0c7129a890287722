import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * A fresh, empty database: a new database on the PostgreSQL server in `serverUrl` (default
 * DATABASE_URL), or a new embedded data directory when there is no server.
 * `env` is what a Guildhall server needs to use it.
 */
export interface TestDatabase {
  env: Record<string, string>;
  /** The new database's connection string; absent for an embedded one. */
  url?: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(
  options: { serverUrl?: string; prefix?: string } = {},
): Promise<TestDatabase> {
  const serverUrl = 'serverUrl' in options ? options.serverUrl : process.env.DATABASE_URL;
  const prefix = options.prefix ?? 'guildhall_e2e';
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), `${prefix.replace(/_/g, '-')}-`));
    return { env: { DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await runAsAdmin(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    url: url.toString(),
    drop: () => runAsAdmin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Runs one statement on the server's maintenance connection (CREATE/DROP DATABASE). */
export async function runAsAdmin(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
