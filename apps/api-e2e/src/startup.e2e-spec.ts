import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_MAIN, Fixtures, TestApi } from '@guildhall/api-testing';

function runMain(env: Record<string, string>) {
  return spawnSync(process.execPath, [API_MAIN], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', PORT: '0', SEED_DEMO: 'false', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('start-up', () => {
  it.each([
    [{ PORT: 'abc' }, /PORT: must be a port number/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL: must be a postgres:\/\/ URL/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO: must be true or false/],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://postgres:changeme@db/guildhall' }, /DATABASE_URL: uses a placeholder password/],
  ])('stops with a message naming a bad setting (%o)', (env, message) => {
    const result = runMain(env as Record<string, string>);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  const embeddedOnly = process.env.DATABASE_URL ? it.skip : it;
  embeddedOnly('keeps answering its prepared hot reads after the pool replaces an idle connection (the embedded database is one session)', async () => {
    const api = await TestApi.start();
    try {
      const fx = await Fixtures.start(api);
      await fx.tribe('Idle', { squads: ['Idle squad'] });
      const person = await fx.member();
      const tribes = async () => api.gql('{ tribes { id squads { id name } } }', {}, { token: person.token });
      expect((await tribes()).errors).toBeUndefined();
      // pg's pool ends a client idle for 10 s; the next request opens a new connection to the same session.
      await new Promise((r) => setTimeout(r, 11_000));
      const after = await tribes();
      expect(after.errors).toBeUndefined();
      expect(after.data.tribes.flatMap((t: { squads: { name: string }[] }) => t.squads.map((q) => q.name))).toContain('Idle squad');
    } finally {
      await api.stop();
    }
  }, 60_000);

  embeddedOnly('refuses to open an embedded data directory that another process holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guildhall-lock-'));
    const first = await TestApi.start({ DATA_DIR: dir });
    try {
      const second = runMain({ DATA_DIR: dir });
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/in use by another Guildhall process/);
      expect((await first.fetch('/health')).status).toBe(200);
    } finally {
      await first.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
