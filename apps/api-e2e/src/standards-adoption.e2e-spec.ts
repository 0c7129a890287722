import {
  createStandard,
  errorCode,
  Fixtures,
  ORG,
  Person,
  publishedStandard,
  publishNextVersion,
  STANDARDS,
  TestApi,
  TestStandard,
  TribeFixture,
} from '@guildhall/api-testing';

/** Adoption of standards by the squads of the chapter's tribe: who records it, its arithmetic, lapses, history, and the matrix's SQL budget. */
describe('standards adoption', () => {
  let api: TestApi;
  let fx: Fixtures;
  let org: TribeFixture;
  let chapterId: string;
  let lead: Person;
  let chapterMember: Person;
  let payments: Person;
  let productOwner: Person;
  let outsider: Person;
  let elsewhere: TribeFixture;
  let squad: (i: number) => string;

  const as = (p: Person) => ({ token: p.token });
  const read = async (slug: string, who: Person = outsider) => (await api.ok(STANDARDS.bySlug, { slug }, as(who))).standard;
  const set = (who: Person, input: Record<string, unknown>) => api.gql(STANDARDS.setAdoption, { input }, as(who));
  const adopt = async (who: Person, input: Record<string, unknown>) => {
    const res = await set(who, input);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.setAdoption;
  };
  const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

  beforeAll(async () => {
    api = await TestApi.start();
    fx = await Fixtures.start(api);
    org = await fx.tribe('Commerce', { squads: ['Payments', 'Checkout', 'Catalog'], chapters: [{ name: 'Backend' }] });
    squad = (i) => org.squads[i].id;
    chapterId = org.chapters[0].id;
    lead = await fx.chapterLead(chapterId);
    chapterMember = await fx.member();
    await fx.inSquad(squad(1), chapterMember);
    await api.ok(ORG.addChapterMember, { chapterId, userId: chapterMember.id }, as(fx.admin));
    payments = await fx.member();
    await fx.inSquad(squad(0), payments);
    productOwner = await fx.member();
    await api.ok(ORG.updateSquad, { id: squad(2), input: { productOwnerId: productOwner.id } }, as(fx.admin));
    outsider = await fx.outsider();
    elsewhere = await fx.tribe('Logistics', { squads: ['Routing'] });
  });
  afterAll(() => api?.stop());

  it("is one adoption per squad of the chapter's tribe, NOT_STARTED where nothing is recorded; the summary is 0 when nothing applies", async () => {
    const s = await publishedStandard(api, lead, { chapterId, title: 'Health checks' });
    const { adoptions, adoptionSummary } = await read(s.slug);
    expect(adoptions.map((a: any) => a.squad.id).sort()).toEqual([squad(0), squad(1), squad(2)].sort());
    expect(adoptions.every((a: any) => a.status === 'NOT_STARTED' && a.version === null && !a.outdated && !a.overdue && a.updatedBy === null)).toBe(true);
    expect(adoptionSummary).toEqual({ squads: 3, adopted: 0, inProgress: 0, notStarted: 3, exempt: 0, outdated: 0, overdue: 0, adoptionRate: 0 });

    const lonely = await fx.tribe('Research', { chapters: [{ name: 'Data', discipline: 'Data' }] });
    const dataLead = await fx.chapterLead(lonely.chapters[0].id);
    const noSquads = await publishedStandard(api, dataLead, { chapterId: lonely.chapters[0].id, title: 'Notebooks in git' });
    expect((await read(noSquads.slug)).adoptionSummary).toEqual({ squads: 0, adopted: 0, inProgress: 0, notStarted: 0, exempt: 0, outdated: 0, overdue: 0, adoptionRate: 0 });
  });

  it("is recorded by the squad's members, its product owner, the chapter's lead or an admin; everyone else is FORBIDDEN", async () => {
    const s = await publishedStandard(api, lead, { chapterId, title: 'Feature flags' });
    expect(await adopt(payments, { standardId: s.id, squadId: squad(0), status: 'IN_PROGRESS' })).toMatchObject({ status: 'IN_PROGRESS', version: 1, viewerCanRecord: true });
    expect(await adopt(productOwner, { standardId: s.id, squadId: squad(2), status: 'ADOPTED' })).toMatchObject({ status: 'ADOPTED', updatedBy: { id: productOwner.id } });
    expect(await adopt(lead, { standardId: s.id, squadId: squad(1), status: 'ADOPTED' })).toMatchObject({ status: 'ADOPTED' });
    expect(await adopt(fx.admin, { standardId: s.id, squadId: squad(0), status: 'ADOPTED' })).toMatchObject({ status: 'ADOPTED', updatedBy: { id: fx.admin.id } });
    const refused: [Person, number][] = [
      [payments, 1],
      [productOwner, 0],
      [chapterMember, 0],
      [outsider, 1],
      [org.lead, 2],
    ];
    for (const [who, i] of refused) expect(errorCode(await set(who, { standardId: s.id, squadId: squad(i), status: 'NOT_STARTED' }))).toBe('FORBIDDEN');
    const { adoptions } = await read(s.slug);
    expect(adoptions.map((a: any) => a.status)).toEqual(['ADOPTED', 'ADOPTED', 'ADOPTED']);
    const viewer = async (who: Person) => (await api.ok(`query($slug: String!) { squad(slug: $slug) { adoptions { viewerCanRecord } } }`, { slug: org.squads[0].slug }, as(who))).squad.adoptions;
    expect((await viewer(payments)).every((a: any) => a.viewerCanRecord)).toBe(true);
    expect((await viewer(productOwner)).some((a: any) => a.viewerCanRecord)).toBe(false);
  });

  it('refuses a squad outside the tribe, unknown ids, and standards with nothing to adopt', async () => {
    const s = await publishedStandard(api, lead, { chapterId, title: 'Timeouts everywhere' });
    expect(errorCode(await set(fx.admin, { standardId: s.id, squadId: elsewhere.squads[0].id, status: 'ADOPTED' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await set(fx.admin, { standardId: s.id, squadId: '00000000-0000-4000-8000-000000000000', status: 'ADOPTED' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await set(fx.admin, { standardId: '00000000-0000-4000-8000-000000000000', squadId: squad(0), status: 'ADOPTED' }))).toBe('NOT_FOUND');
    const draft = await createStandard(api, lead, { chapterId, title: 'Not yet' });
    expect(errorCode(await set(lead, { standardId: draft.id, squadId: squad(0), status: 'ADOPTED' }))).toBe('BAD_USER_INPUT');
    const old = await publishedStandard(api, lead, { chapterId, title: 'Old way' });
    await api.ok(STANDARDS.deprecate, { id: old.id, reason: 'Gone' }, as(lead));
    expect(errorCode(await set(lead, { standardId: old.id, squadId: squad(0), status: 'ADOPTED' }))).toBe('BAD_USER_INPUT');
  });

  it('ADOPTED and IN_PROGRESS record the version; after a new version they read as outdated', async () => {
    let s: TestStandard = await publishedStandard(api, lead, { chapterId, title: 'API versioning', body: 'v1\n' });
    await adopt(payments, { standardId: s.id, squadId: squad(0), status: 'ADOPTED', note: 'Done in Q1' });
    await adopt(chapterMember, { standardId: s.id, squadId: squad(1), status: 'IN_PROGRESS' });
    s = await publishNextVersion(api, lead, s, 'v2\n', 'Stricter');
    let view = await read(s.slug);
    const of = (i: number) => view.adoptions.find((a: any) => a.squad.id === squad(i));
    expect(of(0)).toMatchObject({ status: 'ADOPTED', version: 1, outdated: true, note: 'Done in Q1' });
    expect(of(1)).toMatchObject({ status: 'IN_PROGRESS', version: 1, outdated: true });
    expect(of(2)).toMatchObject({ status: 'NOT_STARTED', version: null, outdated: false });
    expect(view.adoptionSummary).toMatchObject({ squads: 3, adopted: 1, inProgress: 1, notStarted: 1, outdated: 2, adoptionRate: 1 / 3 });
    await adopt(payments, { standardId: s.id, squadId: squad(0), status: 'ADOPTED' });
    view = await read(s.slug);
    expect(of(0)).toMatchObject({ status: 'ADOPTED', version: 2, outdated: false, note: null });
    expect(view.adoptionSummary.outdated).toBe(1);
  });

  it('EXEMPT needs a note; only an exemption has an end, in the future; a lapsed one reads NOT_STARTED with no job run', async () => {
    const s = await publishedStandard(api, lead, { chapterId, title: 'Blue-green deploys' });
    const base = { standardId: s.id, squadId: squad(2) };
    expect(errorCode(await set(productOwner, { ...base, status: 'EXEMPT' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await set(productOwner, { ...base, status: 'EXEMPT', note: '   ' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await set(productOwner, { ...base, status: 'EXEMPT', note: 'x'.repeat(1001) }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await set(productOwner, { ...base, status: 'EXEMPT', note: 'Legacy', exemptUntil: future(-1) }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await set(productOwner, { ...base, status: 'ADOPTED', exemptUntil: future(5) }))).toBe('BAD_USER_INPUT');
    const until = future(30);
    expect(await adopt(productOwner, { ...base, status: 'EXEMPT', note: 'Batch jobs only', exemptUntil: until })).toMatchObject({
      status: 'EXEMPT',
      version: null,
      note: 'Batch jobs only',
      exemptUntil: until,
    });
    await adopt(payments, { standardId: s.id, squadId: squad(0), status: 'ADOPTED' });
    await adopt(chapterMember, { standardId: s.id, squadId: squad(1), status: 'IN_PROGRESS' });
    // adopted / (squads - exempt) = 1 / (3 - 1)
    expect((await read(s.slug)).adoptionSummary).toEqual({ squads: 3, adopted: 1, inProgress: 1, notStarted: 0, exempt: 1, outdated: 0, overdue: 0, adoptionRate: 0.5 });
    // Time passes: the exemption's end is now behind us.
    await api.sql(`UPDATE standard_adoptions SET exempt_until = now() - interval '1 minute' WHERE standard_id = $1 AND squad_id = $2`, [s.id, squad(2)]);
    const lapsed = (await read(s.slug)).adoptions.find((a: any) => a.squad.id === squad(2));
    expect(lapsed).toMatchObject({ status: 'NOT_STARTED', version: null, exemptUntil: null });
    expect((await read(s.slug)).adoptionSummary).toMatchObject({ exempt: 0, notStarted: 1, adoptionRate: 1 / 3 });
    // An exemption without an end stays.
    await adopt(productOwner, { ...base, status: 'EXEMPT', note: 'Never deployed' });
    expect((await read(s.slug)).adoptionSummary.exempt).toBe(1);
  });

  it('keeps every change as history (who, when, from, to, note), readable per standard and per squad', async () => {
    let s: TestStandard = await publishedStandard(api, lead, { chapterId, title: 'Runbooks' });
    await adopt(payments, { standardId: s.id, squadId: squad(0), status: 'IN_PROGRESS', note: 'Started' });
    await adopt(payments, { standardId: s.id, squadId: squad(0), status: 'ADOPTED' });
    s = await publishNextVersion(api, lead, s, 'Runbooks v2\n');
    await adopt(productOwner, { standardId: s.id, squadId: squad(2), status: 'EXEMPT', note: 'No on-call', exemptUntil: future(10) });
    const q = `query($slug: String!, $first: Int, $after: String) { standard(slug: $slug) { adoptionHistory(first: $first, after: $after) {
      edges { cursor node { fromStatus fromVersion toStatus toVersion note exemptUntil changedAt changedBy { id } squad { id } standard { id } } } pageInfo { hasNextPage endCursor } } } }`;
    const history = (await api.ok(q, { slug: s.slug, first: 10 }, as(outsider))).standard.adoptionHistory;
    expect(history.edges.map((e: any) => [e.node.squad.id, e.node.fromStatus, e.node.fromVersion, e.node.toStatus, e.node.toVersion, e.node.note, e.node.changedBy.id])).toEqual([
      [squad(2), 'NOT_STARTED', null, 'EXEMPT', null, 'No on-call', productOwner.id],
      [squad(0), 'IN_PROGRESS', 1, 'ADOPTED', 1, null, payments.id],
      [squad(0), 'NOT_STARTED', null, 'IN_PROGRESS', 1, 'Started', payments.id],
    ]);
    const page1 = (await api.ok(q, { slug: s.slug, first: 2 }, as(outsider))).standard.adoptionHistory;
    const page2 = (await api.ok(q, { slug: s.slug, first: 2, after: page1.pageInfo.endCursor }, as(outsider))).standard.adoptionHistory;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.edges.map((e: any) => e.node.note)).toEqual(['Started']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(errorCode(await api.gql(q, { slug: s.slug, after: 'forged' }, as(outsider)))).toBe('BAD_USER_INPUT');

    const bySquad = `query($slug: String!) { squad(slug: $slug) { adoptionHistory(first: 100) { edges { node { standard { id } toStatus note } } } } }`;
    const squadHistory = (await api.ok(bySquad, { slug: org.squads[2].slug }, as(outsider))).squad.adoptionHistory.edges.map((e: any) => e.node);
    expect(squadHistory[0]).toEqual({ standard: { id: s.id }, toStatus: 'EXEMPT', note: 'No on-call' });
    expect(squadHistory.every((n: any) => n.standard.id !== undefined)).toBe(true);
  });

  it('flags a squad past adoptBy that has neither adopted nor been exempted as overdue', async () => {
    const s = await publishedStandard(api, lead, { chapterId, title: 'Zero-downtime migrations' });
    await adopt(payments, { standardId: s.id, squadId: squad(0), status: 'ADOPTED' });
    await adopt(chapterMember, { standardId: s.id, squadId: squad(1), status: 'IN_PROGRESS' });
    let view = await read(s.slug);
    expect(view.adoptionSummary.overdue).toBe(0);
    const past = (await api.ok(STANDARDS.update, { id: s.id, input: { adoptBy: future(-2) }, expectedRevision: view.revision }, as(lead))).updateStandardDraft;
    view = await read(s.slug);
    const overdue = Object.fromEntries(view.adoptions.map((a: any) => [a.squad.id, a.overdue]));
    expect(overdue).toEqual({ [squad(0)]: false, [squad(1)]: true, [squad(2)]: true });
    expect(view.adoptionSummary.overdue).toBe(2);
    await api.ok(STANDARDS.update, { id: s.id, input: { adoptBy: future(30) }, expectedRevision: past.revision }, as(lead));
    expect((await read(s.slug)).adoptionSummary.overdue).toBe(0);
  });

  it('Squad.adoptions lists every standard that applies (published, not deprecated), with the squad\'s adoption', async () => {
    const q = `query($slug: String!) { squad(slug: $slug) { adoptions { status version standard { id title status } squad { id } } } }`;
    const adoptions = (await api.ok(q, { slug: org.squads[0].slug }, as(outsider))).squad.adoptions;
    const published = (await api.ok(STANDARDS.list, { chapterId, status: 'PUBLISHED', first: 100 }, as(outsider))).standards.edges.map((e: any) => e.node.id);
    expect(adoptions.map((a: any) => a.standard.id).sort()).toEqual([...published].sort());
    expect(adoptions.every((a: any) => a.squad.id === squad(0))).toBe(true);
    const titles = adoptions.map((a: any) => a.standard.title.toLowerCase());
    expect(titles).toEqual([...titles].sort());
    expect((await api.ok(q, { slug: elsewhere.squads[0].slug }, as(outsider))).squad.adoptions).toEqual([]);
  });

  describe('the adoption matrix', () => {
    const MATRIX = `query($slug: String!) { tribe(slug: $slug) {
      squads { id name adoptions { status version outdated overdue exemptUntil viewerCanRecord updatedBy { id displayName } standard { id title level currentVersion { number } } } }
      chapters { id standards(status: PUBLISHED) { id slug title level adoptBy currentVersion { number publishedBy { id } }
        adoptionSummary { squads adopted inProgress notStarted exempt outdated overdue adoptionRate }
        adoptions { status version outdated squad { id name } updatedBy { id } } } } } }`;

    /** A tribe of `squads` squads and one chapter with `standards` published standards, half of them on v2, and adoptions of every kind. */
    async function matrixTribe(name: string, squads: number, standards: number) {
      const t = await fx.tribe(name, { chapters: [{ name: `${name} chapter` }] });
      const chapterLead = await fx.chapterLead(t.chapters[0].id);
      await api.sql(
        `INSERT INTO squads (slug, tribe_id, name) SELECT $1 || '-squad-' || i, $2, $1 || ' squad ' || i FROM generate_series(1, $3) i`,
        [name.toLowerCase(), t.tribe.id, squads],
      );
      await api.sql(
        `INSERT INTO standards (slug, chapter_id, title, draft_body, status, current_version, draft_pending, adopt_by)
         SELECT $1 || '-standard-' || i, $2, $1 || ' standard ' || i, 'Body ' || i, 'PUBLISHED', 1 + i % 2, false, now() + (i % 3 - 1) * interval '10 days'
         FROM generate_series(1, $3) i`,
        [name.toLowerCase(), t.chapters[0].id, standards],
      );
      await api.sql(
        `INSERT INTO standard_versions (standard_id, number, body, published_by_id)
         SELECT s.id, n, 'Body v' || n, $2 FROM standards s CROSS JOIN generate_series(1, 2) n WHERE s.chapter_id = $1 AND n <= s.current_version`,
        [t.chapters[0].id, chapterLead.id],
      );
      await api.sql(
        `INSERT INTO standard_adoptions (standard_id, squad_id, status, version, note, exempt_until, updated_by_id)
         SELECT s.id, q.id, k.status, CASE WHEN k.status IN ('ADOPTED', 'IN_PROGRESS') THEN 1 END, CASE WHEN k.status = 'EXEMPT' THEN 'why' END,
                CASE WHEN k.status = 'EXEMPT' THEN now() + (hashtext(q.id::text) % 2) * interval '5 days' END, $3
         FROM standards s JOIN squads q ON q.tribe_id = $2
         CROSS JOIN LATERAL (SELECT (ARRAY['ADOPTED', 'IN_PROGRESS', 'EXEMPT', NULL])[1 + abs(hashtext(s.id::text || q.id::text)) % 4] AS status) k
         WHERE s.chapter_id = $1 AND k.status IS NOT NULL`,
        [t.chapters[0].id, t.tribe.id, chapterLead.id],
      );
      return t;
    }

    it('runs a constant number of SQL statements: 2 squads x 2 standards and 40 squads x 100 standards alike', async () => {
      const small = await matrixTribe('Small', 2, 2);
      const large = await matrixTribe('Large', 40, 100);
      const viewer = await fx.member();
      await fx.inSquad((await api.sql(`SELECT id FROM squads WHERE slug = 'small-squad-1'`))[0].id, viewer);
      await api.gql(MATRIX, { slug: small.tribe.slug }, as(viewer)); // a session's first request also refreshes it: not the matrix's cost
      const smallRes = await api.gql(MATRIX, { slug: small.tribe.slug }, as(viewer));
      await fx.inSquad((await api.sql(`SELECT id FROM squads WHERE slug = 'large-squad-1'`))[0].id, viewer);
      const largeRes = await api.gql(MATRIX, { slug: large.tribe.slug }, as(viewer));
      expect(smallRes.errors).toBeUndefined();
      expect(largeRes.errors).toBeUndefined();
      const tribe = largeRes.data.tribe;
      expect(tribe.squads).toHaveLength(40);
      expect(tribe.squads.every((s: any) => s.adoptions.length === 100)).toBe(true);
      expect(tribe.chapters[0].standards).toHaveLength(100);
      expect(tribe.chapters[0].standards.every((s: any) => s.adoptions.length === 40 && s.adoptionSummary.squads === 40)).toBe(true);
      // Each cell holds its squad (read along from the tribe's squads, not looked up per cell): the tribe's squads, in its order.
      const squadsInOrder = tribe.squads.map((s: any) => ({ id: s.id, name: s.name }));
      for (const s of tribe.chapters[0].standards) expect(s.adoptions.map((a: any) => a.squad)).toEqual(squadsInOrder);
      const cells = tribe.squads.flatMap((s: any) => s.adoptions);
      expect(new Set(cells.map((a: any) => a.status))).toEqual(new Set(['ADOPTED', 'IN_PROGRESS', 'EXEMPT', 'NOT_STARTED']));
      expect(cells.some((a: any) => a.outdated)).toBe(true);
      expect(cells.some((a: any) => a.overdue)).toBe(true);
      expect(tribe.squads[0].adoptions.every((a: any) => a.viewerCanRecord)).toBe(true);
      expect(tribe.squads[1].adoptions.some((a: any) => a.viewerCanRecord)).toBe(false);
      const summaries = tribe.chapters[0].standards.map((s: any) => s.adoptionSummary);
      for (const m of summaries) expect(m.adopted + m.inProgress + m.notStarted + m.exempt).toBe(m.squads);
      expect(smallRes.extensions!.sqlStatements).toBeGreaterThan(0);
      expect(largeRes.extensions!.sqlStatements).toBe(smallRes.extensions!.sqlStatements);
    });
  });
});
