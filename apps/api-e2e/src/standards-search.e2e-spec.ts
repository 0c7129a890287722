import { createGuild, createPost, createStandard, Fixtures, ORG, Person, publishedStandard, publishNextVersion, STANDARDS, TestApi, TribeFixture } from '@guildhall/api-testing';

/**
 * Standards in search (contract 04: `extend union SearchResult = Standard`): stemmed, with
 * snippets, by their title, summary and current version; a standard never published is a draft,
 * found only by whoever may see it.
 */
describe('standards in search', () => {
  let api: TestApi;
  let fx: Fixtures;
  let org: TribeFixture;
  let chapterId: string;
  let lead: Person;
  let chapterMember: Person;
  let outsider: Person;

  const SEARCH = `query($q: String!, $first: Int, $after: String) {
    search(query: $q, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { cursor snippet node { __typename ... on Post { id title } ... on Standard { id slug title status currentVersion { number } } } }
    }
  }`;
  const search = async (who: Person, q: string, first?: number) => (await api.ok(SEARCH, { q, first }, { token: who.token })).search;
  const ids = (conn: any) => conn.edges.map((e: any) => e.node.id);
  const found = async (who: Person, q: string, id: string) => ids(await search(who, q)).includes(id);

  beforeAll(async () => {
    api = await TestApi.start({ SESSION_CACHE_SECONDS: '0' });
    fx = await Fixtures.start(api);
    org = await fx.tribe('Commerce', { squads: ['Payments'], chapters: [{ name: 'Backend' }] });
    chapterId = org.chapters[0].id;
    lead = await fx.chapterLead(chapterId);
    chapterMember = await fx.member();
    await fx.inSquad(org.squads[0].id, chapterMember);
    await api.ok(ORG.addChapterMember, { chapterId, userId: chapterMember.id }, { token: fx.admin.token });
    outsider = await fx.outsider();
  });
  afterAll(() => api?.stop());

  it('finds a published standard by a stemmed word of its body, with the match marked in a plain-text snippet', async () => {
    const s = await publishedStandard(api, lead, {
      chapterId,
      title: 'Service ownership',
      summary: 'Who answers for a service.',
      body: '# Ownership\n\nEvery service has **one owning squad**, which answers its pages and reviews its deploys.\n',
    });
    const res = await search(outsider, 'deploy');
    const edge = res.edges.find((e: any) => e.node.id === s.id);
    expect(edge.node).toEqual({ __typename: 'Standard', id: s.id, slug: s.slug, title: 'Service ownership', status: 'PUBLISHED', currentVersion: { number: 1 } });
    expect(edge.snippet).toContain('«deploys»');
    expect(edge.snippet).not.toContain('**');
    expect(edge.snippet).not.toContain('#');
    expect(await found(outsider, 'answering', s.id)).toBe(true);
    expect(await found(outsider, 'kubernetes', s.id)).toBe(false);
  });

  it("ranks a standard's title match in the first tier, above posts that match only in their body", async () => {
    const guild = await createGuild(api, outsider, 'Platform Guild');
    const post = await createPost(api, outsider, { guildId: guild.id, title: 'Weekly notes', body: 'We argued about idempotency keys again.' });
    const standard = await publishedStandard(api, lead, { chapterId, title: 'Idempotency keys', body: 'Retries must be safe.' });
    await api.sql(`UPDATE standards SET created_at = now() - interval '3 years', updated_at = now() - interval '3 years' WHERE id = $1`, [standard.id]);
    const res = await search(outsider, 'idempotency');
    expect(ids(res)).toEqual([standard.id, post.id]);
    expect(res.edges[0].snippet).toContain('«Idempotency»');
    // Paging crosses from the first tier to the second without losing or repeating a hit.
    const first = await search(outsider, 'idempotency', 1);
    const second = (await api.ok(SEARCH, { q: 'idempotency', first: 1, after: first.pageInfo.endCursor }, { token: outsider.token })).search;
    expect([...ids(first), ...ids(second)]).toEqual([standard.id, post.id]);
  });

  it('searches the current version, not a pending draft of the next one, until that draft is published', async () => {
    const v1 = await publishedStandard(api, lead, { chapterId, title: 'Log format', body: 'Write logs as logfmt lines.' });
    const draft = (await api.ok(STANDARDS.update, { id: v1.id, input: { body: 'Write logs as structured JSON.' }, expectedRevision: v1.revision }, { token: lead.token }))
      .updateStandardDraft;
    expect(await found(outsider, 'logfmt', v1.id)).toBe(true);
    expect(await found(lead, 'structured', v1.id)).toBe(false);
    await api.ok(STANDARDS.publish, { id: draft.id, changeNote: 'JSON' }, { token: lead.token });
    expect(await found(outsider, 'structured', v1.id)).toBe(true);
    expect(await found(outsider, 'logfmt', v1.id)).toBe(false);

    const v2 = await publishNextVersion(api, lead, await publishedStandard(api, lead, { chapterId, title: 'Alerting', body: 'Page on symptoms.' }), 'Page on burn rates.');
    expect(await found(outsider, 'burn', v2.id)).toBe(true);
    expect(await found(outsider, 'symptoms', v2.id)).toBe(false);
  });

  it("finds a draft never published only for its chapter's lead and admins, in review for the chapter's members too, and for everyone once published", async () => {
    const draft = await createStandard(api, lead, { chapterId, title: 'Quarantined flaky tests', body: 'Quarantine a flaky test within a day.' });
    expect(await found(lead, 'quarantine', draft.id)).toBe(true);
    expect(await found(fx.admin, 'quarantine', draft.id)).toBe(true);
    expect(await found(chapterMember, 'quarantine', draft.id)).toBe(false);
    expect(await found(outsider, 'quarantine', draft.id)).toBe(false);

    await api.ok(STANDARDS.submit, { id: draft.id }, { token: lead.token });
    expect(await found(chapterMember, 'quarantine', draft.id)).toBe(true);
    expect(await found(lead, 'quarantine', draft.id)).toBe(true);
    expect(await found(outsider, 'quarantine', draft.id)).toBe(false);

    await api.ok(STANDARDS.publish, { id: draft.id, changeNote: 'First' }, { token: lead.token });
    expect(await found(outsider, 'quarantine', draft.id)).toBe(true);
  });

  it('costs the same statements for one standard on the page as for many', async () => {
    for (let i = 0; i < 4; i++) await publishedStandard(api, lead, { chapterId, title: `Tracing rule ${i}`, body: 'Propagate the trace context.' });
    const statements = async (first: number) => {
      const res = await api.gql(SEARCH, { q: 'tracing', first }, { token: outsider.token });
      expect(res.data.search.edges).toHaveLength(first);
      return res.extensions?.sqlStatements;
    };
    const one = await statements(1);
    expect(one).toBeGreaterThan(0);
    expect(await statements(4)).toBe(one);
  });
});
