import { errorCode, Fixtures, ORG, Person, personOrg, TestApi } from '@guildhall/api-testing';

const GUILD = `query($slug: String!) { guild(slug: $slug) { id slug name memberCount viewerIsMember coordinators { id } } }`;
const JOIN = `mutation($id: ID!) { joinGuild(guildId: $id) { id memberCount viewerIsMember } }`;
const LEAVE = `mutation($id: ID!) { leaveGuild(guildId: $id) { id memberCount viewerIsMember coordinators { id } } }`;
const VOLUNTEER = `mutation($id: ID!) { volunteerAsCoordinator(guildId: $id) { id coordinators { id } } }`;
const STEP_DOWN = `mutation($id: ID!) { stepDownAsCoordinator(guildId: $id) { id coordinators { id } } }`;
const GUILDS = `query($first: Int, $after: String, $search: String) {
  guilds(first: $first, after: $after, search: $search) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { slug } } }
}`;
const MEMBERS = `query($slug: String!, $first: Int, $after: String) {
  guild(slug: $slug) { members(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName } } } }
}`;

describe('guilds (contract part 02)', () => {
  let api: TestApi;
  let admin: Person;
  let ada: Person;
  let bob: Person;
  let cy: Person;

  beforeAll(async () => {
    api = await TestApi.start();
    const fx = await Fixtures.start(api, { displayName: 'Admin' });
    admin = fx.admin;
    ada = await fx.member({ displayName: 'Ada' });
    bob = await fx.member({ displayName: 'Bob' });
    cy = await fx.member({ displayName: 'Cy' });
  });
  afterAll(() => api?.stop());

  const create = async (who: Person, name: string, description?: string) =>
    (await api.ok(ORG.createGuild, { input: { name, description } }, { token: who.token })).createGuild;

  it('lets any member create a guild, becoming its first coordinator and member', async () => {
    const g = await create(ada, 'Rust Guild', 'Crabs welcome');
    expect(g).toMatchObject({ slug: 'rust-guild', name: 'Rust Guild', description: 'Crabs welcome', memberCount: 1, viewerIsMember: true, coordinators: [{ id: ada.id }] });
    expect((await create(bob, 'rust guild')).slug).toBe('rust-guild-2');
  });

  it('refuses a blank or over-long guild name with BAD_USER_INPUT, creating nothing', async () => {
    const before = (await api.ok(GUILDS, {}, { token: ada.token })).guilds.totalCount;
    expect(errorCode(await api.gql(ORG.createGuild, { input: { name: ' ' } }, { token: ada.token }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(ORG.createGuild, { input: { name: 'g'.repeat(81) } }, { token: ada.token }))).toBe('BAD_USER_INPUT');
    expect((await api.ok(GUILDS, {}, { token: ada.token })).guilds.totalCount).toBe(before);
  });

  it('lets anyone join; joining twice changes nothing', async () => {
    const g = await create(ada, 'Testing Guild');
    const viewed = (await api.ok(GUILD, { slug: g.slug }, { token: bob.token })).guild;
    expect(viewed.viewerIsMember).toBe(false);
    expect((await api.ok(JOIN, { id: g.id }, { token: bob.token })).joinGuild).toMatchObject({ memberCount: 2, viewerIsMember: true });
    expect((await api.ok(JOIN, { id: g.id }, { token: bob.token })).joinGuild).toMatchObject({ memberCount: 2, viewerIsMember: true });
    const mine = await personOrg(api, cy, bob.id);
    expect(mine.guilds.map((x: any) => x.slug)).toContain('testing-guild');
  });

  it('lets members volunteer as coordinators and step down; non-members get FORBIDDEN', async () => {
    const g = await create(ada, 'Kotlin Guild');
    const refused = await api.gql(VOLUNTEER, { id: g.id }, { token: cy.token });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toMatch(/Join Kotlin Guild first/);
    await api.ok(JOIN, { id: g.id }, { token: cy.token });
    const both = (await api.ok(VOLUNTEER, { id: g.id }, { token: cy.token })).volunteerAsCoordinator;
    expect(both.coordinators.map((c: any) => c.id).sort()).toEqual([ada.id, cy.id].sort());
    const after = (await api.ok(STEP_DOWN, { id: g.id }, { token: ada.token })).stepDownAsCoordinator;
    expect(after.coordinators.map((c: any) => c.id)).toEqual([cy.id]);
  });

  it('a sole coordinator who leaves also steps down; leaving twice changes nothing', async () => {
    const g = await create(ada, 'Leaving Guild');
    await api.ok(JOIN, { id: g.id }, { token: bob.token });
    const left = (await api.ok(LEAVE, { id: g.id }, { token: ada.token })).leaveGuild;
    expect(left).toMatchObject({ memberCount: 1, viewerIsMember: false, coordinators: [] });
    expect((await api.ok(LEAVE, { id: g.id }, { token: ada.token })).leaveGuild.memberCount).toBe(1);
    const warnings = (await api.ok(`{ orgWarnings { kind subjectId } }`, {}, { token: bob.token })).orgWarnings;
    expect(warnings).toContainEqual({ kind: 'GUILD_WITHOUT_COORDINATOR', subjectId: g.id });
  });

  it('answers unknown guild ids with NOT_FOUND', async () => {
    for (const op of [JOIN, LEAVE, VOLUNTEER, STEP_DOWN]) {
      expect(errorCode(await api.gql(op, { id: '00000000-0000-4000-8000-000000000000' }, { token: bob.token }))).toBe('NOT_FOUND');
    }
  });

  it('pages guilds by name with keyset cursors, searches, and clamps first to 100', async () => {
    for (const n of ['Alpha Guild', 'Beta Guild', 'Gamma Guild']) await create(cy, n);
    const p1 = (await api.ok(GUILDS, { first: 2 }, { token: bob.token })).guilds;
    expect(p1.edges.map((e: any) => e.node.slug)).toEqual(['alpha-guild', 'beta-guild']);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = (await api.ok(GUILDS, { first: 2, after: p1.pageInfo.endCursor }, { token: bob.token })).guilds;
    expect(p2.edges[0].node.slug).toBe('gamma-guild');
    const all = (await api.ok(GUILDS, { first: 5000 }, { token: bob.token })).guilds;
    expect(all.edges.length).toBe(all.totalCount);
    const found = (await api.ok(GUILDS, { search: 'crab' }, { token: bob.token })).guilds;
    expect(found.edges.map((e: any) => e.node.slug)).toEqual(['rust-guild']);
    expect(errorCode(await api.gql(GUILDS, { after: 'garbage' }, { token: bob.token }))).toBe('BAD_USER_INPUT');
  });

  it('pages a guild’s members with keyset cursors', async () => {
    const g = await create(admin, 'Big Guild');
    for (const p of [ada, bob, cy]) await api.ok(JOIN, { id: g.id }, { token: p.token });
    const p1 = (await api.ok(MEMBERS, { slug: g.slug, first: 2 }, { token: bob.token })).guild.members;
    expect(p1.totalCount).toBe(4);
    expect(p1.edges.map((e: any) => e.node.displayName)).toEqual(['Ada', 'Admin']);
    const p2 = (await api.ok(MEMBERS, { slug: g.slug, first: 2, after: p1.pageInfo.endCursor }, { token: bob.token })).guild.members;
    expect(p2.edges.map((e: any) => e.node.displayName)).toEqual(['Bob', 'Cy']);
    expect(p2.pageInfo.hasNextPage).toBe(false);
  });
});
