import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { PASSWORD, Person, signUp, TestApi } from '@guildhall/api-testing';

/**
 * SIGTERM under load, on whichever database the run uses (the server in DATABASE_URL, else the
 * embedded default): clients on keep-alive connections keep sending; none of the requests the
 * server received may be lost or cut, and the process exits within SHUTDOWN_TIMEOUT_SECONDS.
 */
interface Outcome {
  startedAt: number;
  endedAt: number;
  status?: number;
  body?: string;
  connection?: string;
  /** ECONNREFUSED, ECONNRESET, "socket hang up", ... */
  error?: string;
}

interface Send {
  path: string;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  /** Sends the body in two halves this far apart: the request is in flight when SIGTERM comes. */
  slowBodyMs?: number;
}

function send(api: TestApi, agent: Agent, { path, method = 'GET', body, headers = {}, slowBodyMs }: Send): Promise<Outcome> {
  const startedAt = Date.now();
  return new Promise((resolve) => {
    const req = request(`${api.url}${path}`, { method, agent, headers: body ? { 'content-type': 'application/json', ...headers } : headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () =>
        resolve({ startedAt, endedAt: Date.now(), status: res.statusCode, body: text, connection: res.headers.connection }),
      );
      res.on('error', (e: NodeJS.ErrnoException) => resolve({ startedAt, endedAt: Date.now(), error: e.code ?? e.message }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ startedAt, endedAt: Date.now(), error: e.code ?? e.message }));
    if (!body) return void req.end();
    if (!slowBodyMs) return void req.end(body);
    req.setHeader('content-length', Buffer.byteLength(body));
    req.flushHeaders();
    req.write(body.slice(0, 10));
    setTimeout(() => req.end(body.slice(10)), slowBodyMs).unref();
  });
}

const gql = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const ME = gql('{ me { id } }');
const signUpBody = () => {
  const tag = randomBytes(4).toString('hex');
  return gql(`mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`, {
    input: { email: `late-${tag}@example.com`, password: PASSWORD, displayName: `Late ${tag}` },
  });
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the server has taken the signal (a signal is delivered asynchronously). */
async function shuttingDown(api: TestApi) {
  for (let waited = 0; waited < 2_000 && !api.logs.join('').includes('Shutting down'); waited += 5) await sleep(5);
}

describe('shutdown on SIGTERM', () => {
  let api: TestApi | undefined;
  afterEach(async () => {
    await api?.stop();
    api = undefined;
  });

  it('answers every request it received, refuses new ones, says it is not ready, and exits', async () => {
    api = await TestApi.start({ SHUTDOWN_TIMEOUT_SECONDS: '8' });
    const server = api;
    const person: Person = await signUp(server);
    const auth = { authorization: `Bearer ${person.token}` };

    // 20 clients, each on its own keep-alive connection: quick reads, sign-ups (slow to hash
    // and writing to the database), and requests whose body trickles in across the signal.
    const outcomes: Outcome[] = [];
    let signalledAt = Infinity;
    let refused = false;
    const warm = new Set<number>();
    const client = async (i: number) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        while (!refused) {
          const next: Send =
            i < 4
              ? { path: '/graphql', method: 'POST', body: ME, headers: auth, slowBodyMs: 200 + 100 * i }
              : i < 8
                ? { path: '/graphql', method: 'POST', body: signUpBody() }
                : { path: '/graphql', method: 'POST', body: ME, headers: auth };
          const outcome = await send(server, agent, next);
          outcomes.push(outcome);
          if (!outcome.error) warm.add(i);
          if (outcome.error) {
            if (outcome.startedAt < signalledAt) break; // counted as lost below
            refused = refused || outcome.error === 'ECONNREFUSED';
            break;
          }
        }
      } finally {
        agent.destroy();
      }
    };

    // A readiness probe on a connection opened before the signal, as a load balancer keeps one.
    const probe = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await send(server, probe, { path: '/health' })).status).toBe(200);

    const clients = Array.from({ length: 20 }, (_, i) => client(i));
    // Every client has an open, used keep-alive connection, and slow requests are mid-way.
    while (warm.size < 20) await sleep(20);
    await sleep(300);
    const exited = server.exited;
    signalledAt = Date.now();
    server.kill('SIGTERM');
    await shuttingDown(server);
    const health = await send(server, probe, { path: '/health' });
    const code = await exited;
    const exitedAfter = Date.now() - signalledAt;
    await Promise.all(clients);
    probe.destroy();

    const before = outcomes.filter((o) => o.startedAt < signalledAt);
    const after = outcomes.filter((o) => o.startedAt >= signalledAt);
    const lost = before.filter((o) => o.error || o.status !== 200 || !o.body?.includes('"data"'));
    expect(before.length).toBeGreaterThan(20);
    expect(lost).toEqual([]);
    // Requests in flight at the signal were answered (and then told to close).
    expect(before.some((o) => o.endedAt > signalledAt && o.connection === 'close')).toBe(true);
    // After the signal: answered, or refused because the server stopped accepting; never cut.
    for (const o of after) {
      if (o.error) expect(o.error).toBe('ECONNREFUSED');
      else expect(o.status).toBe(200);
    }
    expect(after.some((o) => o.error === 'ECONNREFUSED')).toBe(true);

    expect(health.status).toBe(503);
    expect(health.connection).toBe('close');

    expect(code).toBe(0);
    expect(exitedAfter).toBeLessThan(8_000);
    // The slowest request in flight was answered before the process exited.
    expect(Math.max(...before.map((o) => o.endedAt)) - signalledAt).toBeLessThanOrEqual(exitedAfter);
  });

  it('exits within SHUTDOWN_TIMEOUT_SECONDS even when a request never finishes', async () => {
    api = await TestApi.start({ SHUTDOWN_TIMEOUT_SECONDS: '3' });
    const server = api;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    // A client that starts a request and never sends the rest of it.
    const stuck = send(server, agent, { path: '/graphql', method: 'POST', body: ME, slowBodyMs: 60_000 });
    await sleep(200);

    const exited = server.exited;
    const signalledAt = Date.now();
    server.kill('SIGTERM');
    const code = await exited;
    const exitedAfter = Date.now() - signalledAt;

    expect((await stuck).error).toBeDefined(); // cut at the deadline, not waited for
    expect(code).not.toBeNull();
    expect(exitedAfter).toBeGreaterThan(1_000); // it did wait for the request a while
    expect(exitedAfter).toBeLessThan(3_000 + 1_000);
    agent.destroy();
  });
});
