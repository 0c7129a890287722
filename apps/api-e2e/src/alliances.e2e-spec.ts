import { errorCode, Fixtures, ORG, Person, TestApi, TribeFixture } from '@guildhall/api-testing';

const ALLIANCE_FIELDS = `id slug name goal status criteria revision progress viewerCanEdit createdBy { id } tribes { id } createdAt`;
const Q = {
  alliances: `query($status: AllianceStatus) { alliances(status: $status) { id name status } }`,
  alliance: `query($slug: String!) { alliance(slug: $slug) { ${ALLIANCE_FIELDS} viewerCanUpdateKeyResults tribesViewerCanAdd { id } } }`,
  tribeAlliances: `query($slug: String!) { tribe(slug: $slug) { id alliances { id name status } } }`,
  canForm: `query { viewerCanFormAlliance }`,
  create: `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { ${ALLIANCE_FIELDS} } }`,
  update: `mutation($id: ID!, $input: UpdateAllianceInput!) { updateAlliance(id: $id, input: $input) { ${ALLIANCE_FIELDS} } }`,
  addTribe: `mutation($allianceId: ID!, $tribeId: ID!) { addTribeToAlliance(allianceId: $allianceId, tribeId: $tribeId) { id tribes { id } } }`,
  removeTribe: `mutation($allianceId: ID!, $tribeId: ID!) { removeTribeFromAlliance(allianceId: $allianceId, tribeId: $tribeId) { id tribes { id } } }`,
};

/** Alliances (issue 15): forming one across tribes, editing it, tribes joining and leaving; who may do what. */
describe('alliances', () => {
  let api: TestApi;
  let fx: Fixtures;
  let north: TribeFixture;
  let south: TribeFixture;
  let east: TribeFixture;
  let west: TribeFixture;
  let member: Person;
  let productLead: Person;
  let designLead: Person;

  beforeAll(async () => {
    api = await TestApi.start();
    fx = await Fixtures.start(api);
    north = await fx.tribe('North', { squads: ['North Payments'] });
    south = await fx.tribe('South', { squads: ['South Search'] });
    east = await fx.tribe('East');
    west = await fx.tribe('West');
    [member, productLead, designLead] = await fx.members(3);
    await api.ok(ORG.setTrio, { input: { tribeId: south.tribe.id, productLeadId: productLead.id, designLeadId: designLead.id } }, { token: fx.admin.token });
    await fx.inSquad(north.squads[0].id, member);
  });
  afterAll(() => api?.stop());

  async function create(as: Person, input: Record<string, unknown>) {
    return api.gql(Q.create, { input: { name: 'Faster checkout', goal: 'Checkout in under a minute for every market', ...input } }, { token: as.token });
  }

  async function form(as: Person, tribeIds: string[], extra: Record<string, unknown> = {}) {
    const res = await create(as, { tribeIds, ...extra });
    expect(res.errors).toBeUndefined();
    return res.data!.createAlliance;
  }

  it('refuses the signed-out with UNAUTHENTICATED, reading and writing', async () => {
    expect(errorCode(await api.gql(Q.alliances))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(Q.alliance, { slug: 'x' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(Q.create, { input: { name: 'X', goal: 'Y', tribeIds: [north.tribe.id, south.tribe.id] } }))).toBe('UNAUTHENTICATED');
  });

  it('forms an alliance across two tribes when the creator sits in the trio of one: FORMING, revision 1, the creator an editor', async () => {
    const alliance = await form(north.lead, [north.tribe.id, south.tribe.id], { name: 'Checkout Alliance', criteria: [' Customer value ', 'Time to market'] });
    expect(alliance).toMatchObject({ slug: 'checkout-alliance', status: 'FORMING', revision: 1, criteria: ['Customer value', 'Time to market'], progress: 0, viewerCanEdit: true });
    expect(alliance.createdBy.id).toBe(north.lead.id);
    expect(alliance.tribes.map((t: { id: string }) => t.id).sort()).toEqual([north.tribe.id, south.tribe.id].sort());
    const again = await form(north.lead, [north.tribe.id, south.tribe.id], { name: 'Checkout Alliance' });
    expect(again.slug).toBe('checkout-alliance-2');
  });

  it("lets a product lead and a design lead form one, and an admin outside every trio; refuses a plain member and a lead of a tribe not in it", async () => {
    expect((await form(productLead, [south.tribe.id, east.tribe.id])).viewerCanEdit).toBe(true);
    expect((await form(designLead, [south.tribe.id, west.tribe.id])).viewerCanEdit).toBe(true);
    expect((await form(fx.admin, [east.tribe.id, west.tribe.id])).viewerCanEdit).toBe(true);
    expect(errorCode(await create(member, { tribeIds: [north.tribe.id, south.tribe.id] }))).toBe('FORBIDDEN');
    expect(errorCode(await create(north.lead, { tribeIds: [east.tribe.id, west.tribe.id] }))).toBe('FORBIDDEN');
    expect(await api.ok(Q.canForm, {}, { token: productLead.token })).toEqual({ viewerCanFormAlliance: true });
    expect(await api.ok(Q.canForm, {}, { token: member.token })).toEqual({ viewerCanFormAlliance: false });
  });

  it('needs two distinct existing tribes: one, the same twice, none are BAD_USER_INPUT; an unknown tribe is NOT_FOUND; nothing is written', async () => {
    const before = (await api.sql(`SELECT count(*)::int AS n FROM alliances`))[0].n;
    for (const tribeIds of [[north.tribe.id], [north.tribe.id, north.tribe.id], []]) {
      const res = await create(north.lead, { tribeIds });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('tribeIds');
      expect(res.errors![0].message).toMatch(/at least 2 different tribes/);
    }
    expect(errorCode(await create(north.lead, { tribeIds: [north.tribe.id, '00000000-0000-4000-8000-000000000000'] }))).toBe('NOT_FOUND');
    expect(errorCode(await create(north.lead, { tribeIds: [north.tribe.id, 'not-an-id'] }))).toBe('NOT_FOUND');
    expect((await api.sql(`SELECT count(*)::int AS n FROM alliances`))[0].n).toBe(before);
  });

  it('refuses a blank or too long name or goal and blank, repeated or too many criteria with BAD_USER_INPUT naming the field', async () => {
    const tribeIds = [north.tribe.id, south.tribe.id];
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '  ' }, 'name'],
      [{ name: 'x'.repeat(81) }, 'name'],
      [{ goal: '' }, 'goal'],
      [{ goal: 'g'.repeat(301) }, 'goal'],
      [{ criteria: ['Speed', ' '] }, 'criteria'],
      [{ criteria: ['Speed', 'speed'] }, 'criteria'],
      [{ criteria: ['c'.repeat(121)] }, 'criteria'],
      [{ criteria: Array.from({ length: 11 }, (_, i) => `Criterion ${i}`) }, 'criteria'],
    ];
    for (const [input, field] of cases) {
      const res = await create(north.lead, { tribeIds, ...input });
      expect([errorCode(res), res.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    }
  });

  it('lets everyone signed in read an alliance, and tells them truly whether they may edit it', async () => {
    const alliance = await form(north.lead, [north.tribe.id, south.tribe.id], { name: 'Readable Alliance' });
    const outsider = await fx.outsider();
    const read = async (as: Person) => (await api.ok(Q.alliance, { slug: alliance.slug }, { token: as.token })).alliance;
    expect(await read(outsider)).toMatchObject({ id: alliance.id, viewerCanEdit: false, viewerCanUpdateKeyResults: false, tribesViewerCanAdd: [] });
    expect(await read(member)).toMatchObject({ viewerCanEdit: false });
    expect(await read(designLead)).toMatchObject({ viewerCanEdit: true });
    expect(await read(fx.admin)).toMatchObject({ viewerCanEdit: true });
    const eastLeadView = await read(east.lead);
    expect(eastLeadView.viewerCanEdit).toBe(false);
    expect(eastLeadView.tribesViewerCanAdd).toEqual([{ id: east.tribe.id }]);
    expect((await read(north.lead)).tribesViewerCanAdd.map((t: { id: string }) => t.id).sort()).toEqual([east.tribe.id, west.tribe.id].sort());
    expect((await api.ok(Q.alliance, { slug: 'no-such-alliance' }, { token: outsider.token })).alliance).toBeNull();
  });

  it("updates only the fields given, replaces the criteria list (reordering them) and bumps the revision; refuses people outside its tribes' trios", async () => {
    const alliance = await form(north.lead, [north.tribe.id, south.tribe.id], { name: 'Editable Alliance', criteria: ['A', 'B', 'C'] });
    const res = await api.ok(Q.update, { id: alliance.id, input: { criteria: ['C', 'A', 'B'] } }, { token: productLead.token });
    expect(res.updateAlliance).toMatchObject({ name: 'Editable Alliance', goal: alliance.goal, criteria: ['C', 'A', 'B'], revision: 2 });
    const renamed = await api.ok(Q.update, { id: alliance.id, input: { name: 'Renamed Alliance', expectedRevision: 2 } }, { token: fx.admin.token });
    expect(renamed.updateAlliance).toMatchObject({ name: 'Renamed Alliance', slug: alliance.slug, criteria: ['C', 'A', 'B'], revision: 3 });
    for (const as of [member, east.lead]) expect(errorCode(await api.gql(Q.update, { id: alliance.id, input: { name: 'Hijacked' } }, { token: as.token }))).toBe('FORBIDDEN');
    expect((await api.sql(`SELECT name, revision FROM alliances WHERE id = $1`, [alliance.id]))[0]).toEqual({ name: 'Renamed Alliance', revision: 3 });
    expect(errorCode(await api.gql(Q.update, { id: '00000000-0000-4000-8000-000000000000', input: { name: 'X' } }, { token: fx.admin.token }))).toBe('NOT_FOUND');
  });

  it('refuses a stale expectedRevision with CONFLICT and writes nothing; of two concurrent edits from the same revision exactly one wins', async () => {
    const alliance = await form(north.lead, [north.tribe.id, south.tribe.id], { name: 'Contested Alliance' });
    await api.ok(Q.update, { id: alliance.id, input: { goal: 'A newer goal', expectedRevision: 1 } }, { token: north.lead.token });
    const stale = await api.gql(Q.update, { id: alliance.id, input: { goal: 'An older idea', expectedRevision: 1 } }, { token: productLead.token });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].message).toMatch(/revision 1; it is now at 2/);
    const both = await Promise.all(
      ['First', 'Second'].map((name) => api.gql(Q.update, { id: alliance.id, input: { name: `${name} Alliance`, expectedRevision: 2 } }, { token: north.lead.token })),
    );
    expect(both.map(errorCode).sort()).toEqual(['CONFLICT', undefined].sort());
    expect((await api.sql(`SELECT goal, revision FROM alliances WHERE id = $1`, [alliance.id]))[0]).toEqual({ goal: 'A newer goal', revision: 3 });
    expect(errorCode(await api.gql(Q.update, { id: alliance.id, input: { name: 'X', expectedRevision: 0 } }, { token: north.lead.token }))).toBe('BAD_USER_INPUT');
    // Nothing to write (the status it has) is still refused from a stale revision, and bumps nothing from the current one.
    expect(errorCode(await api.gql(Q.update, { id: alliance.id, input: { status: 'FORMING', expectedRevision: 2 } }, { token: north.lead.token }))).toBe('CONFLICT');
    expect((await api.ok(Q.update, { id: alliance.id, input: { status: 'FORMING', expectedRevision: 3 } }, { token: north.lead.token })).updateAlliance.revision).toBe(3);
  });

  it('moves the status FORMING -> ACTIVE -> COMPLETED, ACTIVE -> DISBANDED and FORMING -> DISBANDED; the same status again is a no-op', async () => {
    const status = async (id: string, to: string) => (await api.ok(Q.update, { id, input: { status: to } }, { token: north.lead.token })).updateAlliance;
    const a = await form(north.lead, [north.tribe.id, south.tribe.id], { name: 'Status Alliance A' });
    expect((await status(a.id, 'FORMING')).revision).toBe(1);
    expect(await status(a.id, 'ACTIVE')).toMatchObject({ status: 'ACTIVE', revision: 2 });
    expect(await status(a.id, 'ACTIVE')).toMatchObject({ status: 'ACTIVE', revision: 2 });
    expect((await status(a.id, 'COMPLETED')).status).toBe('COMPLETED');
    const b = await form(north.lead, [north.tribe.id, south.tribe.id], { name: 'Status Alliance B' });
    await status(b.id, 'ACTIVE');
    expect((await status(b.id, 'DISBANDED')).status).toBe('DISBANDED');
    const c = await form(north.lead, [north.tribe.id, south.tribe.id], { name: 'Status Alliance C' });
    expect((await status(c.id, 'DISBANDED')).status).toBe('DISBANDED');
  });

  it('refuses every other status move with BAD_USER_INPUT naming status, and changes nothing', async () => {
    const refuse = async (id: string, to: string) => {
      const res = await api.gql(Q.update, { id, input: { status: to, name: 'Should not stick' } }, { token: north.lead.token });
      expect([errorCode(res), res.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'status']);
    };
    const forming = await form(north.lead, [north.tribe.id, south.tribe.id], { name: 'Refusing Alliance' });
    await refuse(forming.id, 'COMPLETED');
    await api.ok(Q.update, { id: forming.id, input: { status: 'ACTIVE' } }, { token: north.lead.token });
    await refuse(forming.id, 'FORMING');
    await api.ok(Q.update, { id: forming.id, input: { status: 'COMPLETED' } }, { token: north.lead.token });
    await refuse(forming.id, 'ACTIVE');
    await refuse(forming.id, 'DISBANDED');
    expect((await api.sql(`SELECT name, status FROM alliances WHERE id = $1`, [forming.id]))[0]).toEqual({ name: 'Refusing Alliance', status: 'COMPLETED' });
  });

  it("lets a tribe's own trio add it, and an editor add another tribe; adding it again changes nothing", async () => {
    const alliance = await form(north.lead, [north.tribe.id, south.tribe.id], { name: 'Joining Alliance' });
    const joined = await api.ok(Q.addTribe, { allianceId: alliance.id, tribeId: east.tribe.id }, { token: east.lead.token });
    expect(joined.addTribeToAlliance.tribes.map((t: { id: string }) => t.id)).toContain(east.tribe.id);
    const byEditor = await api.ok(Q.addTribe, { allianceId: alliance.id, tribeId: west.tribe.id }, { token: designLead.token });
    expect(byEditor.addTribeToAlliance.tribes).toHaveLength(4);
    const again = await api.ok(Q.addTribe, { allianceId: alliance.id, tribeId: west.tribe.id }, { token: north.lead.token });
    expect(again.addTribeToAlliance.tribes).toHaveLength(4);
    const rows = await api.sql(`SELECT tribe_id, added_by FROM alliance_tribes WHERE alliance_id = $1 AND tribe_id = ANY($2::uuid[]) ORDER BY added_at`, [
      alliance.id,
      [east.tribe.id, west.tribe.id],
    ]);
    expect(rows).toEqual([
      { tribe_id: east.tribe.id, added_by: east.lead.id },
      { tribe_id: west.tribe.id, added_by: designLead.id },
    ]);
    // The east lead now sits in the trio of one of its tribes: an editor.
    expect((await api.ok(Q.alliance, { slug: alliance.slug }, { token: east.lead.token })).alliance.viewerCanEdit).toBe(true);
  });

  it("refuses adding a tribe to a plain member, a squad member of one of its tribes, and another tribe's lead adding a third tribe", async () => {
    const alliance = await form(north.lead, [north.tribe.id, south.tribe.id], { name: 'Closed Alliance' });
    expect(errorCode(await api.gql(Q.addTribe, { allianceId: alliance.id, tribeId: east.tribe.id }, { token: (await fx.outsider()).token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(Q.addTribe, { allianceId: alliance.id, tribeId: east.tribe.id }, { token: member.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(Q.addTribe, { allianceId: alliance.id, tribeId: east.tribe.id }, { token: west.lead.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(Q.addTribe, { allianceId: alliance.id, tribeId: '00000000-0000-4000-8000-000000000000' }, { token: north.lead.token }))).toBe('NOT_FOUND');
    expect((await api.sql(`SELECT count(*)::int AS n FROM alliance_tribes WHERE alliance_id = $1`, [alliance.id]))[0].n).toBe(2);
  });

  it('takes new tribes while FORMING or ACTIVE; a COMPLETED or DISBANDED one refuses them with BAD_USER_INPUT naming its status and keeps its tribes', async () => {
    const status = (id: string, to: string) => api.ok(Q.update, { id, input: { status: to } }, { token: north.lead.token });
    const growing = await form(north.lead, [north.tribe.id, south.tribe.id], { name: 'Growing Alliance' });
    await status(growing.id, 'ACTIVE');
    expect((await api.ok(Q.addTribe, { allianceId: growing.id, tribeId: east.tribe.id }, { token: east.lead.token })).addTribeToAlliance.tribes).toHaveLength(3);
    await status(growing.id, 'COMPLETED');
    const completed = await api.gql(Q.addTribe, { allianceId: growing.id, tribeId: west.tribe.id }, { token: west.lead.token });
    expect([errorCode(completed), completed.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'allianceId']);
    expect(completed.errors?.[0].message).toContain('COMPLETED');
    const ended = await form(north.lead, [north.tribe.id, south.tribe.id], { name: 'Ended Alliance' });
    await status(ended.id, 'DISBANDED');
    const disbanded = await api.gql(Q.addTribe, { allianceId: ended.id, tribeId: east.tribe.id }, { token: fx.admin.token });
    expect([errorCode(disbanded), disbanded.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'allianceId']);
    expect(disbanded.errors?.[0].message).toContain('DISBANDED');
    const counts = await api.sql(`SELECT alliance_id, count(*)::int AS n FROM alliance_tribes WHERE alliance_id = ANY($1::uuid[]) GROUP BY alliance_id`, [[growing.id, ended.id]]);
    expect(Object.fromEntries(counts.map((r: { alliance_id: string; n: number }) => [r.alliance_id, r.n]))).toEqual({ [growing.id]: 3, [ended.id]: 2 });
  });

  it('removes a tribe for an editor while two remain; leaving fewer than two is BAD_USER_INPUT; others are FORBIDDEN', async () => {
    const alliance = await form(north.lead, [north.tribe.id, south.tribe.id, east.tribe.id], { name: 'Shrinking Alliance' });
    expect(errorCode(await api.gql(Q.removeTribe, { allianceId: alliance.id, tribeId: east.tribe.id }, { token: member.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(Q.removeTribe, { allianceId: alliance.id, tribeId: east.tribe.id }, { token: west.lead.token }))).toBe('FORBIDDEN');
    const removed = await api.ok(Q.removeTribe, { allianceId: alliance.id, tribeId: east.tribe.id }, { token: productLead.token });
    expect(removed.removeTribeFromAlliance.tribes.map((t: { id: string }) => t.id).sort()).toEqual([north.tribe.id, south.tribe.id].sort());
    const tooFew = await api.gql(Q.removeTribe, { allianceId: alliance.id, tribeId: south.tribe.id }, { token: north.lead.token });
    expect([errorCode(tooFew), tooFew.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'tribeId']);
    expect(errorCode(await api.gql(Q.removeTribe, { allianceId: alliance.id, tribeId: west.tribe.id }, { token: north.lead.token }))).toBe('BAD_USER_INPUT');
    expect((await api.sql(`SELECT count(*)::int AS n FROM alliance_tribes WHERE alliance_id = $1`, [alliance.id]))[0].n).toBe(2);
  });

  it('lets only one of two concurrent removals from a three-tribe alliance through, so two tribes always remain', async () => {
    const alliance = await form(fx.admin, [north.tribe.id, south.tribe.id, east.tribe.id], { name: 'Racing Alliance' });
    const both = await Promise.all(
      [south.tribe.id, east.tribe.id].map((tribeId) => api.gql(Q.removeTribe, { allianceId: alliance.id, tribeId }, { token: north.lead.token })),
    );
    expect(both.map(errorCode).sort()).toEqual(['BAD_USER_INPUT', undefined].sort());
    expect((await api.sql(`SELECT count(*)::int AS n FROM alliance_tribes WHERE alliance_id = $1`, [alliance.id]))[0].n).toBe(2);
  });

  it("lists alliances active first, then forming, completed, disbanded, by name; filters by status; shows a tribe's alliances the same way", async () => {
    const t1 = await fx.tribe('Listing One');
    const t2 = await fx.tribe('Listing Two');
    const make = (name: string) => form(fx.admin, [t1.tribe.id, t2.tribe.id], { name });
    const zeta = await make('Zeta Listing');
    const alpha = await make('Alpha Listing');
    const done = await make('Done Listing');
    const gone = await make('Gone Listing');
    for (const id of [zeta.id, done.id]) await api.ok(Q.update, { id, input: { status: 'ACTIVE' } }, { token: fx.admin.token });
    await api.ok(Q.update, { id: done.id, input: { status: 'COMPLETED' } }, { token: fx.admin.token });
    await api.ok(Q.update, { id: gone.id, input: { status: 'DISBANDED' } }, { token: fx.admin.token });
    const names = (list: { name: string }[]) => list.map((a) => a.name).filter((n) => n.endsWith('Listing'));
    const all = (await api.ok(Q.alliances, {}, { token: member.token })).alliances;
    expect(names(all)).toEqual(['Zeta Listing', 'Alpha Listing', 'Done Listing', 'Gone Listing']);
    const active = (await api.ok(Q.alliances, { status: 'ACTIVE' }, { token: member.token })).alliances;
    expect(active.every((a: { status: string }) => a.status === 'ACTIVE')).toBe(true);
    expect(names(active)).toEqual(['Zeta Listing']);
    const tribe = (await api.ok(Q.tribeAlliances, { slug: t1.tribe.slug }, { token: member.token })).tribe;
    expect(tribe.alliances.map((a: { id: string }) => a.id)).toEqual([zeta.id, alpha.id, done.id, gone.id]);
  });
});
