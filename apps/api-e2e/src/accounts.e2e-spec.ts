import { errorCode, PASSWORD, Person, signUp, TestApi } from '@guildhall/api-testing';

const ME = `query { me { id displayName email role discipline bio } }`;
const USERS = `query($first: Int, $after: String, $search: String) {
  users(first: $first, after: $after, search: $search) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id displayName email } }
  }
}`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken user { id } } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken user { id role } } }`;
const SET_ROLE = `mutation($id: ID!, $role: Role!) { setUserRole(userId: $id, role: $role) { id role } }`;

describe('accounts and sessions (contract part 01)', () => {
  let api: TestApi;
  let admin: Person;
  let ada: Person;
  let bob: Person;

  beforeAll(async () => {
    api = await TestApi.start();
    // The rule under test: the first sign-up on this fresh database becomes its admin.
    admin = await signUp(api, { displayName: 'Zed Admin' });
    ada = await signUp(api, { email: 'ada.lovelace@example.com', displayName: 'Ada Lovelace', discipline: 'Backend' });
    bob = await signUp(api, { displayName: 'Bob Builder', discipline: 'iOS' });
  });
  afterAll(() => api?.stop());

  const userCount = async () => (await api.ok(`{ users { totalCount } }`, {}, { token: admin.token })).users.totalCount;

  describe('signUp', () => {
    it('makes the first account on an empty instance ADMIN and later ones MEMBER', () => {
      expect(admin.role).toBe('ADMIN');
      expect(ada.role).toBe('MEMBER');
      expect(bob.role).toBe('MEMBER');
    });

    it('refuses a duplicate email in any letter case with CONFLICT, creating nothing', async () => {
      const before = await userCount();
      const res = await api.gql(SIGN_UP, { input: { email: 'ADA.Lovelace@Example.COM', password: PASSWORD, displayName: 'Impostor' } });
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors![0].message).toMatch(/already exists/);
      expect(await userCount()).toBe(before);
    });

    it.each([
      ['an invalid email', { email: 'not-an-email', password: PASSWORD, displayName: 'X' }, 'email'],
      ['a password under 10 characters', { email: 'short@example.com', password: '123456789', displayName: 'X' }, 'password'],
      ['a blank display name', { email: 'blank@example.com', password: PASSWORD, displayName: '   ' }, 'displayName'],
    ])('refuses %s with BAD_USER_INPUT naming the field, creating nothing', async (_label, input, field) => {
      const before = await userCount();
      const res = await api.gql(SIGN_UP, { input });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe(field);
      expect(await userCount()).toBe(before);
    });

    it('accepts a password of exactly 10 characters', async () => {
      const res = await api.gql(SIGN_UP, { input: { email: 'ten@example.com', password: '0123456789', displayName: 'Ten' } });
      expect(res.errors).toBeUndefined();
      expect(res.data.signUp.accessToken).toMatch(/^gh_/);
    });
  });

  describe('signIn', () => {
    it('returns a working token for the right password, in any email case', async () => {
      const data = await api.ok(SIGN_IN, { input: { email: 'Ada.Lovelace@example.com', password: PASSWORD } });
      const me = await api.ok(ME, {}, { token: data.signIn.accessToken });
      expect(me.me.id).toBe(ada.id);
    });

    it('answers unknown email and wrong password with the same UNAUTHENTICATED message', async () => {
      const wrong = await api.gql(SIGN_IN, { input: { email: ada.email, password: 'wrong password!' } });
      const unknown = await api.gql(SIGN_IN, { input: { email: 'nobody@example.com', password: PASSWORD } });
      expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
      expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
      expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
      expect(wrong.data).toBeNull();
    });
  });

  describe('sessions', () => {
    it('ends the session on signOut: its token stops working at once, other sessions do not', async () => {
      const one = (await api.ok(SIGN_IN, { input: { email: bob.email, password: PASSWORD } })).signIn.accessToken;
      const two = (await api.ok(SIGN_IN, { input: { email: bob.email, password: PASSWORD } })).signIn.accessToken;
      expect((await api.ok(`mutation { signOut }`, {}, { token: one })).signOut).toBe(true);
      expect((await api.ok(ME, {}, { token: one })).me).toBeNull();
      expect(errorCode(await api.gql(USERS, {}, { token: one }))).toBe('UNAUTHENTICATED');
      expect((await api.ok(ME, {}, { token: two })).me.id).toBe(bob.id);
    });

    it('authenticates every top-level field of one operation, not just the first', async () => {
      const token = (await api.ok(SIGN_IN, { input: { email: bob.email, password: PASSWORD } })).signIn.accessToken;
      const res = await api.gql(`{ me { id } users(first: 1) { totalCount } again: me { id } }`, {}, { token });
      expect(res.errors).toBeUndefined();
      expect(res.data.me.id).toBe(bob.id);
      expect(res.data.again.id).toBe(bob.id);
      expect(res.data.users.totalCount).toBeGreaterThan(0);
    });

    it.each([
      ['no token', undefined],
      ['a forged token', 'gh_' + 'A'.repeat(43)],
      [
        'an alg:none JWT',
        Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url') +
          '.' +
          Buffer.from('{"sub":"x","role":"ADMIN"}').toString('base64url') +
          '.',
      ],
      ['garbage', 'not a token at all'],
    ])('refuses private operations with %s (UNAUTHENTICATED)', async (_label, token) => {
      const res = await api.gql(USERS, {}, { token });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect(res.data).toBeNull();
    });

    it('keeps the web session in an httpOnly SameSite cookie that authenticates and is cleared on sign-out', async () => {
      const res = await api.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: ada.email, password: PASSWORD } } }),
      });
      const setCookie = res.headers.get('set-cookie')!;
      expect(setCookie).toMatch(/gh_session=gh_/);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      const cookie = setCookie.split(';')[0];
      expect((await api.ok(ME, {}, { headers: { cookie } })).me.id).toBe(ada.id);
      const out = await api.gql(`mutation { signOut }`, {}, { headers: { cookie } });
      expect(out.headers.get('set-cookie')).toMatch(/gh_session=;/);
      expect((await api.ok(ME, {}, { headers: { cookie } })).me).toBeNull();
    });
  });

  describe('updateProfile', () => {
    const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName discipline bio } }`;

    it('updates only the signed-in person, trimming values and clearing blanks', async () => {
      const data = await api.ok(UPDATE, { input: { displayName: '  Bob  the Builder ', bio: 'Builds things.', discipline: '' } }, { token: bob.token });
      expect(data.updateProfile).toEqual({ id: bob.id, displayName: 'Bob the Builder', discipline: null, bio: 'Builds things.' });
    });

    it('refuses an overlong bio and a blank name, changing nothing', async () => {
      const res = await api.gql(UPDATE, { input: { bio: 'x'.repeat(5000), displayName: 'Changed' } }, { token: bob.token });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.gql(UPDATE, { input: { displayName: ' ' } }, { token: bob.token }))).toBe('BAD_USER_INPUT');
      expect((await api.ok(ME, {}, { token: bob.token })).me.displayName).toBe('Bob the Builder');
    });

    it('requires a session', async () => {
      expect(errorCode(await api.gql(UPDATE, { input: { bio: 'x' } }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('setUserRole', () => {
    it('is FORBIDDEN to members', async () => {
      const res = await api.gql(SET_ROLE, { id: bob.id, role: 'ADMIN' }, { token: bob.token });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect((await api.ok(ME, {}, { token: bob.token })).me.role).toBe('MEMBER');
    });

    it('answers NOT_FOUND for an unknown person', async () => {
      const res = await api.gql(SET_ROLE, { id: '00000000-0000-4000-8000-000000000000', role: 'ADMIN' }, { token: admin.token });
      expect(errorCode(res)).toBe('NOT_FOUND');
    });

    it('lets admins promote and demote, takes effect on the next request, and keeps the last admin', async () => {
      const last = await api.gql(SET_ROLE, { id: admin.id, role: 'MEMBER' }, { token: admin.token });
      expect(errorCode(last)).toBe('CONFLICT');

      await api.ok(SET_ROLE, { id: ada.id, role: 'ADMIN' }, { token: admin.token });
      // Ada's existing session now carries admin rights.
      expect((await api.ok(`query($id: ID!) { user(id: $id) { email } }`, { id: bob.id }, { token: ada.token })).user.email).toBe(bob.email);

      // With two admins, one may step down; then the other is the last again.
      await api.ok(SET_ROLE, { id: admin.id, role: 'MEMBER' }, { token: admin.token });
      expect(errorCode(await api.gql(SET_ROLE, { id: ada.id, role: 'MEMBER' }, { token: ada.token }))).toBe('CONFLICT');
      expect(errorCode(await api.gql(SET_ROLE, { id: bob.id, role: 'ADMIN' }, { token: admin.token }))).toBe('FORBIDDEN');
    });
  });
});
