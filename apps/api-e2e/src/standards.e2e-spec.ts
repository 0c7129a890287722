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
  walkPages,
} from '@guildhall/api-testing';

/** Standards: who writes them, their lifecycle, revisions, versions, diffs, deprecation and reads (contract part 04). */
describe('standards', () => {
  let api: TestApi;
  let fx: Fixtures;
  let org: TribeFixture;
  let chapterId: string;
  let lead: Person;
  let chapterMember: Person;
  let squadMember: Person;
  let outsider: Person;

  const as = (p: Person) => ({ token: p.token });
  const read = async (slug: string, who: Person = outsider) => (await api.ok(STANDARDS.bySlug, { slug }, as(who))).standard;

  beforeAll(async () => {
    api = await TestApi.start();
    fx = await Fixtures.start(api);
    org = await fx.tribe('Platform', { squads: ['Payments', 'Search'], chapters: [{ name: 'Backend' }] });
    chapterId = org.chapters[0].id;
    lead = await fx.chapterLead(chapterId);
    chapterMember = await fx.member();
    await fx.inSquad(org.squads[0].id, chapterMember);
    await api.ok(ORG.addChapterMember, { chapterId, userId: chapterMember.id }, as(fx.admin));
    squadMember = await fx.member();
    await fx.inSquad(org.squads[1].id, squadMember);
    outsider = await fx.outsider();
  });
  afterAll(() => api?.stop());

  describe('creating', () => {
    it("is the chapter's lead's or an admin's: a new standard is a DRAFT at revision 1 with nothing published", async () => {
      const s = await createStandard(api, lead, { chapterId, title: 'Use  structured   logging', summary: 'Logs are JSON', level: 'MUST', body: '# Logs\n' });
      expect(s).toMatchObject({ title: 'Use structured logging', slug: 'use-structured-logging', summary: 'Logs are JSON', level: 'MUST', status: 'DRAFT' });
      expect(s).toMatchObject({ revision: 1, currentVersion: null, hasUnpublishedChanges: true, draftBody: '# Logs\n', chapter: { id: chapterId } });
      const byAdmin = await createStandard(api, fx.admin, { chapterId, title: 'Use structured logging' });
      expect(byAdmin).toMatchObject({ slug: 'use-structured-logging-2', level: 'SHOULD' });
    });

    it("is FORBIDDEN to the chapter's members, the tribe's lead, squad members and outsiders; signed out is UNAUTHENTICATED", async () => {
      for (const who of [chapterMember, org.lead, squadMember, outsider]) {
        expect(errorCode(await api.gql(STANDARDS.create, { input: { chapterId, title: 'Mine', body: 'x' } }, as(who)))).toBe('FORBIDDEN');
      }
      expect(errorCode(await api.gql(STANDARDS.create, { input: { chapterId, title: 'Mine', body: 'x' } }))).toBe('UNAUTHENTICATED');
      expect((await api.sql(`SELECT count(*)::int AS n FROM standards WHERE title = 'Mine'`))[0].n).toBe(0);
    });

    it('refuses bad input as a client error, lengths before anything else', async () => {
      const create = (input: Record<string, unknown>) => api.gql(STANDARDS.create, { input: { chapterId, title: 'T', body: 'b', ...input } }, as(lead));
      expect(errorCode(await create({ title: '   ' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await create({ title: 'x'.repeat(10_000) }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await create({ body: ' \n ' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await create({ body: 'x'.repeat(20_001) }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await create({ summary: 's'.repeat(501) }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await create({ level: 'OPTIONAL' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await create({ chapterId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      expect(errorCode(await create({ chapterId: 'nope' }))).toBe('NOT_FOUND');
    });
  });

  describe('lifecycle: DRAFT -> IN_REVIEW -> PUBLISHED -> DEPRECATED', () => {
    let s: TestStandard;

    beforeAll(async () => {
      s = await createStandard(api, lead, { chapterId, title: 'Review every change', body: 'line one\nline two\n' });
    });

    it('cannot publish before review (CONFLICT); submitting is the lead\'s or an admin\'s', async () => {
      expect(errorCode(await api.gql(STANDARDS.publish, { id: s.id }, as(lead)))).toBe('CONFLICT');
      expect(errorCode(await api.gql(STANDARDS.submit, { id: s.id }, as(chapterMember)))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(STANDARDS.comment, { standardId: s.id, body: 'early' }, as(chapterMember)))).toBe('CONFLICT');
      const submitted = (await api.ok(STANDARDS.submit, { id: s.id }, as(lead))).submitStandardForReview;
      expect(submitted.status).toBe('IN_REVIEW');
      expect(errorCode(await api.gql(STANDARDS.submit, { id: s.id }, as(lead)))).toBe('CONFLICT');
    });

    it("takes review comments from the chapter's members, its lead and admins only", async () => {
      for (const who of [chapterMember, lead, fx.admin]) {
        const c = (await api.ok(STANDARDS.comment, { standardId: s.id, body: `  From ${who.id}  ` }, as(who))).addReviewComment;
        expect(c).toMatchObject({ body: `From ${who.id}`, author: { id: who.id } });
      }
      for (const who of [squadMember, outsider, org.lead]) {
        expect(errorCode(await api.gql(STANDARDS.comment, { standardId: s.id, body: 'no' }, as(who)))).toBe('FORBIDDEN');
      }
      expect(errorCode(await api.gql(STANDARDS.comment, { standardId: s.id, body: '  ' }, as(lead)))).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.gql(STANDARDS.comment, { standardId: s.id, body: 'x'.repeat(4001) }, as(lead)))).toBe('BAD_USER_INPUT');
      const { reviewComments, viewerCanComment, viewerCanEdit } = await read(s.slug, chapterMember);
      expect(reviewComments.map((c: any) => c.author.id)).toEqual([chapterMember.id, lead.id, fx.admin.id]);
      expect({ viewerCanComment, viewerCanEdit }).toEqual({ viewerCanComment: true, viewerCanEdit: false });
      expect(await read(s.slug, outsider)).toMatchObject({ viewerCanComment: false, viewerCanEdit: false });
      expect(await read(s.slug, lead)).toMatchObject({ viewerCanComment: true, viewerCanEdit: true });
    });

    it('publishes the draft as version 1 with its change note, time and publisher; FORBIDDEN to others', async () => {
      for (const who of [chapterMember, squadMember, outsider]) expect(errorCode(await api.gql(STANDARDS.publish, { id: s.id }, as(who)))).toBe('FORBIDDEN');
      const before = Date.now();
      const published = (await api.ok(STANDARDS.publish, { id: s.id, changeNote: 'First cut' }, as(lead))).publishStandard;
      expect(published).toMatchObject({ status: 'PUBLISHED', hasUnpublishedChanges: false, draftBody: 'line one\nline two\n' });
      expect(published.currentVersion).toMatchObject({ number: 1, body: 'line one\nline two\n', changeNote: 'First cut', publishedBy: { id: lead.id } });
      expect(new Date(published.currentVersion.publishedAt).getTime()).toBeGreaterThan(before - 60_000);
      expect(errorCode(await api.gql(STANDARDS.publish, { id: s.id }, as(lead)))).toBe('CONFLICT');
      expect(errorCode(await api.gql(STANDARDS.comment, { standardId: s.id, body: 'late' }, as(lead)))).toBe('CONFLICT');
      s = published;
    });

    it('editing a published standard prepares the next draft; the current version stays; v2 is N+1 and v1 never changes', async () => {
      const edited = (await api.ok(STANDARDS.update, { id: s.id, input: { body: 'line one\nline 2\nline three\n' }, expectedRevision: s.revision }, as(lead)))
        .updateStandardDraft;
      expect(edited).toMatchObject({ status: 'PUBLISHED', hasUnpublishedChanges: true, revision: s.revision + 1, draftBody: 'line one\nline 2\nline three\n' });
      expect(edited.currentVersion).toMatchObject({ number: 1, body: 'line one\nline two\n' });
      // Editing back to the published text leaves nothing to publish.
      const back = (await api.ok(STANDARDS.update, { id: s.id, input: { body: 'line one\nline two\n' }, expectedRevision: edited.revision }, as(lead))).updateStandardDraft;
      expect(back.hasUnpublishedChanges).toBe(false);
      expect(errorCode(await api.gql(STANDARDS.publish, { id: s.id }, as(lead)))).toBe('CONFLICT');
      const again = (await api.ok(STANDARDS.update, { id: s.id, input: { body: 'line one\nline 2\nline three\n' }, expectedRevision: back.revision }, as(lead)))
        .updateStandardDraft;
      const v2 = (await api.ok(STANDARDS.publish, { id: s.id, changeNote: 'Clearer' }, as(fx.admin))).publishStandard;
      expect(v2.currentVersion).toMatchObject({ number: 2, body: 'line one\nline 2\nline three\n', changeNote: 'Clearer', publishedBy: { id: fx.admin.id } });
      expect(v2.revision).toBe(again.revision);
      const { versions } = await read(s.slug);
      expect(versions.map((v: any) => [v.number, v.body])).toEqual([
        [2, 'line one\nline 2\nline three\n'],
        [1, 'line one\nline two\n'],
      ]);
      await expect(api.sql(`UPDATE standard_versions SET body = 'rewritten' WHERE standard_id = $1 AND number = 1`, [s.id])).rejects.toThrow(/immutable/);
      s = v2;
    });

    it('a published standard with changes may go through review again, staying current while it does', async () => {
      const edited = (await api.ok(STANDARDS.update, { id: s.id, input: { body: 'v3 text\n' }, expectedRevision: s.revision }, as(lead))).updateStandardDraft;
      const inReview = (await api.ok(STANDARDS.submit, { id: s.id }, as(lead))).submitStandardForReview;
      expect(inReview).toMatchObject({ status: 'IN_REVIEW', currentVersion: { number: 2 } });
      const v3 = (await api.ok(STANDARDS.publish, { id: s.id }, as(lead))).publishStandard;
      expect(v3).toMatchObject({ status: 'PUBLISHED', currentVersion: { number: 3, body: 'v3 text\n', changeNote: null } });
      expect(v3.revision).toBe(edited.revision);
      s = v3;
    });

    it('standardDiff gives a unified diff of any two versions; an unknown version is BAD_USER_INPUT', async () => {
      const diff = (await api.ok(STANDARDS.diff, { standardId: s.id, fromVersion: 1, toVersion: 2 }, as(outsider))).standardDiff as string;
      expect(diff.startsWith(`--- ${s.slug} v1\n+++ ${s.slug} v2\n`)).toBe(true);
      expect(diff).toContain(`+++ ${s.slug} v2`);
      expect(diff).toMatch(/^@@ -1,2 \+1,3 @@$/m);
      expect(diff.split('\n')).toEqual(expect.arrayContaining([' line one', '-line two', '+line 2', '+line three']));
      const back = (await api.ok(STANDARDS.diff, { standardId: s.id, fromVersion: 3, toVersion: 1 }, as(outsider))).standardDiff as string;
      expect(back.split('\n')).toEqual(expect.arrayContaining(['-v3 text', '+line one', '+line two']));
      const same = (await api.ok(STANDARDS.diff, { standardId: s.id, fromVersion: 2, toVersion: 2 }, as(outsider))).standardDiff as string;
      expect(same).not.toContain('@@');
      for (const [fromVersion, toVersion] of [[1, 4], [0, 1], [-1, 2]]) {
        expect(errorCode(await api.gql(STANDARDS.diff, { standardId: s.id, fromVersion, toVersion }, as(outsider)))).toBe('BAD_USER_INPUT');
      }
      expect(errorCode(await api.gql(STANDARDS.diff, { standardId: '00000000-0000-4000-8000-000000000000', fromVersion: 1, toVersion: 2 }, as(outsider)))).toBe('NOT_FOUND');
    });

    it('deprecation takes a reason and an optional successor, never itself; then nothing changes it', async () => {
      const successor = await publishedStandard(api, lead, { chapterId, title: 'Review every change, v2' });
      const draft = await createStandard(api, lead, { chapterId, title: 'Unpublished' });
      const deprecate = (who: Person, vars: Record<string, unknown>) => api.gql(STANDARDS.deprecate, { id: s.id, reason: 'Replaced', ...vars }, as(who));
      for (const who of [chapterMember, squadMember, outsider]) expect(errorCode(await deprecate(who, {}))).toBe('FORBIDDEN');
      expect(errorCode(await deprecate(lead, { reason: '  ' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await deprecate(lead, { supersededById: s.id }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await deprecate(lead, { supersededById: '00000000-0000-4000-8000-000000000000' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await deprecate(lead, { supersededById: draft.id }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.gql(STANDARDS.deprecate, { id: draft.id, reason: 'never used' }, as(lead)))).toBe('CONFLICT');
      const done = (await deprecate(lead, { supersededById: successor.id })).data!.deprecateStandard;
      expect(done).toMatchObject({ status: 'DEPRECATED', deprecationReason: 'Replaced', supersededBy: { id: successor.id }, currentVersion: { number: 3 } });
      expect(errorCode(await deprecate(lead, {}))).toBe('CONFLICT');
      expect(errorCode(await api.gql(STANDARDS.update, { id: s.id, input: { title: 'Back' }, expectedRevision: done.revision }, as(lead)))).toBe('CONFLICT');
      expect(errorCode(await api.gql(STANDARDS.submit, { id: s.id }, as(lead)))).toBe('CONFLICT');
      expect(errorCode(await api.gql(STANDARDS.deprecate, { id: successor.id, reason: 'x', supersededById: s.id }, as(lead)))).toBe('BAD_USER_INPUT');
    });
  });

  describe('draft revisions', () => {
    it('a stale expectedRevision is CONFLICT and overwrites nothing; fields not given are kept', async () => {
      const s = await createStandard(api, lead, { chapterId, title: 'Pin dependencies', summary: 'Lockfiles', body: 'v1\n' });
      const first = (await api.ok(STANDARDS.update, { id: s.id, input: { title: 'Pin every dependency' }, expectedRevision: 1 }, as(lead))).updateStandardDraft;
      expect(first).toMatchObject({ title: 'Pin every dependency', summary: 'Lockfiles', draftBody: 'v1\n', revision: 2 });
      const stale = await api.gql(STANDARDS.update, { id: s.id, input: { body: 'mine\n' }, expectedRevision: 1 }, as(lead));
      expect(errorCode(stale)).toBe('CONFLICT');
      expect(await read(s.slug)).toMatchObject({ title: 'Pin every dependency', draftBody: 'v1\n', revision: 2 });
      const cleared = (await api.ok(STANDARDS.update, { id: s.id, input: { summary: null, level: 'MAY', adoptBy: '2031-01-01T00:00:00.000Z' }, expectedRevision: 2 }, as(lead)))
        .updateStandardDraft;
      expect(cleared).toMatchObject({ summary: null, level: 'MAY', adoptBy: '2031-01-01T00:00:00.000Z', revision: 3 });
      for (const who of [chapterMember, outsider]) {
        expect(errorCode(await api.gql(STANDARDS.update, { id: s.id, input: { title: 'x' }, expectedRevision: 3 }, as(who)))).toBe('FORBIDDEN');
      }
      expect(errorCode(await api.gql(STANDARDS.update, { id: s.id, input: { body: '' }, expectedRevision: 3 }, as(lead)))).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.gql(STANDARDS.update, { id: s.id, input: { title: 'x' }, expectedRevision: 0 }, as(lead)))).toBe('BAD_USER_INPUT');
    });

    it('of concurrent edits from the same revision, exactly one wins and the others get CONFLICT', async () => {
      const s = await createStandard(api, lead, { chapterId, title: 'Race', body: 'start\n' });
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) => api.gql(STANDARDS.update, { id: s.id, input: { body: `writer ${i}\n` }, expectedRevision: 1 }, as(i % 2 ? lead : fx.admin))),
      );
      const winners = results.filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(5);
      expect(await read(s.slug)).toMatchObject({ revision: 2, draftBody: winners[0].data.updateStandardDraft.draftBody });
    });
  });

  describe('reads', () => {
    it('standard(slug) is null for an unknown slug; Chapter.standards filters by status', async () => {
      expect((await api.ok(STANDARDS.bySlug, { slug: 'no-such-standard' }, as(outsider))).standard).toBeNull();
      const q = `query($slug: String!) { chapter(slug: $slug) { all: standards { title status } published: standards(status: PUBLISHED) { title } drafts: standards(status: DRAFT) { title } } }`;
      const chapter = (await api.ok(q, { slug: org.chapters[0].slug }, as(outsider))).chapter;
      expect(chapter.all.length).toBeGreaterThan(chapter.published.length);
      expect(chapter.published.length).toBeGreaterThan(0);
      expect(chapter.all.filter((s: any) => s.status === 'DRAFT').map((s: any) => s.title)).toEqual(chapter.drafts.map((s: any) => s.title));
      const titles = chapter.all.map((s: any) => s.title.toLowerCase());
      expect(titles).toEqual([...titles].sort());
    });

    it("a standard's page reads its versions and recorded adoptions along: what its fields load, without their statements", async () => {
      const v1 = await publishedStandard(api, lead, { chapterId, title: 'Read along everything' });
      const s = await publishNextVersion(api, lead, v1, '# Read along everything\n\nNow v2.\n', 'Second');
      await api.ok(STANDARDS.setAdoption, { input: { standardId: s.id, squadId: org.squads[0].id, status: 'IN_PROGRESS' } }, as(lead));
      const until = new Date(Date.now() + 86_400_000).toISOString();
      await api.ok(STANDARDS.setAdoption, { input: { standardId: s.id, squadId: org.squads[1].id, status: 'EXEMPT', note: 'Legacy', exemptUntil: until } }, as(lead));
      const fields = `id currentVersion { number body changeNote publishedAt publishedBy { id } } versions { number body changeNote publishedAt }
        adoptions { status version outdated overdue note exemptUntil updatedAt squad { id } updatedBy { id } } adoptionSummary { squads adopted inProgress exempt notStarted }`;
      const page = await api.gql(`query($slug: String!) { standard(slug: $slug) { ${fields} } }`, { slug: s.slug }, as(outsider));
      // The same fields through the loaders (a list of standards reads nothing along).
      const listed = (await api.ok(`query($c: ID!) { standards(chapterId: $c, status: PUBLISHED, first: 100) { edges { node { ${fields} } } } }`, { c: chapterId }, as(outsider))).standards;
      const loaded = listed.edges.map((e: any) => e.node).find((n: any) => n.id === s.id);
      expect(page.errors).toBeUndefined();
      expect(page.data.standard).toEqual(loaded);
      expect(loaded.versions.map((v: any) => v.number)).toEqual([2, 1]);
      expect(loaded.currentVersion).toMatchObject({ number: 2, changeNote: 'Second', publishedBy: { id: lead.id } });
      expect(loaded.adoptions.map((a: any) => a.status)).toEqual(['IN_PROGRESS', 'EXEMPT']);
      expect(new Date(loaded.adoptions[1].exemptUntil).getTime()).toBe(new Date(until).getTime());
      // Beyond the standard's own statement: its chapter, the tribe's squads (org) and the publisher (auth), nothing for its versions or adoptions.
      const bare = await api.gql(`query($slug: String!) { standard(slug: $slug) { id } }`, { slug: s.slug }, as(outsider));
      expect(page.extensions?.sqlStatements).toBe(Number(bare.extensions?.sqlStatements) + 3);
    });

    it('standards(...) pages with keyset cursors, alphabetical, filtered by chapter and status, with a total', async () => {
      const other = await fx.tribe('Mobile', { chapters: [{ name: 'iOS', discipline: 'iOS' }] });
      const iosLead = await fx.chapterLead(other.chapters[0].id);
      await createStandard(api, iosLead, { chapterId: other.chapters[0].id, title: 'Aardvark first' });
      const all = await walkPages(async (after) => (await api.ok(STANDARDS.list, { first: 2, after }, as(outsider))).standards);
      const total = (await api.ok(STANDARDS.list, { first: 1 }, as(outsider))).standards.totalCount;
      expect(all).toHaveLength(total);
      expect(new Set(all.map((s: any) => s.id)).size).toBe(total);
      const titles = all.map((s: any) => s.title.toLowerCase());
      expect(titles).toEqual([...titles].sort());
      const backend = await walkPages(async (after) => (await api.ok(STANDARDS.list, { chapterId, first: 3, after }, as(outsider))).standards);
      expect(backend.length).toBe(total - 1);
      const published = (await api.ok(STANDARDS.list, { chapterId, status: 'PUBLISHED', first: 100 }, as(outsider))).standards;
      expect(published.edges.every((e: any) => e.node.status === 'PUBLISHED')).toBe(true);
      expect(published.totalCount).toBe(published.edges.length);
      expect(errorCode(await api.gql(STANDARDS.list, { after: 'forged' }, as(outsider)))).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.gql(STANDARDS.list, { chapterId: 'nope' }, as(outsider)))).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.gql(STANDARDS.list, {}))).toBe('UNAUTHENTICATED');
    });
  });
});
