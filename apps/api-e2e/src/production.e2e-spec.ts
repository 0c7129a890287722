import { createTestDatabase, errorCode, TestApi, TestDatabase } from '@guildhall/api-testing';

/** Production hides the schema: no introspection, no suggestions, no landing page. */
const withServer = process.env.DATABASE_URL ? describe : describe.skip;
withServer('in production', () => {
  let api: TestApi;
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ prefix: 'guildhall_e2e_prod' });
    const url = new URL(database.url!);
    url.password = 'not-a-placeholder'; // production refuses placeholder passwords; the test server trusts local connections
    api = await TestApi.start({ NODE_ENV: 'production', EXPOSE_SQL_STATS: 'false' }, undefined, { database: { ...database, env: { DATABASE_URL: url.toString() } } });
  });
  afterAll(async () => {
    await api?.stop();
    await database?.drop();
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
