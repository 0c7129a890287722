import { Fixtures, Person, TestApi } from '@guildhall/api-testing';

/** A person's email is seen only by that person and admins: in fields, search and exports. */
describe('private data stays private', () => {
  let api: TestApi;
  let admin: Person;
  let member: Person;
  let secret: Person;

  beforeAll(async () => {
    api = await TestApi.start();
    const fx = await Fixtures.start(api, { email: 'ada@admin.example', displayName: 'Ada Admin' });
    admin = fx.admin;
    member = await fx.member({ email: 'max@member.example', displayName: 'Max Member' });
    secret = await fx.member({ email: 'zq.hidden-handle@private.example', displayName: 'Sam Secret', discipline: 'Design' });
  });
  afterAll(() => api?.stop());

  const directory = (search: string, as: Person) =>
    api.ok(`query($q: String) { users(search: $q) { totalCount edges { node { id displayName email } } } }`, { q: search }, { token: as.token });

  it('matches an email prefix in the directory for admins only', async () => {
    const forAdmin = await directory('zq.hidden', admin);
    expect(forAdmin.users.edges.map((e: any) => e.node)).toEqual([{ id: secret.id, displayName: 'Sam Secret', email: 'zq.hidden-handle@private.example' }]);
    // A member cannot confirm the address, nor recover it one character at a time.
    for (const prefix of ['zq.hidden-handle@private.example', 'zq.hidden', 'z']) {
      const forMember = await directory(prefix, member);
      expect(forMember.users.edges.map((e: any) => e.node.id)).not.toContain(secret.id);
    }
  });

  it('still finds people by name and discipline for everyone, without their email', async () => {
    const byName = await directory('sam sec', member);
    expect(byName.users.edges.map((e: any) => e.node)).toEqual([{ id: secret.id, displayName: 'Sam Secret', email: null }]);
    const byDiscipline = await directory('design', member);
    expect(byDiscipline.users.edges.map((e: any) => e.node.id)).toEqual([secret.id]);
  });

  it('shows the email to its owner and admins, and to nobody else', async () => {
    const query = `query($id: ID!) { user(id: $id) { email } }`;
    expect((await api.ok(query, { id: secret.id }, { token: secret.token })).user.email).toBe(secret.email);
    expect((await api.ok(query, { id: secret.id }, { token: admin.token })).user.email).toBe(secret.email);
    expect((await api.ok(query, { id: secret.id }, { token: member.token })).user.email).toBeNull();
  });

  it("names people in a member's export by display name, with nothing taken from an email", async () => {
    const forMember: string = (await api.ok(`{ exportOrg }`, {}, { token: member.token })).exportOrg;
    expect(forMember).toMatch(/kind: User\nmetadata:\n\s+name: sam-secret\n/);
    expect(forMember).toContain('displayName: Sam Secret');
    for (const leak of ['zq', 'hidden', 'private.example', '@', 'ada@', 'max@']) expect(forMember).not.toContain(leak);
    // Admins keep the emails and the email-based names an import matches on.
    const forAdmin: string = (await api.ok(`{ exportOrg }`, {}, { token: admin.token })).exportOrg;
    expect(forAdmin).toMatch(/name: zq.hidden-handle\n[\s\S]*?email: zq.hidden-handle@private\.example/);
  });
});
