import { errorCode, Fixtures, Person, TestApi, walkPages } from '@guildhall/api-testing';

const USERS = `query($first: Int, $after: String, $search: String) {
  users(first: $first, after: $after, search: $search) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id displayName email } }
  }
}`;

/** Finding people: a person's page, the directory's search and its keyset pages. */
describe('the people directory (contract part 01)', () => {
  let api: TestApi;
  let fx: Fixtures;
  let admin: Person;
  let ada: Person;
  let bob: Person;

  beforeAll(async () => {
    api = await TestApi.start();
    fx = await Fixtures.start(api, { displayName: 'Zed Admin' });
    admin = fx.admin;
    ada = await fx.member({ email: 'ada.lovelace@example.com', displayName: 'Ada Lovelace', discipline: 'Backend' });
    bob = await fx.member({ displayName: 'Bob Builder', discipline: 'iOS' });
  });
  afterAll(() => api?.stop());

  it('shows email only to the person themself and to admins', async () => {
    const q = `query($id: ID!) { user(id: $id) { email } }`;
    expect((await api.ok(q, { id: ada.id }, { token: ada.token })).user.email).toBe(ada.email);
    expect((await api.ok(q, { id: ada.id }, { token: admin.token })).user.email).toBe(ada.email);
    expect((await api.ok(q, { id: ada.id }, { token: bob.token })).user.email).toBeNull();
  });

  it('answers null for an unknown person', async () => {
    const data = await api.ok(`query($id: ID!) { user(id: $id) { id } }`, { id: '00000000-0000-4000-8000-000000000000' }, { token: bob.token });
    expect(data.user).toBeNull();
  });

  it('searches the directory by display name and discipline, and by email prefix for admins only', async () => {
    const names = async (search: string, as = bob) =>
      (await api.ok(USERS, { search }, { token: as.token })).users.edges.map((e: any) => e.node.displayName);
    expect(await names('lovel')).toEqual(['Ada Lovelace']);
    expect(await names('ada.love', admin)).toEqual(['Ada Lovelace']);
    expect(await names('ada.love')).toEqual([]); // email is private: no prefix matching for members
    expect(await names('lovelace@', admin)).toEqual([]); // email matches by prefix only
    expect(await names('ios')).toEqual(['Bob Builder']);
    expect(await names('%')).toEqual([]); // LIKE wildcards are literal
  });

  it('walks every page exactly once with keyset cursors', async () => {
    for (let i = 0; i < 5; i++) await fx.member({ displayName: 'Same Name' });
    let total = 0;
    const seen = (
      await walkPages<{ id: string }>(async (after) => {
        const page = (await api.ok(USERS, { first: 2, after }, { token: bob.token })).users;
        total = page.totalCount;
        return page;
      })
    ).map((node) => node.id);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('refuses a malformed cursor and a negative page size with BAD_USER_INPUT', async () => {
    expect(errorCode(await api.gql(USERS, { after: 'nonsense' }, { token: bob.token }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(USERS, { first: -1 }, { token: bob.token }))).toBe('BAD_USER_INPUT');
  });

  it('clamps page size to 100', async () => {
    const data = await api.ok(USERS, { first: 1000 }, { token: bob.token });
    expect(data.users.edges.length).toBeLessThanOrEqual(100);
  });
});
