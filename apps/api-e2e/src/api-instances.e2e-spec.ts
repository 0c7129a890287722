import { errorCode, signUp, signUpAdmin, TestApi } from '@guildhall/api-testing';

/** docker-compose runs several stateless API instances on one PostgreSQL and one Redis. */
const withServices = process.env.DATABASE_URL && process.env.REDIS_URL ? describe : describe.skip;
withServices('several API instances (PostgreSQL + Redis)', () => {
  let one: TestApi;
  let two: TestApi;

  beforeAll(async () => {
    one = await TestApi.start({ AUTH_RATE_LIMIT_PER_EMAIL: '3' });
    two = await TestApi.start({ AUTH_RATE_LIMIT_PER_EMAIL: '3' }, one);
  });
  afterAll(async () => {
    await two?.stop();
    await one?.stop();
  });

  it('share sessions: a token from one instance works on the other, and sign-out on one ends it on both', async () => {
    const person = await signUp(one);
    expect((await two.ok(`{ me { id } }`, {}, { token: person.token })).me.id).toBe(person.id);
    await two.ok(`mutation { signOut }`, {}, { token: person.token });
    expect((await one.ok(`{ me { id } }`, {}, { token: person.token })).me).toBeNull();
  });

  it('each instance reuses a session look-up, yet a sign-out elsewhere ends it at once (Redis broadcast)', async () => {
    const person = await signUp(one);
    const me = `{ me { id } }`;
    // The first request on each instance looks the session up (2 statements), the next reuses it (1).
    for (const api of [one, two]) {
      const first = await api.gql(me, {}, { token: person.token });
      expect(first.data.me.id).toBe(person.id);
      expect(first.extensions?.sqlStatements).toBe(2);
      expect((await api.gql(me, {}, { token: person.token })).extensions?.sqlStatements).toBe(1);
    }
    await one.ok(`mutation { signOut }`, {}, { token: person.token });
    expect((await two.gql(me, {}, { token: person.token })).data.me).toBeNull();
  });

  it('a role change on one instance takes effect at once on the other, though it remembered the session', async () => {
    const admin = await signUpAdmin(one);
    const person = await signUp(one);
    const other = await signUp(one);
    const emailOfOther = `query($id: ID!) { user(id: $id) { email } }`;
    expect((await two.ok(emailOfOther, { id: other.id }, { token: person.token })).user.email).toBeNull();
    const setRole = `mutation($id: ID!, $role: Role!) { setUserRole(userId: $id, role: $role) { id } }`;
    await one.ok(setRole, { id: person.id, role: 'ADMIN' }, { token: admin.token });
    expect((await two.ok(emailOfOther, { id: other.id }, { token: person.token })).user.email).toBe(other.email);
    await one.ok(setRole, { id: person.id, role: 'MEMBER' }, { token: admin.token });
    expect((await two.ok(emailOfOther, { id: other.id }, { token: person.token })).user.email).toBeNull();
  });

  it('share rate-limit counters through Redis', async () => {
    const attempt = (api: TestApi) =>
      api.gql(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, {
        input: { email: 'shared-target@example.com', password: 'wrong password' },
      });
    const codes = [errorCode(await attempt(one)), errorCode(await attempt(two)), errorCode(await attempt(one)), errorCode(await attempt(two))];
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  });
});
