import { errorCode, Fixtures, PASSWORD, Person, TestApi } from '@guildhall/api-testing';

const IMPORT = `mutation($yaml: String!) { importOrg(yaml: $yaml) { created errors } }`;
const INVITE = `mutation($id: ID!) { createInvitation(userId: $id) { path expiresAt } }`;
const ACCEPT = `mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { accessToken } }`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { accessToken } }`;
const ME = `{ me { id } }`;

const DAY_MS = 86_400_000;

/** Time passing, for links and sessions that must stop working when they expire. */
describe('expiry', () => {
  let api: TestApi;
  let fx: Fixtures;
  let admin: Person;

  beforeAll(async () => {
    // Time passes here through SQL, a write the server cannot see, so it must not reuse
    // session lookups (the embedded default caches them for a few seconds).
    api = await TestApi.start({ SESSION_CACHE_SECONDS: '0' });
    fx = await Fixtures.start(api);
    admin = fx.admin;
  });
  afterAll(() => api?.stop());

  async function importedPerson(email: string): Promise<string> {
    const yaml = `apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata: { name: ${email.split('@')[0]} }\nspec:\n  profile: { displayName: Imported Person, email: ${email} }\n`;
    const report = (await api.ok(IMPORT, { yaml }, { token: admin.token })).importOrg;
    expect(report).toEqual({ created: 1, errors: [] });
    const users = await api.ok(`query($q: String) { users(search: $q) { edges { node { id } } } }`, { q: email }, { token: admin.token });
    return users.users.edges[0].node.id;
  }

  it('an invitation link lasts 14 days; once expired it is refused and the person stays unclaimed', async () => {
    const id = await importedPerson('late@example.com');
    const invitation = (await api.ok(INVITE, { id }, { token: admin.token })).createInvitation;
    const ttl = new Date(invitation.expiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(14 * DAY_MS - 60_000);
    expect(ttl).toBeLessThanOrEqual(14 * DAY_MS);

    await api.sql(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [id]);
    const token = invitation.path.split('/').pop();
    const res = await api.gql(ACCEPT, { token, password: 'a long password' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/has expired\. Ask an admin for a new one/);
    expect(errorCode(await api.gql(SIGN_IN, { email: 'late@example.com', password: 'a long password' }))).toBe('UNAUTHENTICATED');

    // A fresh invitation still works.
    const again = (await api.ok(INVITE, { id }, { token: admin.token })).createInvitation;
    const accepted = (await api.ok(ACCEPT, { token: again.path.split('/').pop(), password: 'a long password' })).acceptInvitation;
    expect((await api.ok(ME, {}, { token: accepted.accessToken })).me.id).toBe(id);
  });

  it('a session stops working when it expires, and signing in again starts a new one', async () => {
    const person = await fx.member();
    expect((await api.ok(ME, {}, { token: person.token })).me.id).toBe(person.id);
    await api.sql(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [person.id]);
    expect((await api.ok(ME, {}, { token: person.token })).me).toBeNull();
    expect(errorCode(await api.gql(`{ users { totalCount } }`, {}, { token: person.token }))).toBe('UNAUTHENTICATED');
    const fresh = (await api.ok(SIGN_IN, { email: person.email, password: PASSWORD })).signIn.accessToken;
    expect((await api.ok(ME, {}, { token: fresh })).me.id).toBe(person.id);
  });
});
