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
});
