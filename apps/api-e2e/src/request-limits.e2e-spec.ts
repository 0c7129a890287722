import { errorCode, Fixtures, GraphQLResponse, median, Person, sequence, TestApi, timed } from '@guildhall/api-testing';

/** Every request's cost is bounded before work grows with it, and refusals are client errors. */

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
    member = await (await Fixtures.start(api)).member();
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
    member = await (await Fixtures.start(api)).member();
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
