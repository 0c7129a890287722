import { errorCode, signUp, TestApi } from '@guildhall/api-testing';

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

  it('share rate-limit counters through Redis', async () => {
    const attempt = (api: TestApi) =>
      api.gql(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, {
        input: { email: 'shared-target@example.com', password: 'wrong password' },
      });
    const codes = [errorCode(await attempt(one)), errorCode(await attempt(two)), errorCode(await attempt(one)), errorCode(await attempt(two))];
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  });
});
