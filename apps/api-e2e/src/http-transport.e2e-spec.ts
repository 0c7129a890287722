import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { errorCode, Fixtures, TestApi } from '@guildhall/api-testing';

/** How /graphql behaves as an HTTP endpoint: CSRF, methods, limits, errors, health. */
describe('the /graphql endpoint', () => {
  let api: TestApi;
  let token: string;

  beforeAll(async () => {
    api = await TestApi.start({ MAX_QUERY_DEPTH: '2', MAX_QUERY_COST: '200' });
    token = (await (await Fixtures.start(api)).member()).token;
  });
  afterAll(() => api?.stop());

  it('answers queries over GET (with a preflight header) and refuses mutations over GET', async () => {
    const get = await api.fetch('/graphql?query=' + encodeURIComponent('{ me { id } }'), { headers: { 'apollo-require-preflight': '1' } });
    expect(get.status).toBe(200);
    expect(await get.json()).toMatchObject({ data: { me: null } });
    const mutation = await api.fetch('/graphql?query=' + encodeURIComponent('mutation { signOut }'), {
      headers: { 'apollo-require-preflight': '1', authorization: `Bearer ${token}` },
    });
    expect(mutation.status).toBe(405);
    expect((await api.ok(`{ me { id } }`, {}, { token })).me).not.toBeNull();
  });

  it('refuses simple requests a cross-site form could send (CSRF prevention)', async () => {
    const res = await api.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ me { id } }' }) });
    expect(res.status).toBe(400);
  });

  it('refuses cross-site POSTs even with a JSON content type', async () => {
    const res = await api.gql(`{ me { id } }`, {}, { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(errorCode(res)).toBe('FORBIDDEN');
    const sameSite = await api.gql(`{ me { id } }`, {}, { headers: { origin: api.url } });
    expect(sameSite.status).toBe(200);
  });

  it('refuses queries nested deeper than the limit', async () => {
    const deep = `{ users { edges { node { id } } } }`;
    const res = await api.gql(deep, {}, { token });
    expect(res.status).toBe(400);
    expect(res.errors![0].message).toMatch(/depth/i);
  });

  it('refuses queries whose estimated cost exceeds the limit', async () => {
    const costly = `{ users(first: 100) { totalCount pageInfo { hasNextPage } } }`;
    expect((await api.gql(`{ users(first: 10) { totalCount pageInfo { hasNextPage } } }`, {}, { token })).errors).toBeUndefined();
    const res = await api.gql(costly, {}, { token });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toMatch(/too expensive/);
  });

  it('reports malformed queries with a validation error, not a crash', async () => {
    const res = await api.gql(`{ nope }`, {}, { token });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it('sends security headers: a script policy of its own origin only, no framing, no sniffing', async () => {
    for (const res of [await api.fetch('/health'), (await api.gql(`{ __typename }`)) as { headers: Headers }]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('answers expected errors (bad input, no session) without logging them as failures', async () => {
    const before = api.logs.length;
    const wrong = await api.gql(`mutation { signIn(input: { email: "nobody@example.com", password: "wrong password" }) { accessToken } }`);
    expect(wrong.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const anonymous = await api.gql(`{ users { totalCount } }`);
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    await new Promise((r) => setTimeout(r, 100)); // let the server's output arrive
    expect(api.logs.slice(before).join('')).not.toMatch(/ERROR|ExceptionsHandler/);
  });

  it('logs an unexpected failure once with its stack and answers with a masked INTERNAL_SERVER_ERROR', async () => {
    // A failure no resolver expects: the table behind a query is gone.
    await api.sql('ALTER TABLE guilds RENAME TO guilds_hidden_by_test');
    const before = api.logs.length;
    try {
      const res = await api.gql(`{ guilds(first: 1) { totalCount } }`, {}, { token });
      expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors![0].message).toMatch(/Something went wrong on our side/);
      expect(res.errors![0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(res)).not.toMatch(/guilds_hidden|relation|does not exist|\.js:\d+|stack/);
    } finally {
      await api.sql('ALTER TABLE guilds_hidden_by_test RENAME TO guilds');
    }
    await new Promise((r) => setTimeout(r, 100)); // let the server's output arrive
    const logged = api.logs.slice(before).join('');
    expect(logged).toMatch(/ERROR/);
    // Logged once, not once by Nest and again by the error formatter.
    expect(logged.match(/relation "guilds" does not exist/g)).toHaveLength(1);
    expect(logged).toMatch(/\n\s+at \S+/); // the stack
    expect((await api.ok(`{ guilds(first: 1) { totalCount } }`, {}, { token })).guilds.totalCount).toBe(0);
  });

  it('serves /health with the database status', async () => {
    const res = await api.fetch('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
  });
});

describe('compression of GraphQL answers', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(() => api?.stop());

  /** POSTs with exactly the headers given (fetch would add its own Accept-Encoding). */
  function post(headers: Record<string, string>): Promise<{ encoding?: string; body: Buffer }> {
    const url = new URL('/graphql', api.url);
    return new Promise((resolveAnswer, reject) => {
      const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolveAnswer({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(JSON.stringify({ query: '{ __schema { types { name } } }' }));
    });
  }

  it('gzips an answer of 1 KB and more for a client that takes gzip, and sends it plain to one that takes no encoding', async () => {
    const zipped = await post({ 'accept-encoding': 'gzip' });
    expect(zipped.encoding).toBe('gzip');
    const plain = await post({});
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(JSON.parse(gunzipSync(zipped.body).toString())).toEqual(JSON.parse(plain.body.toString()));
  });
});
