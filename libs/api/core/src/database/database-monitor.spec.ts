import { createServer, type Server, type Socket } from 'node:net';
import type { DataSource } from 'typeorm';
import { DatabaseMonitor, SLOW_CONNECTS_TO_CONCLUDE } from './database-monitor';

/** A pool with one busy connection, whose cutting the test can see. */
function busyPool() {
  const destroy = jest.fn();
  const pool = { waitingCount: 0, totalCount: 1, idleCount: 0, _clients: [{ connection: { stream: { destroy } } }] };
  return { db: { driver: { master: pool } } as unknown as DataSource, cut: () => destroy.mock.calls.length > 0 };
}

/** A server that takes connections and never says a word: a new connection never opens. */
async function silentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `postgres://nobody@127.0.0.1:${port}/none`,
    close: () => {
      sockets.forEach((s) => s.destroy());
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

describe('DatabaseMonitor', () => {
  it(`does not cut a busy pool over one slow new connection; ${SLOW_CONNECTS_TO_CONCLUDE} in a row mean the database does not answer`, async () => {
    const server = await silentServer();
    const { db, cut } = busyPool();
    const monitor = new DatabaseMonitor(db, { url: server.url, enabled: true });
    try {
      for (let i = 1; i < SLOW_CONNECTS_TO_CONCLUDE; i++) {
        expect(await monitor.isReachable()).toBe(true);
        expect(monitor.knownDown).toBe(false);
        expect(cut()).toBe(false);
      }
      expect(await monitor.isReachable()).toBe(false);
      expect(monitor.knownDown).toBe(true);
      expect(cut()).toBe(true);
    } finally {
      await monitor.onApplicationShutdown();
      await server.close();
    }
  }, 10_000);

  it('takes a refused connection as a verdict at once', async () => {
    const server = await silentServer();
    await server.close(); // nothing listens on that port any more
    const { db, cut } = busyPool();
    const monitor = new DatabaseMonitor(db, { url: server.url, enabled: true });
    expect(await monitor.isReachable()).toBe(false);
    expect(monitor.knownDown).toBe(true);
    expect(cut()).toBe(true);
    await monitor.onApplicationShutdown();
  });

  it('recovers soon after the database returns, though an earlier try still hangs: a fresh try every 200 ms, the first that answers ends it', async () => {
    const { db } = busyPool();
    const monitor = new DatabaseMonitor(db, { url: 'postgres://nobody@127.0.0.1:1/none', enabled: true });
    let database: 'refusing' | 'silent' | 'answering' = 'refusing';
    const tries: string[] = [];
    const answeringClient = { query: async () => ({ rows: [] }), end: async () => undefined, on: () => undefined };
    jest.spyOn(monitor as unknown as { connect(): Promise<unknown> }, 'connect').mockImplementation(async () => {
      tries.push(database);
      if (database === 'refusing') throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      if (database === 'silent') return new Promise(() => undefined); // a network that drops what it is sent
      return answeringClient;
    });
    try {
      expect(await monitor.isReachable()).toBe(false);
      database = 'silent';
      await new Promise((r) => setTimeout(r, 650));
      expect(tries.filter((t) => t === 'silent').length).toBeGreaterThanOrEqual(2); // tries overlap the hung ones
      expect(monitor.knownDown).toBe(true);
      database = 'answering';
      const back = Date.now();
      while (monitor.knownDown && Date.now() - back < 2_000) await new Promise((r) => setTimeout(r, 10));
      expect(monitor.knownDown).toBe(false);
      expect(Date.now() - back).toBeLessThan(800); // a tick (200 ms) and an answer, with room for a busy machine
    } finally {
      await monitor.onApplicationShutdown();
    }
  });
});
