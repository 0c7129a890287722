import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { errorCode, GraphQLResponse, TestApi } from './support/api';
import { createGuild, createPost } from './support/knowledge';
import { Person, signUp } from './support/people';

/** Every request's cost is bounded before work grows with it, and refusals are client errors. */

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** A refusal by a limit: HTTP 400, the given code, a message, nothing run. */
function expectRefused(res: GraphQLResponse, code: string, message: RegExp) {
  expect({ status: res.status, code: errorCode(res) }).toEqual({ status: 400, code });
  expect(res.errors![0].message).toMatch(message);
  expect(res.data ?? null).toBeNull();
  expect(res.extensions?.sqlStatements ?? 0).toBe(0);
}

describe('request limits', () => {
  let api: TestApi;
  let member: Person;

  beforeAll(async () => {
    api = await TestApi.start();
    await signUp(api); // the admin
    member = await signUp(api);
  });
  afterAll(() => api?.stop());

  let logsBefore = 0;
  beforeEach(() => (logsBefore = api.logs.length));
  afterEach(async () => {
    await new Promise((r) => setTimeout(r, 100)); // let the server's output arrive
    // Refusals are the client's mistakes: none is logged as a failure.
    expect(api.logs.slice(logsBefore).join('')).not.toMatch(/ERROR|Unexpected error/);
  });

  it('refuses fragments that spread each other twice per level at once, visiting each fragment once', async () => {
    // 2^40 fields once expanded, in about 1 KB: a checker that expands every spread never finishes.
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on User { id ...F${i + 1} ...F${i + 1} }`).join('\n');
    const bomb = `{ me { ...F0 } }\n${fragments}\nfragment F${levels} on User { id }`;
    const baseline = median(await sequence(5, () => timed(() => api.gql(`{ me { id } }`, {}, { token: member.token }))).then((r) => r.map(([, ms]) => ms)));
    const [res, ms] = await timed(() => api.gql(bomb, {}, { token: member.token }));
    expectRefused(res, 'GRAPHQL_VALIDATION_FAILED', /more than \d+ fields once its fragments are expanded/);
    expect(ms).toBeLessThan(baseline * 50);
  });

  it('refuses fragment cycles as validation errors, not a stack overflow', async () => {
    expectRefused(
      await api.gql(`{ me { ...Self } } fragment Self on User { id ...Self }`, {}, { token: member.token }),
      'GRAPHQL_VALIDATION_FAILED',
      /Cannot spread fragment "Self" within itself/,
    );
    const mutual = `{ me { ...A } } fragment A on User { id ...B } fragment B on User { displayName ...A }`;
    expectRefused(await api.gql(mutual, {}, { token: member.token }), 'GRAPHQL_VALIDATION_FAILED', /Cannot spread fragment "A" within itself via "B"/);
  });

  it('refuses documents with too many characters, tokens, aliases or directives, and accepts them within the limits', async () => {
    const long = `# ${'x'.repeat(30_000)}\n{ me { id } }`;
    expectRefused(await api.gql(long, {}, { token: member.token }), 'GRAPHQL_VALIDATION_FAILED', /characters long; the limit is/);
    const tokens = `{ me { ${'id '.repeat(4000)}} }`;
    expectRefused(await api.gql(tokens, {}, { token: member.token }), 'GRAPHQL_VALIDATION_FAILED', /more than \d+ tokens/);
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expectRefused(await api.gql(aliases(31), {}, { token: member.token }), 'GRAPHQL_VALIDATION_FAILED', /more than 30 aliases/);
    expect(Object.keys(await api.ok(aliases(30), {}, { token: member.token }))).toHaveLength(30);
    const directives = (n: number) => `{ me { ${Array.from({ length: n }, () => 'id @include(if: true)').join(' ')} } }`;
    expectRefused(await api.gql(directives(51), {}, { token: member.token }), 'GRAPHQL_VALIDATION_FAILED', /more than 50 directives/);
    expect((await api.ok(directives(50), {}, { token: member.token })).me.id).toBe(member.id);
  });

  it('refuses 3,300 aliased searches before running any of them', async () => {
    const searches = Array.from({ length: 3300 }, (_, i) => `s${i}: search(query: "x") { edges { cursor } }`).join(' ');
    const res = await api.gql(`{ ${searches} }`, {}, { token: member.token });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.extensions?.sqlStatements ?? 0).toBe(0);
  });

  it('answers an Int variable out of range with BAD_USER_INPUT', async () => {
    const res = await api.gql(`query($n: Int) { users(first: $n) { totalCount } }`, { n: 99_999_999_999 }, { token: member.token });
    expectRefused(res, 'BAD_USER_INPUT', /\$n.*Int cannot represent/);
  });

  it('keeps introspection and suggestions outside production', async () => {
    const schema = await api.ok(`{ __schema { queryType { name } } }`);
    expect(schema.__schema.queryType.name).toBe('Query');
    const typo = await api.gql(`{ mee { id } }`);
    expect(typo.errors![0].message).toMatch(/Did you mean "me"/);
  });
});

describe('the cost of a request', () => {
  let api: TestApi;
  let member: Person;

  beforeAll(async () => {
    api = await TestApi.start({ MAX_QUERY_COST: '1000' });
    member = await signUp(api);
  });
  afterAll(() => api?.stop());

  it('charges every root field for the query it runs, so many cheap lookups exceed the limit', async () => {
    const lookups = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `g${i}: guild(slug: "nope-${i}") { id }`).join(' ')} }`;
    expect(await api.ok(lookups(9), {}, { token: member.token })).toMatchObject({ g0: null, g8: null });
    const before = api.logs.length;
    const res = await api.gql(lookups(10), {}, { token: member.token });
    expectRefused(res, 'GRAPHQL_VALIDATION_FAILED', /too expensive \(cost \d+, limit 1000\)/);
    await new Promise((r) => setTimeout(r, 100));
    expect(api.logs.slice(before).join('')).not.toMatch(/ERROR/);
  });

  it('charges list fields by page size and nested lists once per parent', async () => {
    const res = await api.gql(`{ guilds(first: 10) { edges { node { members(first: 1) { totalCount } } } } }`, {}, { token: member.token });
    expectRefused(res, 'GRAPHQL_VALIDATION_FAILED', /too expensive/);
  });
});

describe('one person cannot slow everyone else down', () => {
  let api: TestApi;
  let attacker: Person;
  let victim: Person;

  beforeAll(async () => {
    api = await TestApi.start();
    const admin = await signUp(api);
    attacker = await signUp(api);
    victim = await signUp(api);
    // Enough posts that a search takes real database time.
    const guild = await createGuild(api, admin);
    await createPost(api, admin, { guildId: guild.id, title: 'Something about chapters', body: 'Something worth searching for.' });
    await api.sql(`INSERT INTO posts SELECT (jsonb_populate_record(p, jsonb_build_object('id', gen_random_uuid()))).* FROM posts p, generate_series(1, 4000)`);
  }, 120_000);
  afterAll(() => api?.stop());

  it("keeps another member's { me } at about its usual speed while one member floods heavy searches", async () => {
    const me = () => timed(() => api.ok(`{ me { id } }`, {}, { token: victim.token }));
    await sequence(5, me); // warm up
    const baseline = median((await sequence(25, me)).map(([, ms]) => ms));

    // The heaviest search request the limits accept, sent by several clients at once, over and over.
    const heavy = `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: search(query: "something", first: 100) { edges { snippet node { ... on Post { id title } } } }`).join(' ')} }`;
    let attacking = true;
    const attackerCodes: (string | undefined)[] = [];
    const flood = Array.from({ length: 8 }, async () => {
      while (attacking) attackerCodes.push(errorCode(await api.gql(heavy, {}, { token: attacker.token })));
    });
    await new Promise((r) => setTimeout(r, 500)); // let the flood fill the pool
    const underAttack = median((await sequence(25, me)).map(([, ms]) => ms));
    // A request that needs no database shows what the busy process and machine alone add.
    const noDatabase = median((await sequence(25, () => timed(() => api.ok(`{ __typename }`)))).map(([, ms]) => ms));
    attacking = false;
    await Promise.all(flood);

    // Each heavy request is accepted; past a hundred searches waiting, more are refused for now.
    expect(attackerCodes).toContain(undefined);
    expect(new Set(attackerCodes.filter(Boolean))).toEqual(new Set(attackerCodes.some(Boolean) ? ['RATE_LIMITED'] : []));
    // The victim's database work does not wait behind the attacker's: without the fair share it
    // takes over ten times as long as a request without database work, here a few times at most.
    expect(underAttack).toBeLessThan(4 * (noDatabase + baseline));
  }, 120_000);
});

/** Production hides the schema: no introspection, no suggestions, no landing page. */
const withServer = process.env.DATABASE_URL ? describe : describe.skip;
withServer('in production', () => {
  let api: TestApi;
  const dbName = `guildhall_e2e_prod_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${dbName}`);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${dbName}`;
    url.password = 'not-a-placeholder'; // production refuses placeholder passwords; the test server trusts local connections
    api = await TestApi.start({ NODE_ENV: 'production', DATABASE_URL: url.toString(), EXPOSE_SQL_STATS: 'false' });
  });
  afterAll(async () => {
    await api?.stop();
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  });

  it('refuses introspection', async () => {
    for (const query of [`{ __schema { queryType { name } } }`, `{ __type(name: "User") { fields { name } } }`]) {
      const res = await api.gql(query);
      expect({ status: res.status, code: errorCode(res) }).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
      expect(res.errors![0].message).toMatch(/introspection/i);
    }
  });

  it('does not suggest field names', async () => {
    const res = await api.gql(`{ mee { id } }`);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toMatch(/Cannot query field "mee"/);
    expect(JSON.stringify(res)).not.toMatch(/Did you mean/);
  });

  it('serves no landing page at /graphql', async () => {
    const res = await api.fetch('/graphql', { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-type') ?? '').not.toMatch(/html/);
    expect(await res.text()).not.toMatch(/<html|sandbox|graphiql|landing/i);
  });

  it('still answers ordinary queries', async () => {
    expect(await api.ok(`{ me { id } }`)).toEqual({ me: null });
  });
});

async function sequence<T>(n: number, work: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < n; i++) results.push(await work());
  return results;
}

async function admin(sql: string) {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
