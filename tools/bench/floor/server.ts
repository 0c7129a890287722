/**
 * The bench's floor: a plain `node:http` server answering the bench's seven GraphQL operations
 * (by operationName) with the same JSON as the API, from the same database, each in one SQL
 * statement that also checks the session. No framework, no GraphQL execution, no caching: what
 * the data costs when nothing else is in the way. Started by start.ts as a child process with
 * DATABASE_URL; reports its port over IPC. Every answer carries `extensions.sqlStatements`, like
 * the API's with EXPOSE_SQL_STATS.
 */
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { ALLIANCE_PAGE } from './alliances';
import { FEED, GUILD_PAGE, POST_PAGE } from './queries';
import { prefixTsquery, SEARCH } from './search';
import { MATRIX, STANDARD_PAGE } from './standards';
import { tokenHash, withSession } from './session';

/**
 * The API's pool on a database server (libs/api/core/src/database/database.module.ts SERVER_POOL),
 * except that a request waits for a connection as long as it takes: the API queues one person's
 * requests before the pool (core's FairShare), the floor has no such queue, and 50 heavy searches
 * at once waited past the API's 2 s and failed, which left the floor's figures meaningless.
 */
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  connectionTimeoutMillis: 60_000,
  keepAlive: true,
  keepAliveInitialDelayMillis: 10_000,
});

const BODY_LIMIT = 100_000;
const SEARCH_TERM_MAX_LENGTH = 200; // libs/api/core/src/validation/search-term.ts
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Variables = Record<string, unknown>;
/** Per operation: its statement and its parameters after the token hash, or a client error. */
const OPERATIONS: Record<string, { sql: string; params: (v: Variables) => unknown[] | string }> = {
  Feed: { sql: withSession(FEED), params: () => [] },
  GuildPage: { sql: withSession(GUILD_PAGE), params: (v) => (typeof v.slug === 'string' ? [v.slug] : 'slug must be a string') },
  PostPage: {
    sql: withSession(POST_PAGE),
    params: (v) => (typeof v.id === 'string' ? [UUID.test(v.id) ? v.id : null] : 'id must be a string'),
  },
  StandardPage: { sql: withSession(STANDARD_PAGE), params: (v) => (typeof v.slug === 'string' ? [v.slug] : 'slug must be a string') },
  AdoptionMatrix: { sql: withSession(MATRIX), params: (v) => (typeof v.slug === 'string' ? [v.slug] : 'slug must be a string') },
  AlliancePage: { sql: withSession(ALLIANCE_PAGE), params: (v) => (typeof v.slug === 'string' ? [v.slug] : 'slug must be a string') },
  Search: {
    sql: withSession(SEARCH),
    params: (v) => {
      if (typeof v.q !== 'string') return 'q must be a string';
      const text = v.q.trim();
      if (text.length > SEARCH_TERM_MAX_LENGTH) return `Keep the query under ${SEARCH_TERM_MAX_LENGTH} characters.`;
      return [text, prefixTsquery(text)];
    },
  },
};

function send(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const failure = (message: string, code: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

async function answer(req: IncomingMessage, body: string): Promise<[number, string]> {
  let request: { operationName?: unknown; variables?: unknown };
  try {
    request = JSON.parse(body);
  } catch {
    return [400, failure('The body is not JSON.', 'BAD_REQUEST')];
  }
  const operation = typeof request.operationName === 'string' ? OPERATIONS[request.operationName] : undefined;
  if (!operation) return [400, failure(`The floor answers ${Object.keys(OPERATIONS).join(', ')} only.`, 'BAD_REQUEST')];
  const params = operation.params((request.variables ?? {}) as Variables);
  if (typeof params === 'string') return [200, failure(params, 'BAD_USER_INPUT')];
  const hash = tokenHash(req);
  let statements = 0;
  if (hash === null) return [200, failure('Sign in to continue.', 'UNAUTHENTICATED')];
  const { rows } = await pool.query(operation.sql, [hash, ...params]);
  statements++;
  if (!rows[0].viewer_id) return [200, failure('Your session has ended or is not valid. Sign in again.', 'UNAUTHENTICATED')];
  return [200, `{"data":${rows[0].data},"extensions":{"sqlStatements":${statements}}}`];
}

const server = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, failure('POST /graphql only.', 'NOT_FOUND'));
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= BODY_LIMIT) chunks.push(chunk);
  });
  req.on('end', () => {
    if (size > BODY_LIMIT) return send(res, 413, failure('The body is too large.', 'BAD_REQUEST'));
    answer(req, Buffer.concat(chunks).toString('utf8')).then(
      ([status, text]) => send(res, status, text),
      (e: Error) => {
        console.error(e);
        send(res, 500, failure('Internal server error.', 'INTERNAL_SERVER_ERROR'));
      },
    );
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`Floor is ready at http://127.0.0.1:${port}`);
  process.send?.({ port });
});

process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void pool.end().then(() => process.exit(0));
});
