import { TestApi } from '@guildhall/api-testing';

const SIGN_IN = `mutation($email: String!) { signIn(input: { email: $email, password: "guildhall-demo" }) { accessToken user { role } } }`;

describe('demo organisation (SEED_DEMO=true)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start({ SEED_DEMO: 'true' });
  });
  afterAll(() => api?.stop());

  it('prints the demo accounts, and each signs in with the demo password', async () => {
    const logs = api.logs.join('');
    expect(logs).toMatch(/Demo organisation loaded/);
    for (const email of ['admin@guildhall.demo', 'lead@guildhall.demo', 'chapter@guildhall.demo', 'guild@guildhall.demo', 'member@guildhall.demo']) {
      expect(logs).toContain(email);
      const res = await api.ok(SIGN_IN, { email });
      expect(res.signIn.user.role).toBe(email.startsWith('admin') ? 'ADMIN' : 'MEMBER');
    }
  });

  it('is a believable organisation with complete and incomplete trios and some warnings on purpose', async () => {
    const token = (await api.ok(SIGN_IN, { email: 'member@guildhall.demo' })).signIn.accessToken;
    const { tribes } = await api.ok(`{ tribes { slug trio { complete tribeLead { displayName } } squads { slug memberCount } chapters { slug lead { id } } } }`, {}, { token });
    expect(tribes.length).toBeGreaterThanOrEqual(3);
    expect(tribes.flatMap((t: any) => t.squads).length).toBeGreaterThanOrEqual(10);
    expect(tribes.flatMap((t: any) => t.chapters).length).toBeGreaterThanOrEqual(6);
    expect(tribes.map((t: any) => t.trio.complete)).toEqual(expect.arrayContaining([true, false]));
    expect(tribes.find((t: any) => t.slug === 'payments').trio.tribeLead.displayName).toBe('Lena Lindgren');
    const { guilds } = await api.ok(`{ guilds { totalCount } }`, {}, { token });
    expect(guilds.totalCount).toBeGreaterThanOrEqual(6);
    const { users } = await api.ok(`{ users { totalCount } }`, {}, { token });
    expect(users.totalCount).toBeGreaterThanOrEqual(80);
    const { orgWarnings } = await api.ok(`{ orgWarnings { kind } }`, {}, { token });
    expect(new Set(orgWarnings.map((w: any) => w.kind))).toEqual(
      new Set(['SQUAD_TOO_LARGE', 'SQUAD_TOO_SMALL', 'SQUAD_WITHOUT_PRODUCT_OWNER', 'TRIO_INCOMPLETE', 'CHAPTER_WITHOUT_LEAD', 'GUILD_WITHOUT_COORDINATOR']),
    );
    const me = await api.ok(`{ me { squad { slug } chapter { slug } guilds { slug } } }`, {}, { token });
    expect(me.me.squad.slug).toBe('checkout');
    expect(me.me.guilds.length).toBeGreaterThan(0);
  });

  it('is a living community: the member sees a feed with articles, answered and open questions and announcements', async () => {
    const token = (await api.ok(SIGN_IN, { email: 'member@guildhall.demo' })).signIn.accessToken;
    const { feed } = await api.ok(
      `{ feed(first: 100) { totalCount edges { node { kind tags commentCount acceptedAnswer { id } } } } }`,
      {},
      { token },
    );
    const posts = feed.edges.map((e: any) => e.node);
    expect(feed.totalCount).toBeGreaterThanOrEqual(5);
    expect(new Set(posts.map((p: any) => p.kind))).toEqual(new Set(['ARTICLE', 'QUESTION', 'ANNOUNCEMENT']));
    const questions = posts.filter((p: any) => p.kind === 'QUESTION');
    expect(questions.some((q: any) => q.acceptedAnswer)).toBe(true);
    expect(questions.some((q: any) => !q.acceptedAnswer)).toBe(true);
    expect(posts.some((p: any) => p.commentCount > 0 && p.tags.length > 0)).toBe(true);
    const { tags } = await api.ok(`{ tags(first: 10) { tag count } }`, {}, { token });
    expect(tags.length).toBeGreaterThan(3);
  });

  it("publishes each chapter's standards: several versions, partial and outdated adoption, an exemption lapsing soon, one in review with comments, one deprecated and superseded", async () => {
    const token = (await api.ok(SIGN_IN, { email: 'member@guildhall.demo' })).signIn.accessToken;
    const { tribes } = await api.ok(
      `{ tribes { chapters { slug standards { slug status versions { number } supersededBy { slug status } reviewComments { body author { id } }
          adoptions { status version outdated exemptUntil note } adoptionSummary { squads adopted notStarted exempt outdated } } } } }`,
      {},
      { token },
    );
    const chapters = tribes.flatMap((t: any) => t.chapters);
    expect(chapters.length).toBeGreaterThanOrEqual(6);
    for (const chapter of chapters) {
      const published = chapter.standards.filter((s: any) => s.status === 'PUBLISHED');
      expect({ chapter: chapter.slug, published: published.length >= 2, versions: published.some((s: any) => s.versions.length >= 2) }).toEqual({
        chapter: chapter.slug,
        published: true,
        versions: true,
      });
    }
    const standards = chapters.flatMap((c: any) => c.standards);
    const summaries = standards.filter((s: any) => s.status === 'PUBLISHED').map((s: any) => s.adoptionSummary);
    expect(summaries.some((m: any) => m.adopted > 0 && m.notStarted > 0)).toBe(true);
    expect(summaries.some((m: any) => m.outdated > 0)).toBe(true);
    const outdated = standards.flatMap((s: any) => s.adoptions).find((a: any) => a.outdated);
    expect(outdated).toMatchObject({ status: 'ADOPTED', version: 1 });

    const exemptions = standards.flatMap((s: any) => s.adoptions).filter((a: any) => a.status === 'EXEMPT');
    const soon = exemptions.filter((a: any) => new Date(a.exemptUntil).getTime() - Date.now() < 14 * 86_400_000 && new Date(a.exemptUntil).getTime() > Date.now());
    expect(soon.length).toBeGreaterThan(0);
    expect(soon[0].note).toBeTruthy();

    const inReview = standards.filter((s: any) => s.status === 'IN_REVIEW');
    expect(inReview.length).toBe(1);
    expect(inReview[0].reviewComments.length).toBeGreaterThanOrEqual(2);

    const deprecated = standards.filter((s: any) => s.status === 'DEPRECATED');
    expect(deprecated.length).toBe(1);
    expect(deprecated[0].supersededBy).toMatchObject({ status: 'PUBLISHED' });

    // Seeded versions are searchable like published ones (by the current version's body).
    const { search } = await api.ok(`{ search(query: "jitter") { edges { snippet node { __typename ... on Standard { slug } } } } }`, {}, { token });
    expect(search.edges[0]).toMatchObject({ node: { __typename: 'Standard', slug: deprecated[0].supersededBy.slug } });
    expect(search.edges[0].snippet).toContain('«jitter»');
  });

  it('has an alliance across three tribes: rising and falling key results with a history, milestones done, at risk, missed and planned, decisions citing its criteria', async () => {
    const lead = (await api.ok(SIGN_IN, { email: 'lead@guildhall.demo' })).signIn.accessToken;
    const member = (await api.ok(SIGN_IN, { email: 'member@guildhall.demo' })).signIn.accessToken;
    const PAGE = `{ alliances { id slug name goal status criteria progress viewerCanEdit createdBy { displayName } tribes { slug }
      objectives { title progress keyResults { id title baseline target current progress viewerCanUpdate history { value updatedAt } } }
      milestones { title dueDate status overdue squad { slug } } decisions { title criteria decidedAt } } }`;
    const { alliances } = await api.ok(PAGE, {}, { token: lead });
    expect(alliances.length).toBe(1);
    const [a] = alliances;
    expect(a).toMatchObject({ status: 'ACTIVE', viewerCanEdit: true, createdBy: { displayName: 'Lena Lindgren' } });
    expect(a.tribes.map((t: any) => t.slug).sort()).toEqual(['discovery', 'payments', 'platform']);
    expect(a.goal).toMatch(/^[^.]+\.$/); // one sentence
    expect(a.criteria.length).toBeGreaterThanOrEqual(3);
    expect(a.criteria.length).toBeLessThanOrEqual(4);
    expect(a.progress).toBeGreaterThan(0);
    expect(a.progress).toBeLessThan(1);

    expect(a.objectives.length).toBe(2);
    const keyResults = a.objectives.flatMap((o: any) => o.keyResults);
    const falling = keyResults.filter((k: any) => k.target < k.baseline);
    const rising = keyResults.filter((k: any) => k.target > k.baseline);
    expect(falling.length).toBeGreaterThan(0);
    expect(rising.length).toBeGreaterThan(0);
    const latency = keyResults.find((k: any) => /latency/.test(k.title));
    expect(latency).toMatchObject({ baseline: 800, target: 300, current: 520 });
    expect(latency.progress).toBeCloseTo(0.56, 10);
    for (const k of keyResults) {
      expect(k.progress).toBeGreaterThan(0);
      expect(k.progress).toBeLessThan(1);
      expect(k.history.length).toBeGreaterThanOrEqual(5);
      expect(k.history[k.history.length - 1].value).toBe(k.current);
      const times = k.history.map((h: any) => new Date(h.updatedAt).getTime());
      expect(times).toEqual([...times].sort((x, y) => x - y));
      expect(times[times.length - 1] - times[0]).toBeGreaterThan(21 * 86_400_000); // over the past weeks
      expect(times[times.length - 1]).toBeLessThan(Date.now());
    }

    const statuses = a.milestones.map((m: any) => m.status);
    expect(new Set(statuses)).toEqual(new Set(['DONE', 'AT_RISK', 'MISSED', 'PLANNED']));
    const due = a.milestones.map((m: any) => new Date(m.dueDate).getTime());
    expect(due).toEqual([...due].sort((x, y) => x - y));
    expect(a.milestones.find((m: any) => m.status === 'MISSED').overdue).toBe(true);
    expect(a.milestones.some((m: any) => m.status === 'PLANNED' && new Date(m.dueDate).getTime() > Date.now())).toBe(true);
    expect(a.milestones.filter((m: any) => m.squad).map((m: any) => m.squad.slug)).toEqual(expect.arrayContaining(['checkout', 'search']));

    expect(a.decisions.length).toBe(2);
    for (const d of a.decisions) {
      expect(d.criteria.length).toBeGreaterThan(0);
      for (const c of d.criteria) expect(a.criteria).toContain(c);
    }

    // Max (squad Checkout, on the milestones) may update the key results, not edit the alliance; and does.
    const seen = (await api.ok(PAGE, {}, { token: member })).alliances[0];
    expect(seen.viewerCanEdit).toBe(false);
    expect(seen.objectives[0].keyResults[0].viewerCanUpdate).toBe(true);
    const updated = await api.ok(`mutation($id: ID!) { updateKeyResult(id: $id, current: 500) { current history { value } } }`, { id: latency.id }, { token: member });
    expect(updated.updateKeyResult.current).toBe(500);
    expect(updated.updateKeyResult.history.length).toBe(latency.history.length + 1);
  });

  it("has team interfaces around the alliance: offers on most squads, agreements and dependencies in every status, and a review's three tensions", async () => {
    const token = (await api.ok(SIGN_IN, { email: 'member@guildhall.demo' })).signIn.accessToken;
    const { tribes } = await api.ok(
      `{ tribes { squads { slug offers { title limits } agreements { id status dueForReview } dependencies { id status overdue response } } } }`,
      {},
      { token },
    );
    const squads = tribes.flatMap((t: any) => t.squads);
    expect(squads.filter((s: any) => s.offers.length > 0).length).toBeGreaterThan(squads.length / 2);
    const unique = (rows: any[]) => [...new Map(rows.map((r) => [r.id, r])).values()];
    const agreements = unique(squads.flatMap((s: any) => s.agreements));
    expect(new Set(agreements.map((g) => g.status))).toEqual(new Set(['PROPOSED', 'AGREED', 'RETIRED']));
    expect(agreements.filter((g) => g.dueForReview).length).toBeGreaterThanOrEqual(1);
    const dependencies = unique(squads.flatMap((s: any) => s.dependencies));
    expect(new Set(dependencies.map((d) => d.status))).toEqual(new Set(['REQUESTED', 'ACCEPTED', 'DELIVERED', 'DECLINED']));
    expect(dependencies.filter((d) => d.overdue).length).toBeGreaterThanOrEqual(1);
    expect(dependencies.find((d) => d.status === 'DECLINED').response).toBeTruthy();
    // Max acts for Checkout: his squad's page has its side of things.
    const checkout = squads.find((s: any) => s.slug === 'checkout');
    expect(checkout.offers.length).toBeGreaterThan(0);
    expect(checkout.dependencies.length).toBeGreaterThan(0);

    const { tensions, coaches } = await api.ok(
      `{ coaches { user { id } } tensions { title status facilitator { id } squads { slug } alliance { slug criteria } decision { criteria alliance { slug } } agreements { id } } }`,
      {},
      { token },
    );
    expect(tensions.length).toBe(3);
    expect(new Set(tensions.map((t: any) => t.status))).toEqual(new Set(['SURFACED', 'IN_REVIEW', 'RESOLVED']));
    expect(tensions[tensions.length - 1].status).toBe('RESOLVED'); // the agenda: open ones first
    const inReview = tensions.find((t: any) => t.status === 'IN_REVIEW');
    expect(coaches.map((c: any) => c.user.id)).toContain(inReview.facilitator.id);
    const resolved = tensions.find((t: any) => t.status === 'RESOLVED');
    expect(resolved.decision.alliance.slug).toBe(resolved.alliance.slug);
    expect(resolved.decision.criteria.length).toBeGreaterThan(0);
    for (const c of resolved.decision.criteria) expect(resolved.alliance.criteria).toContain(c);
    expect(resolved.agreements.length).toBeGreaterThan(0); // its review amended an agreement
  });
});
