import { errorCode, TestApi } from '@guildhall/api-testing';

/** Sign-in and sign-up attempts are limited per email and per address. */
describe('rate limiting of sign-in and sign-up', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start({ AUTH_RATE_LIMIT_PER_EMAIL: '3', AUTH_RATE_LIMIT_PER_IP: '8' });
  });
  afterAll(() => api?.stop());

  const signIn = (email: string) =>
    api.gql(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, { input: { email, password: 'wrong password' } });

  it('limits attempts per email, then per address, answering RATE_LIMITED', async () => {
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push(errorCode(await signIn('target@example.com')));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    const limited = await signIn('TARGET@example.com');
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0].message).toMatch(/Try again in/);

    // Other emails from the same address still pass until the address's own limit.
    const others = [];
    for (let i = 0; i < 4; i++) others.push(errorCode(await signIn(`other${i}@example.com`)));
    expect(others).toContain('RATE_LIMITED');
    expect(others[0]).toBe('UNAUTHENTICATED');
  });
});
