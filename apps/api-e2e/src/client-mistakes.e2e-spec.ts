import { createGuild, createPost, errorCode, Fixtures, GraphQLResponse, Person, TestApi } from '@guildhall/api-testing';

/**
 * What a client gets wrong is answered as its mistake: BAD_USER_INPUT naming the field, nothing
 * changed, nothing logged as a server failure, and no input large enough to make the server
 * work in proportion to it before it is refused.
 */
/** A cursor as the server writes one, holding whatever a forger likes. */
const encodeCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');

describe('client mistakes are client errors', () => {
  let api: TestApi;
  let fx: Fixtures;
  let admin: Person;
  let member: Person;
  let guild: { id: string; slug: string };
  let post: { id: string };

  beforeAll(async () => {
    api = await TestApi.start();
    fx = await Fixtures.start(api, { displayName: 'Ada Admin' });
    admin = fx.admin;
    member = await fx.member({ displayName: 'Max Member' });
    guild = await createGuild(api, member, 'Rustaceans');
    post = await createPost(api, member, { guildId: guild.id, title: 'Borrowing without tears' });
  });
  afterAll(() => api?.stop());

  const failuresLogged = () => api.logs.join('').match(/ERROR \[GraphQL\]/g)?.length ?? 0;

  function expectBadInput(res: GraphQLResponse, field: string) {
    expect(res.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
    expect(res.errors?.[0]?.message).toMatch(new RegExp(field));
    expect(res.data ?? null).toBeNull();
  }

  describe('a NUL character in text', () => {
    const NUL = 'before\u0000after';

    it('is refused in search, the people directory and the guild directory', async () => {
      const logged = failuresLogged();
      expectBadInput(await api.gql(`query($q: String!) { search(query: $q) { pageInfo { hasNextPage } } }`, { q: NUL }, { token: member.token }), 'query');
      expectBadInput(await api.gql(`query($q: String) { users(search: $q) { totalCount } }`, { q: NUL }, { token: member.token }), 'search');
      expectBadInput(await api.gql(`query($q: String) { guilds(search: $q) { totalCount } }`, { q: NUL }, { token: member.token }), 'search');
      expect(failuresLogged()).toBe(logged);
    });

    it('is refused in a post body, a bio and a display name, and changes nothing', async () => {
      const logged = failuresLogged();
      expectBadInput(await api.gql(`mutation($id: ID!, $input: UpdatePostInput!) { updatePost(id: $id, input: $input) { id } }`, { id: post.id, input: { body: NUL, title: 'Changed title' } }, { token: member.token }), 'body');
      expectBadInput(
        await api.gql(`mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`, { input: { guildId: guild.id, title: 'NUL post', body: NUL } }, { token: member.token }),
        'body',
      );
      expectBadInput(await api.gql(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, { input: { bio: NUL } }, { token: member.token }), 'bio');
      expectBadInput(await api.gql(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, { input: { displayName: NUL } }, { token: member.token }), 'displayName');
      // Inline in the document rather than in a variable: the same answer.
      expectBadInput(await api.gql(`mutation { updateProfile(input: { bio: "x\\u0000y" }) { id } }`, {}, { token: member.token }), 'bio');
      const after = await api.ok(`query($id: ID!) { post(id: $id) { title } me { displayName bio } }`, { id: post.id }, { token: member.token });
      expect(after).toEqual({ post: { title: 'Borrowing without tears' }, me: { displayName: 'Max Member', bio: null } });
      expect(failuresLogged()).toBe(logged);
    });
  });

  describe('forged cursors', () => {
    const forged = [encodeCursor(['max', 'not-a-uuid']), encodeCursor([1, 2]), encodeCursor(['max']), 'not base64 at all', encodeCursor(['x\u0000', '00000000-0000-0000-0000-000000000000'])];

    it.each([
      ['users', (after: string) => [`query($after: String) { users(after: $after) { totalCount } }`, { after }] as const],
      ['guilds', (after: string) => [`query($after: String) { guilds(after: $after) { totalCount } }`, { after }] as const],
      ['guild.members', (after: string) => [`query($slug: String!, $after: String) { guild(slug: $slug) { members(after: $after) { totalCount } } }`, { slug: guild.slug, after }] as const],
      ['feed', (after: string) => [`query($after: String) { feed(after: $after) { totalCount } }`, { after }] as const],
      ['search', (after: string) => [`query($after: String) { search(query: "borrow", after: $after) { pageInfo { hasNextPage } } }`, { after }] as const],
    ])('are BAD_USER_INPUT on %s', async (_name, build) => {
      const logged = failuresLogged();
      for (const after of forged) {
        const [query, variables] = build(after);
        const res = await api.gql(query, { ...variables }, { token: member.token });
        expect(res.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }));
      }
      expect(failuresLogged()).toBe(logged);
    });

    it('still accept the cursors the server hands out', async () => {
      await fx.member({ displayName: 'Zoe Zed' });
      const first = await api.ok(`{ users(first: 1) { pageInfo { endCursor } } }`, {}, { token: member.token });
      const next = await api.ok(`query($after: String) { users(first: 1, after: $after) { edges { node { displayName } } } }`, { after: first.users.pageInfo.endCursor }, { token: member.token });
      expect(next.users.edges).toHaveLength(1);
    });
  });

  describe('inputs too large to be what they claim', () => {
    it('refuses a 50 KB sign-up email at once, while other requests keep their usual time', async () => {
      const me = async () => {
        const started = performance.now();
        await api.ok(`{ me { id } }`, {}, { token: member.token });
        return performance.now() - started;
      };
      const baseline = Math.max(...(await Promise.all([me(), me(), me()])));
      const started = performance.now();
      const [res, during] = await Promise.all([
        api.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, { input: { email: `a@${'.'.repeat(50_000)}`, password: 'long enough password', displayName: 'Dots' } }),
        me(),
      ]);
      const refusedIn = performance.now() - started;
      expectBadInput(res, 'email');
      // Relative, not absolute: the refusal costs about what a plain request costs (a backtracking
      // pattern took seconds and held every other request back).
      expect(refusedIn).toBeLessThan(baseline * 10 + 250);
      expect(during).toBeLessThan(baseline * 10 + 250);
    });

    it('refuses 100,000 tags by their count, before looking at each', async () => {
      const before = await api.ok(`query($id: ID!) { post(id: $id) { tags } }`, { id: post.id }, { token: member.token });
      const res = await api.gql(`mutation($id: ID!, $input: UpdatePostInput!) { updatePost(id: $id, input: $input) { id } }`, { id: post.id, input: { tags: Array(100_000).fill('rust') } }, { token: member.token });
      expectBadInput(res, 'tags');
      expect(res.errors?.[0]?.message).toMatch(/at most 5 tags/);
      expect(await api.ok(`query($id: ID!) { post(id: $id) { tags } }`, { id: post.id }, { token: member.token })).toEqual(before);
    });

    it('refuses over-long directory searches and tag prefixes', async () => {
      const long = 'x'.repeat(201);
      expectBadInput(await api.gql(`query($q: String) { users(search: $q) { totalCount } }`, { q: long }, { token: member.token }), 'search');
      expectBadInput(await api.gql(`query($q: String) { guilds(search: $q) { totalCount } }`, { q: long }, { token: member.token }), 'search');
      expectBadInput(await api.gql(`query($p: String) { tags(prefix: $p) { tag } }`, { p: long }, { token: member.token }), 'prefix');
    });

    it('answers an oversized sign-in like any wrong password, without hashing it', async () => {
      const res = await api.gql(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, { input: { email: admin.email, password: 'p'.repeat(1_000_000) } });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    });
  });
});
