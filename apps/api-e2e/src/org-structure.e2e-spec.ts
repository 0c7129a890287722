import { addSquadMember, createChapter, createSquad, createTribe, errorCode, Fixtures, ORG, Person, personOrg, TestApi } from '@guildhall/api-testing';

const NOBODY = '00000000-0000-4000-8000-000000000000';

describe('org structure: tribes, squads, chapters, trios (contract part 02)', () => {
  let api: TestApi;
  let fx: Fixtures;
  let admin: Person;
  let lead: Person; // tribe lead of Payments
  let otherLead: Person; // tribe lead of Discovery
  let member: Person;
  let ada: Person;
  let bob: Person;
  let payments: { id: string; slug: string };
  let discovery: { id: string; slug: string };

  beforeAll(async () => {
    api = await TestApi.start();
    fx = await Fixtures.start(api, { displayName: 'Admin' });
    admin = fx.admin;
    ({ tribe: payments, lead } = await fx.tribe('Payments', { mission: 'Money moves', lead: { displayName: 'Lena Lead' } }));
    ({ tribe: discovery, lead: otherLead } = await fx.tribe('Discovery', { lead: { displayName: 'Otto Lead' } }));
    member = await fx.member({ displayName: 'Mia Member' });
    ada = await fx.member({ displayName: 'Ada Lovelace' });
    bob = await fx.member({ displayName: 'Bob Builder' });
  });
  afterAll(() => api?.stop());

  const tribesCount = async () => (await api.ok(`{ tribes { id } }`, {}, { token: admin.token })).tribes.length;

  describe('tribes', () => {
    it('lets admins create tribes with a slug derived from the name, suffixed when taken', async () => {
      expect(payments.slug).toBe('payments');
      const again = await createTribe(api, admin, '  Payments  ');
      expect(again.slug).toBe('payments-2');
      const third = await createTribe(api, admin, 'payments');
      expect(third.slug).toBe('payments-3');
    });

    it('refuses tribe creation by anyone else with FORBIDDEN, creating nothing', async () => {
      const before = await tribesCount();
      for (const who of [member, lead]) {
        const res = await api.gql(ORG.createTribe, { input: { name: 'Rogue' } }, { token: who.token });
        expect(errorCode(res)).toBe('FORBIDDEN');
      }
      expect(await tribesCount()).toBe(before);
    });

    it('refuses blank and over-long names with BAD_USER_INPUT', async () => {
      const blank = await api.gql(ORG.createTribe, { input: { name: '   ' } }, { token: admin.token });
      expect(errorCode(blank)).toBe('BAD_USER_INPUT');
      expect(blank.errors![0].message).toMatch(/tribe name/);
      const long = await api.gql(ORG.createTribe, { input: { name: 'x'.repeat(81) } }, { token: admin.token });
      expect(errorCode(long)).toBe('BAD_USER_INPUT');
    });

    it('keeps the slug stable when the name changes', async () => {
      const t = await createTribe(api, admin, 'Renamable');
      const updated = (await api.ok(ORG.updateTribe, { id: t.id, input: { name: 'Renamed Tribe', mission: 'New' } }, { token: admin.token })).updateTribe;
      expect(updated).toMatchObject({ slug: 'renamable', name: 'Renamed Tribe', mission: 'New' });
      const bySlug = await api.ok(`query($s: String!) { tribe(slug: $s) { name } }`, { s: 'renamable' }, { token: member.token });
      expect(bySlug.tribe.name).toBe('Renamed Tribe');
    });

    it('lets only admins update a tribe or set its trio', async () => {
      expect(errorCode(await api.gql(ORG.updateTribe, { id: payments.id, input: { name: 'Mine' } }, { token: lead.token }))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(ORG.setTrio, { input: { tribeId: payments.id, designLeadId: member.id } }, { token: lead.token }))).toBe('FORBIDDEN');
    });

    it('answers unknown ids with NOT_FOUND', async () => {
      expect(errorCode(await api.gql(ORG.updateTribe, { id: NOBODY, input: { name: 'X' } }, { token: admin.token }))).toBe('NOT_FOUND');
      expect(errorCode(await api.gql(ORG.updateTribe, { id: 'not-a-uuid', input: { name: 'X' } }, { token: admin.token }))).toBe('NOT_FOUND');
      expect(errorCode(await api.gql(ORG.setTrio, { input: { tribeId: payments.id, productLeadId: NOBODY } }, { token: admin.token }))).toBe('NOT_FOUND');
      expect(errorCode(await api.gql(ORG.createSquad, { input: { tribeId: NOBODY, name: 'X' } }, { token: admin.token }))).toBe('NOT_FOUND');
    });

    it('sets trio seats, leaves omitted ones alone, clears with null, and reports completeness', async () => {
      const t = await createTribe(api, admin, 'Trio Tribe');
      let r = (await api.ok(ORG.setTrio, { input: { tribeId: t.id, tribeLeadId: ada.id, productLeadId: bob.id } }, { token: admin.token })).setTrio;
      expect(r.trio).toMatchObject({ complete: false, tribeLead: { id: ada.id }, productLead: { id: bob.id }, designLead: null });
      r = (await api.ok(ORG.setTrio, { input: { tribeId: t.id, designLeadId: member.id } }, { token: admin.token })).setTrio;
      expect(r.trio).toMatchObject({ complete: true, tribeLead: { id: ada.id } });
      r = (await api.ok(ORG.setTrio, { input: { tribeId: t.id, productLeadId: null } }, { token: admin.token })).setTrio;
      expect(r.trio).toMatchObject({ complete: false, productLead: null, designLead: { id: member.id } });
    });
  });

  describe('squads and chapters', () => {
    it("lets the tribe's lead create and change squads in their tribe, and nobody else", async () => {
      const squad = await createSquad(api, lead, payments.id, 'Checkout');
      expect(squad.slug).toBe('checkout');
      const updated = (await api.ok(ORG.updateSquad, { id: squad.id, input: { name: 'Checkout & Pay', framework: 'KANBAN', productOwnerId: ada.id } }, { token: lead.token })).updateSquad;
      expect(updated).toMatchObject({ slug: 'checkout', name: 'Checkout & Pay', framework: 'KANBAN', productOwner: { id: ada.id } });
      const cleared = (await api.ok(ORG.updateSquad, { id: squad.id, input: { productOwnerId: null } }, { token: lead.token })).updateSquad;
      expect(cleared.productOwner).toBeNull();

      expect(errorCode(await api.gql(ORG.createSquad, { input: { tribeId: payments.id, name: 'X' } }, { token: otherLead.token }))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(ORG.createSquad, { input: { tribeId: payments.id, name: 'X' } }, { token: member.token }))).toBe('FORBIDDEN');
      const res = await api.gql(ORG.updateSquad, { id: squad.id, input: { name: 'Hijacked' } }, { token: otherLead.token });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.errors![0].message).toMatch(/tribe lead of Payments/);
    });

    it("lets the tribe's lead create chapters and choose chapter leads; others get FORBIDDEN", async () => {
      const chapter = await createChapter(api, lead, payments.id, 'Backend Chapter', ' Backend ');
      const withLead = (await api.ok(ORG.setChapterLead, { chapterId: chapter.id, userId: ada.id }, { token: lead.token })).setChapterLead;
      expect(withLead.lead.id).toBe(ada.id);
      expect(errorCode(await api.gql(ORG.setChapterLead, { chapterId: chapter.id, userId: bob.id }, { token: member.token }))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(ORG.setChapterLead, { chapterId: chapter.id, userId: bob.id }, { token: otherLead.token }))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(ORG.createChapter, { input: { tribeId: payments.id, name: 'X', discipline: 'iOS' } }, { token: member.token }))).toBe('FORBIDDEN');
      const blank = await api.gql(ORG.createChapter, { input: { tribeId: payments.id, name: 'X', discipline: ' ' } }, { token: admin.token });
      expect(errorCode(blank)).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.gql(ORG.setChapterLead, { chapterId: chapter.id, userId: NOBODY }, { token: admin.token }))).toBe('NOT_FOUND');
    });

    it('keeps a person in at most one squad: adding moves them, and removing is idempotent', async () => {
      const a = await createSquad(api, admin, payments.id, 'Squad A');
      const b = await createSquad(api, admin, payments.id, 'Squad B');
      const p = await fx.member({ displayName: 'Mover' });
      await addSquadMember(api, lead, a.id, p.id);
      const inB = await addSquadMember(api, lead, b.id, p.id);
      expect(inB.members.map((m: any) => m.id)).toEqual([p.id]);
      const again = await addSquadMember(api, lead, b.id, p.id); // joining twice changes nothing
      expect(again.memberCount).toBe(1);
      const squads = await api.ok(`query($s: String!) { squad(slug: $s) { memberCount } }`, { s: a.slug }, { token: member.token });
      expect(squads.squad.memberCount).toBe(0);
      expect((await personOrg(api, member, p.id)).squad.id).toBe(b.id);
      await api.ok(ORG.removeSquadMember, { squadId: b.id, userId: p.id }, { token: lead.token });
      await api.ok(ORG.removeSquadMember, { squadId: b.id, userId: p.id }, { token: lead.token });
      expect((await personOrg(api, member, p.id)).squad).toBeNull();
    });

    it("refuses squad membership changes by people who do not lead the squad's tribe", async () => {
      const s = await createSquad(api, admin, payments.id, 'Guarded');
      expect(errorCode(await api.gql(ORG.addSquadMember, { squadId: s.id, userId: member.id }, { token: member.token }))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(ORG.addSquadMember, { squadId: s.id, userId: member.id }, { token: otherLead.token }))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(ORG.removeSquadMember, { squadId: s.id, userId: member.id }, { token: otherLead.token }))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(ORG.addSquadMember, { squadId: s.id, userId: NOBODY }, { token: admin.token }))).toBe('NOT_FOUND');
      expect(errorCode(await api.gql(ORG.addSquadMember, { squadId: NOBODY, userId: member.id }, { token: admin.token }))).toBe('NOT_FOUND');
    });

    it("requires a chapter member's squad to be in the chapter's tribe, naming the tribes", async () => {
      const chapter = await createChapter(api, admin, payments.id, 'Design Chapter', 'Design');
      const far = await createSquad(api, admin, discovery.id, 'Far Away');
      const p = await fx.member({ displayName: 'Pat Nosquad' });
      const noSquad = await api.gql(ORG.addChapterMember, { chapterId: chapter.id, userId: p.id }, { token: admin.token });
      expect(errorCode(noSquad)).toBe('BAD_USER_INPUT');
      expect(noSquad.errors![0].message).toMatch(/squad of tribe Payments/);
      await addSquadMember(api, admin, far.id, p.id);
      const wrongTribe = await api.gql(ORG.addChapterMember, { chapterId: chapter.id, userId: p.id }, { token: admin.token });
      expect(errorCode(wrongTribe)).toBe('BAD_USER_INPUT');
      expect(wrongTribe.errors![0].message).toMatch(/tribe Discovery.*belongs to tribe Payments/);
      expect((await personOrg(api, admin, p.id)).chapter).toBeNull();
    });

    it('keeps a person in at most one chapter, and only the tribe lead or an admin changes chapter members', async () => {
      const c1 = await createChapter(api, admin, payments.id, 'QA Chapter', 'QA');
      const c2 = await createChapter(api, admin, payments.id, 'Data Chapter', 'Data');
      const s = await createSquad(api, admin, payments.id, 'Ledger');
      const p = await fx.member({ displayName: 'Quinn' });
      await addSquadMember(api, admin, s.id, p.id);
      expect(errorCode(await api.gql(ORG.addChapterMember, { chapterId: c1.id, userId: p.id }, { token: member.token }))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(ORG.addChapterMember, { chapterId: c1.id, userId: p.id }, { token: otherLead.token }))).toBe('FORBIDDEN');
      await api.ok(ORG.addChapterMember, { chapterId: c1.id, userId: p.id }, { token: lead.token });
      const moved = (await api.ok(ORG.addChapterMember, { chapterId: c2.id, userId: p.id }, { token: lead.token })).addChapterMember;
      expect(moved.members.map((m: any) => m.id)).toEqual([p.id]);
      expect((await personOrg(api, admin, p.id)).chapter.id).toBe(c2.id);
      expect(errorCode(await api.gql(ORG.removeChapterMember, { chapterId: c2.id, userId: p.id }, { token: otherLead.token }))).toBe('FORBIDDEN');
      await api.ok(ORG.removeChapterMember, { chapterId: c2.id, userId: p.id }, { token: lead.token });
      expect((await personOrg(api, admin, p.id)).chapter).toBeNull();
    });

    it("moving someone to another tribe's squad takes them out of the old tribe's chapter; within a tribe it keeps it", async () => {
      const chapter = await createChapter(api, admin, payments.id, 'Mobile Chapter', 'iOS');
      const s1 = await createSquad(api, admin, payments.id, 'Wallet');
      const s2 = await createSquad(api, admin, payments.id, 'Cards');
      const elsewhere = await createSquad(api, admin, discovery.id, 'Search');
      const p = await fx.member({ displayName: 'Robin' });
      await addSquadMember(api, admin, s1.id, p.id);
      await api.ok(ORG.addChapterMember, { chapterId: chapter.id, userId: p.id }, { token: admin.token });
      await addSquadMember(api, admin, s2.id, p.id);
      expect((await personOrg(api, admin, p.id)).chapter.id).toBe(chapter.id);
      await addSquadMember(api, admin, elsewhere.id, p.id);
      const after = await personOrg(api, admin, p.id);
      expect(after.squad.id).toBe(elsewhere.id);
      expect(after.chapter).toBeNull();
    });

    it("lets a tribe lead move people out of another tribe only with that tribe's lead's authority, changing nothing otherwise", async () => {
      const mine = await createSquad(api, admin, payments.id, 'Mine');
      const theirs = await createSquad(api, admin, discovery.id, 'Theirs');
      const p = await fx.member({ displayName: 'Sam' });
      await addSquadMember(api, admin, theirs.id, p.id);
      const res = await api.gql(ORG.addSquadMember, { squadId: mine.id, userId: p.id }, { token: lead.token });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.errors![0].message).toMatch(/Discovery/);
      expect((await personOrg(api, admin, p.id)).squad.id).toBe(theirs.id);
    });
  });

  describe('orgWarnings', () => {
    it('reports every kind of drift with an actionable message, for anyone signed in', async () => {
      const t = await createTribe(api, admin, 'Warned Tribe');
      const small = await createSquad(api, admin, t.id, 'Lonely Squad');
      await createChapter(api, admin, t.id, 'Leaderless Chapter', 'Backend');
      await api.ok(ORG.createGuild, { input: { name: 'Abandoned Guild' } }, { token: member.token });
      const g = await api.ok(`{ guild(slug: "abandoned-guild") { id } }`, {}, { token: member.token });
      await api.ok(`mutation($id: ID!) { stepDownAsCoordinator(guildId: $id) { id } }`, { id: g.guild.id }, { token: member.token });
      const big = await createSquad(api, admin, t.id, 'Crowded Squad');
      for (let i = 0; i < 13; i++) {
        const p = await fx.member({ displayName: `Crowd ${i}` });
        await addSquadMember(api, admin, big.id, p.id);
      }
      const { orgWarnings } = await api.ok(`{ orgWarnings { kind message subjectId subjectName } }`, {}, { token: member.token });
      const about = (id: string) => orgWarnings.filter((w: any) => w.subjectId === id).map((w: any) => w.kind).sort();
      expect(about(t.id)).toEqual(['TRIO_INCOMPLETE']);
      expect(about(small.id)).toEqual(['SQUAD_TOO_SMALL', 'SQUAD_WITHOUT_PRODUCT_OWNER']);
      expect(about(big.id)).toEqual(['SQUAD_TOO_LARGE', 'SQUAD_WITHOUT_PRODUCT_OWNER']);
      expect(orgWarnings.find((w: any) => w.subjectName === 'Leaderless Chapter').kind).toBe('CHAPTER_WITHOUT_LEAD');
      expect(about(g.guild.id)).toEqual(['GUILD_WITHOUT_COORDINATOR']);
      expect(orgWarnings.find((w: any) => w.subjectId === big.id && w.kind === 'SQUAD_TOO_LARGE').message).toMatch(/13 members.*splitting/);
      expect(orgWarnings.find((w: any) => w.subjectId === t.id).message).toMatch(/no tribe lead, product lead or design lead/);
    });
  });
});
