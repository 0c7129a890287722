import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from './database';

const redisPrefix = `gh-e2e-${process.pid}-${Date.now()}`;
/** The built server (`npm run build:api`). */
export const API_MAIN = resolve(__dirname, '../../../../dist/api/apps/api/src/main.js');

/**
 * How the API's node runs wherever it is deployed (`npm start`, the Dockerfile; a unit test keeps
 * them equal), so tests and the bench run it as deployed. A young generation of up to 64 MB a
 * semi-space: each request allocates a few hundred KB that die young, and with the default 16 MB
 * the scavenger ran often enough to take ~17% of a feed request's CPU; at 64 MB a feed request
 * costs ~20% less CPU (docs/architecture.md, "Speed"), for at most ~100 MB more memory.
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=64'];

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: (string | number)[] }[];
  extensions?: { sqlStatements?: number; [k: string]: unknown };
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

export interface StartOptions {
  /** e.g. through a TcpProxy, to take the database away from this process only */
  routeDatabase?: (databaseUrl: string) => string;
  /** A database made by the caller (kept or dropped by the caller); default: a fresh one, dropped on stop. */
  database?: TestDatabase;
  /** Also copy the server's output to this process's stdout and stderr. */
  echo?: boolean;
  /** How long start-up may take (default 60 s); seeding the demo on a busy machine takes longer. */
  startTimeoutMs?: number;
  /** Options for node itself, before the script (e.g. the bench's `--cpu-prof`). */
  nodeArgs?: string[];
}

/**
 * A Guildhall server started as a separate process on its own empty database, driven over
 * HTTP like any outside client. One per test file; the browser tests and the bench use it too.
 */
export class TestApi {
  private constructor(
    readonly url: string,
    private readonly proc: ChildProcess,
    private readonly db: TestDatabase,
    readonly logs: string[],
  ) {}

  /**
   * Starts a server on a fresh database, or, with `sameDatabaseAs`, a second instance on
   * another's database (as docker-compose runs several API instances behind one PostgreSQL).
   */
  static async start(
    env: Record<string, string> = {},
    sameDatabaseAs?: TestApi,
    options: StartOptions = {},
  ): Promise<TestApi> {
    const shared = sameDatabaseAs?.db ?? options.database;
    const db: TestDatabase = shared ? { ...shared, drop: async () => undefined } : await createTestDatabase();
    const route = db.env.DATABASE_URL && options.routeDatabase ? { DATABASE_URL: options.routeDatabase(db.env.DATABASE_URL) } : {};
    const logs: string[] = [];
    const proc = spawn(process.execPath, [...API_NODE_FLAGS, ...(options.nodeArgs ?? []), API_MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        PORT: '0',
        SEED_DEMO: 'false',
        EXPOSE_SQL_STATS: 'true',
        AUTH_RATE_LIMIT_PER_IP: '100000',
        AUTH_RATE_LIMIT_PER_EMAIL: '1000',
        WEB_DIST_DIR: '/nonexistent',
        // With Redis available (CI), rate-limit counters live there, isolated per test file.
        ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL, REDIS_KEY_PREFIX: redisPrefix } : {}),
        ...db.env,
        ...route,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolveUrl, reject) => {
      const timeoutMs = options.startTimeoutMs ?? 60_000;
      const timer = setTimeout(() => {
        proc.kill('SIGKILL'); // not left running, holding its database, after the caller gave up
        reject(new Error(`API did not start in ${timeoutMs / 1000}s (did you run npm run build:api?):\n${logs.join('')}`));
      }, timeoutMs);
      const onData = (chunk: Buffer) => {
        const text = chunk.toString();
        logs.push(text);
        const match = /Guildhall is ready at (http:\/\/localhost:\d+)/.exec(text);
        if (match) {
          clearTimeout(timer);
          resolveUrl(match[1]);
        }
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', (c: Buffer) => logs.push(c.toString()));
      if (options.echo) {
        proc.stdout!.pipe(process.stdout);
        proc.stderr!.pipe(process.stderr);
      }
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`API exited with ${code}:\n${logs.join('')}`));
      });
    });
    return new TestApi(url, proc, db, logs);
  }

  /** Resolves with the exit code once the process has exited. */
  get exited(): Promise<number | null> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return Promise.resolve(this.proc.exitCode);
    return new Promise((r) => this.proc.once('exit', (code) => r(code)));
  }

  get running(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** Sends a signal without waiting, e.g. SIGTERM to shut down under load. */
  kill(signal: NodeJS.Signals): void {
    this.proc.kill(signal);
  }

  async stop(): Promise<void> {
    if (this.running) {
      const exited = this.exited;
      this.proc.kill('SIGTERM');
      await exited;
    }
    await this.db.drop();
  }

  /** POSTs a GraphQL operation as JSON, the way every client should. */
  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, opts: RequestOptions = {}): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...opts.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
    return { status: res.status, headers: res.headers, ...body };
  }

  /** Like gql, but fails the test on any error and returns data. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}, opts: RequestOptions = {}): Promise<T> {
    const res = await this.gql<T>(query, variables, opts);
    if (res.errors?.length) throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
    return res.data as T;
  }

  fetch(path: string, init?: RequestInit) {
    return fetch(`${this.url}${path}`, init);
  }

  /** The connection string of this server's own database (on the embedded default, its PGlite socket). */
  get databaseUrl(): string {
    if (this.db.env.DATABASE_URL) return this.db.env.DATABASE_URL;
    const embedded = /Embedded PostgreSQL \(PGlite\) on (\S+),/.exec(this.logs.join(''));
    if (!embedded) throw new Error('The test server has no database to connect to.');
    return `postgres://postgres@${embedded[1]}/postgres`;
  }

  /**
   * Runs SQL on the server's database, for what no client can do, such as letting time pass
   * (expiring an invitation or a session) or arranging rows with identical timestamps. On the
   * embedded database it connects through the PGlite socket the server logged at start-up; use
   * it there only while no request is in flight.
   */
  async sql<R = any>(text: string, params: unknown[] = []): Promise<R[]> {
    const client = new Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as R[];
    } finally {
      await client.end();
    }
  }
}

/** The first error's code, for asserting misuse gets the right answer. */
export function errorCode(res: GraphQLResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
