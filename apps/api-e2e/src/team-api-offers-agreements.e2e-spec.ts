import { errorCode, Fixtures, GraphQLResponse, ORG, Person, TestApi, TribeFixture } from '@guildhall/api-testing';

const OFFER = `id title description expectations limits revision retiredAt viewerCanEdit squad { id }`;
const AGREEMENT = `id terms mode status reviewBy dueForReview viewerCanAccept viewerCanRetire updatedAt
  offer { id } provider { id } consumer { id } proposedBy { id } proposingSquad { id }`;
const Q = {
  publish: `mutation($input: SquadOfferInput!) { publishSquadOffer(input: $input) { ${OFFER} } }`,
  update: `mutation($id: ID!, $input: UpdateSquadOfferInput!) { updateSquadOffer(id: $id, input: $input) { ${OFFER} } }`,
  retireOffer: `mutation($id: ID!) { retireSquadOffer(id: $id) { ${OFFER} } }`,
  propose: `mutation($input: AgreementInput!) { proposeAgreement(input: $input) { ${AGREEMENT} } }`,
  accept: `mutation($id: ID!) { acceptAgreement(id: $id) { ${AGREEMENT} } }`,
  retire: `mutation($id: ID!) { retireAgreement(id: $id) { ${AGREEMENT} } }`,
  squad: `query($slug: String!) { squad(slug: $slug) { id offers { ${OFFER} } agreements { ${AGREEMENT} } } }`,
  requestDependency: `mutation($input: DependencyInput!) { requestDependency(input: $input) { id } }`,
  /** What a squad page's Team API section reads. */
  teamApiPage: `query($slug: String!) { squad(slug: $slug) { id name
    offers { id title description expectations limits viewerCanEdit squad { id name } }
    agreements { id terms mode status dueForReview viewerCanAccept viewerCanRetire offer { id title squad { id name } } provider { id name tribe { id name } } consumer { id name tribe { id name } } proposedBy { id displayName } }
    dependencies { id description status overdue viewerCanRespond response requester { id name tribe { id } } provider { id name tribe { id } } offer { id title } }
  } }`,
};

/** Squads' offers and the interface agreements between squads (issue 16): who may do what, status moves, review dates, the page's statements. */
describe('team API: offers and agreements', () => {
  let api: TestApi;
  let fx: Fixtures;
  let north: TribeFixture;
  let south: TribeFixture;
  let pay: Person;
  let pay2: Person;
  let checkout: Person;
  let search: Person;
  let productLead: Person;
  let outsider: Person;
  const squad = (i: number) => north.squads[i];
  const as = (p: Person) => ({ token: p.token });
  const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

  beforeAll(async () => {
    // Statement counts compare two requests: neither may be served from the session cache.
    api = await TestApi.start({ SESSION_CACHE_SECONDS: '0' });
    fx = await Fixtures.start(api);
    north = await fx.tribe('North', { squads: ['Payments', 'Checkout', 'Search', 'Empty'] });
    south = await fx.tribe('South', { squads: ['Routing'] });
    [pay, pay2, checkout, search, productLead, outsider] = await fx.members(6);
    await fx.inSquad(squad(0).id, pay);
    await fx.inSquad(squad(0).id, pay2);
    await fx.inSquad(squad(1).id, checkout);
    await fx.inSquad(squad(2).id, search);
    await api.ok(ORG.setTrio, { input: { tribeId: north.tribe.id, tribeLeadId: north.lead.id, productLeadId: productLead.id } }, as(fx.admin));
  });
  afterAll(() => api?.stop());

  const ok = <T = any>(res: GraphQLResponse<T>): T => {
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };
  const offersOf = async (slug: string) => (await api.ok(Q.squad, { slug }, as(outsider))).squad.offers as any[];
  const agreementsOf = async (slug: string, who: Person = outsider) => (await api.ok(Q.squad, { slug }, as(who))).squad.agreements as any[];
  const publish = (who: Person, input: Record<string, unknown>) => api.gql(Q.publish, { input: { squadId: squad(0).id, title: 'Payment API', description: 'Card payments.', ...input } }, as(who));
  const offer = async (who: Person, input: Record<string, unknown> = {}) => ok(await publish(who, input)).publishSquadOffer;
  const propose = (who: Person, input: Record<string, unknown>) => api.gql(Q.propose, { input: { terms: 'We answer within a day.', ...input } }, as(who));
  const agreement = async (who: Person, input: Record<string, unknown>) => ok(await propose(who, input)).proposeAgreement;
  const field = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.field;

  describe('offers', () => {
    it("are published by the squad's members and its tribe's trio, listed on the squad oldest first; everyone else is FORBIDDEN and nothing is written", async () => {
      const target = squad(3);
      const byMember = await fx.member();
      await fx.inSquad(target.id, byMember);
      const a = await offer(byMember, { squadId: target.id, title: '  Release   train ', expectations: 'Flags on', limits: '  ' });
      expect(a).toMatchObject({ title: 'Release train', description: 'Card payments.', expectations: 'Flags on', limits: null, retiredAt: null, viewerCanEdit: true, squad: { id: target.id } });
      const b = await offer(productLead, { squadId: target.id, title: 'Design hours' });
      const c = await offer(north.lead, { squadId: target.id, title: 'Roadmap reviews' });
      for (const who of [outsider, pay, south.lead, fx.admin]) {
        const res = await publish(who, { squadId: target.id, title: 'Not theirs' });
        expect([who.id, errorCode(res)]).toEqual([who.id, 'FORBIDDEN']);
      }
      const listed = await offersOf(target.slug);
      expect(listed.map((o) => o.id)).toEqual([a.id, b.id, c.id]);
      expect(listed.every((o) => !o.viewerCanEdit)).toBe(true);
    });

    it("tell the squad page who may publish them (viewerCanPublishOffers): its members and its tribe's trio, no one else", async () => {
      const target = squad(3);
      const canPublish = async (who: Person) => (await api.ok(`query($slug: String!) { squad(slug: $slug) { viewerCanPublishOffers } }`, { slug: target.slug }, as(who))).squad.viewerCanPublishOffers;
      const member = await fx.member();
      await fx.inSquad(target.id, member);
      for (const who of [member, productLead, north.lead]) expect([who.id, await canPublish(who)]).toEqual([who.id, true]);
      for (const who of [outsider, pay, south.lead, fx.admin]) expect([who.id, await canPublish(who)]).toEqual([who.id, false]);
    });

    it('refuses blank or too long text and an unknown squad as BAD_USER_INPUT naming the field, writing nothing', async () => {
      const before = (await offersOf(squad(0).slug)).length;
      const cases: [Record<string, unknown>, string][] = [
        [{ title: '   ' }, 'title'],
        [{ title: 'x'.repeat(121) }, 'title'],
        [{ description: '' }, 'description'],
        [{ description: 'x'.repeat(2001) }, 'description'],
        [{ expectations: 'x'.repeat(2001) }, 'expectations'],
        [{ limits: 'x'.repeat(5000) }, 'limits'],
        [{ squadId: '00000000-0000-4000-8000-000000000000' }, 'squadId'],
        [{ squadId: 'not-an-id' }, 'squadId'],
      ];
      for (const [input, name] of cases) {
        const res = await publish(pay, input);
        expect([name, errorCode(res), field(res)]).toEqual([name, 'BAD_USER_INPUT', name]);
      }
      expect(await offersOf(squad(0).slug)).toHaveLength(before);
    });

    it('are bounded per squad: past the most a squad may offer, BAD_USER_INPUT until one is retired', async () => {
      const target = south.squads[0];
      const member = await fx.member();
      await fx.inSquad(target.id, member);
      await api.sql(`INSERT INTO squad_offers (squad_id, title, description) SELECT $1, 'Offer ' || n, 'Text' FROM generate_series(1, 30) AS n`, [target.id]);
      const refused = await publish(member, { squadId: target.id });
      expect([errorCode(refused), field(refused)]).toEqual(['BAD_USER_INPUT', 'squadId']);
      const [first] = await offersOf(target.slug);
      ok(await api.gql(Q.retireOffer, { id: first.id }, as(member)));
      expect((await offer(member, { squadId: target.id, title: 'Room again' })).title).toBe('Room again');
    });

    it('are edited field by field and retired by the same people; a retired offer leaves the list, does not change and takes no new agreements', async () => {
      const o = await offer(pay, { title: 'Refunds', expectations: 'Tell us', limits: 'No UI' });
      expect(errorCode(await api.gql(Q.update, { id: o.id, input: { title: 'Mine now' } }, as(checkout)))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(Q.retireOffer, { id: o.id }, as(outsider)))).toBe('FORBIDDEN');
      const edited = ok(await api.gql(Q.update, { id: o.id, input: { description: 'Refunds within a day.', limits: null } }, as(productLead))).updateSquadOffer;
      expect(edited).toMatchObject({ title: 'Refunds', description: 'Refunds within a day.', expectations: 'Tell us', limits: null });
      const blank = await api.gql(Q.update, { id: o.id, input: { title: ' ' } }, as(pay));
      expect([errorCode(blank), field(blank)]).toEqual(['BAD_USER_INPUT', 'title']);

      const retired = ok(await api.gql(Q.retireOffer, { id: o.id }, as(pay2))).retireSquadOffer;
      expect(retired.retiredAt).not.toBeNull();
      expect(retired.viewerCanEdit).toBe(false);
      expect((await offersOf(squad(0).slug)).map((x) => x.id)).not.toContain(o.id);
      expect(errorCode(await api.gql(Q.retireOffer, { id: o.id }, as(pay)))).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.gql(Q.update, { id: o.id, input: { title: 'Back' } }, as(pay)))).toBe('BAD_USER_INPUT');
      const late = await propose(checkout, { offerId: o.id, consumerSquadId: squad(1).id });
      expect([errorCode(late), field(late)]).toEqual(['BAD_USER_INPUT', 'offerId']);
      expect(errorCode(await api.gql(Q.update, { id: '00000000-0000-4000-8000-000000000000', input: { title: 'X' } }, as(pay)))).toBe('NOT_FOUND');
    });

    it('are not silently overwritten: an edit naming a stale revision is CONFLICT and changes nothing', async () => {
      const o = await offer(pay, { title: 'Webhooks' });
      expect(o.revision).toBe(1);
      const first = ok(await api.gql(Q.update, { id: o.id, input: { title: 'Webhooks v2', expectedRevision: 1 } }, as(pay))).updateSquadOffer;
      expect(first).toMatchObject({ title: 'Webhooks v2', revision: 2 });
      const stale = await api.gql(Q.update, { id: o.id, input: { title: 'Webhooks v1.5', expectedRevision: 1 } }, as(pay2));
      expect(errorCode(stale)).toBe('CONFLICT');
      expect(stale.errors![0].message).toMatch(/revision 1; it is now at 2/);
      expect((await offersOf(squad(0).slug)).find((x) => x.id === o.id)).toMatchObject({ title: 'Webhooks v2', revision: 2 });
      const bad = await api.gql(Q.update, { id: o.id, input: { title: 'X', expectedRevision: 0 } }, as(pay2));
      expect([errorCode(bad), field(bad)]).toEqual(['BAD_USER_INPUT', 'expectedRevision']);
      const [x, y] = await Promise.all([
        api.gql(Q.update, { id: o.id, input: { description: 'From one', expectedRevision: 2 } }, as(pay)),
        api.gql(Q.update, { id: o.id, input: { description: 'From two', expectedRevision: 2 } }, as(pay2)),
      ]);
      expect([x, y].filter((r) => !r.errors)).toHaveLength(1);
      expect(errorCode([x, y].find((r) => r.errors)!)).toBe('CONFLICT');
    });
  });

  describe('agreements', () => {
    let paymentApi: any;
    beforeAll(async () => {
      paymentApi = await offer(pay, { title: 'Payment gateway' });
    });

    it("are proposed by a member of either squad, X_AS_A_SERVICE by default, recording who proposed and from which side; listed on both squads' pages", async () => {
      const fromConsumer = await agreement(checkout, { offerId: paymentApi.id, consumerSquadId: squad(1).id, terms: '  Incidents answered in an hour. ' });
      expect(fromConsumer).toMatchObject({
        terms: 'Incidents answered in an hour.',
        mode: 'X_AS_A_SERVICE',
        status: 'PROPOSED',
        dueForReview: false,
        viewerCanAccept: false,
        viewerCanRetire: true,
        offer: { id: paymentApi.id },
        provider: { id: squad(0).id },
        consumer: { id: squad(1).id },
        proposedBy: { id: checkout.id },
        proposingSquad: { id: squad(1).id },
      });
      const fromProvider = await agreement(pay, { offerId: paymentApi.id, consumerSquadId: squad(2).id, mode: 'COLLABORATION' });
      expect(fromProvider).toMatchObject({ mode: 'COLLABORATION', proposingSquad: { id: squad(0).id }, viewerCanAccept: false });

      const forPayments = await agreementsOf(squad(0).slug, pay2);
      expect(forPayments.map((a) => a.id)).toEqual(expect.arrayContaining([fromConsumer.id, fromProvider.id]));
      expect(forPayments.find((a) => a.id === fromConsumer.id)).toMatchObject({ viewerCanAccept: true, viewerCanRetire: true });
      expect(forPayments.find((a) => a.id === fromProvider.id)).toMatchObject({ viewerCanAccept: false, viewerCanRetire: true });
      const forSearch = await agreementsOf(squad(2).slug, search);
      expect(forSearch.map((a) => a.id)).toEqual([fromProvider.id]);
      expect(forSearch[0]).toMatchObject({ viewerCanAccept: true });
      expect((await agreementsOf(squad(1).slug, outsider)).every((a) => !a.viewerCanAccept && !a.viewerCanRetire)).toBe(true);
    });

    it("are FORBIDDEN to propose for anyone who is not a member of either squad (outsiders, a third squad, the tribe's trio, admins), writing nothing", async () => {
      const before = (await agreementsOf(squad(0).slug)).length;
      for (const who of [outsider, search, productLead, north.lead, fx.admin]) {
        const res = await propose(who, { offerId: paymentApi.id, consumerSquadId: squad(1).id });
        expect([who.id, errorCode(res)]).toEqual([who.id, 'FORBIDDEN']);
      }
      expect(await agreementsOf(squad(0).slug)).toHaveLength(before);
    });

    it('refuses a squad agreeing with itself, blank or too long terms, an unknown mode, offer or consumer as BAD_USER_INPUT naming the field', async () => {
      const before = (await agreementsOf(squad(0).slug)).length;
      const cases: [Record<string, unknown>, string][] = [
        [{ offerId: paymentApi.id, consumerSquadId: squad(0).id }, 'consumerSquadId'],
        [{ offerId: paymentApi.id, consumerSquadId: squad(1).id, terms: ' ' }, 'terms'],
        [{ offerId: paymentApi.id, consumerSquadId: squad(1).id, terms: 'x'.repeat(4001) }, 'terms'],
        [{ offerId: '00000000-0000-4000-8000-000000000000', consumerSquadId: squad(1).id }, 'offerId'],
        [{ offerId: paymentApi.id, consumerSquadId: '00000000-0000-4000-8000-000000000000' }, 'consumerSquadId'],
      ];
      for (const [input, name] of cases) {
        const res = await propose(pay, input);
        expect([name, errorCode(res), field(res)]).toEqual([name, 'BAD_USER_INPUT', name]);
      }
      expect(errorCode(await propose(pay, { offerId: paymentApi.id, consumerSquadId: squad(1).id, mode: 'SOMETIMES' }))).toBe('BAD_USER_INPUT');
      expect(await agreementsOf(squad(0).slug)).toHaveLength(before);
    });

    it('are accepted only by a member of the squad that did not propose: the proposing side, outsiders and a third squad are FORBIDDEN', async () => {
      const a = await agreement(checkout, { offerId: paymentApi.id, consumerSquadId: squad(1).id });
      const ownSide = await api.gql(Q.accept, { id: a.id }, as(checkout));
      expect(errorCode(ownSide)).toBe('FORBIDDEN');
      expect(ownSide.errors![0].message).toMatch(/Payments accepts it/);
      for (const who of [outsider, search, productLead, fx.admin]) expect([who.id, errorCode(await api.gql(Q.accept, { id: a.id }, as(who)))]).toEqual([who.id, 'FORBIDDEN']);
      expect((await agreementsOf(squad(1).slug)).find((x) => x.id === a.id).status).toBe('PROPOSED');
      const agreed = ok(await api.gql(Q.accept, { id: a.id }, as(pay2))).acceptAgreement;
      expect(agreed).toMatchObject({ status: 'AGREED', viewerCanAccept: false, viewerCanRetire: true });
      expect(new Date(agreed.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(a.updatedAt).getTime());

      const fromProvider = await agreement(pay, { offerId: paymentApi.id, consumerSquadId: squad(1).id });
      expect(errorCode(await api.gql(Q.accept, { id: fromProvider.id }, as(pay2)))).toBe('FORBIDDEN');
      expect(ok(await api.gql(Q.accept, { id: fromProvider.id }, as(checkout))).acceptAgreement.status).toBe('AGREED');
      expect(errorCode(await api.gql(Q.accept, { id: '00000000-0000-4000-8000-000000000000' }, as(pay)))).toBe('NOT_FOUND');
    });

    it('are retired by a member of either party, proposed or agreed; invalid moves (accept AGREED or RETIRED, retire RETIRED) are BAD_USER_INPUT', async () => {
      const proposed = await agreement(checkout, { offerId: paymentApi.id, consumerSquadId: squad(1).id });
      expect(errorCode(await api.gql(Q.retire, { id: proposed.id }, as(outsider)))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(Q.retire, { id: proposed.id }, as(search)))).toBe('FORBIDDEN');
      expect(ok(await api.gql(Q.retire, { id: proposed.id }, as(checkout))).retireAgreement).toMatchObject({ status: 'RETIRED', viewerCanRetire: false, viewerCanAccept: false });
      expect(errorCode(await api.gql(Q.accept, { id: proposed.id }, as(pay)))).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.gql(Q.retire, { id: proposed.id }, as(pay)))).toBe('BAD_USER_INPUT');

      const agreed = await agreement(checkout, { offerId: paymentApi.id, consumerSquadId: squad(1).id });
      ok(await api.gql(Q.accept, { id: agreed.id }, as(pay)));
      expect(errorCode(await api.gql(Q.accept, { id: agreed.id }, as(pay2)))).toBe('BAD_USER_INPUT');
      expect(ok(await api.gql(Q.retire, { id: agreed.id }, as(pay2))).retireAgreement.status).toBe('RETIRED');
    });

    it("show as due for review on both squads' pages past reviewBy, unless retired", async () => {
      const due = await agreement(checkout, { offerId: paymentApi.id, consumerSquadId: squad(1).id, reviewBy: days(-1) });
      const later = await agreement(checkout, { offerId: paymentApi.id, consumerSquadId: squad(1).id, reviewBy: days(30) });
      ok(await api.gql(Q.accept, { id: due.id }, as(pay)));
      for (const slug of [squad(0).slug, squad(1).slug]) {
        const listed = await agreementsOf(slug);
        expect(listed.find((a) => a.id === due.id)).toMatchObject({ dueForReview: true, status: 'AGREED' });
        expect(listed.find((a) => a.id === later.id)).toMatchObject({ dueForReview: false });
      }
      ok(await api.gql(Q.retire, { id: due.id }, as(checkout)));
      expect((await agreementsOf(squad(0).slug)).find((a) => a.id === due.id)).toMatchObject({ dueForReview: false, status: 'RETIRED' });
      const bad = await propose(pay, { offerId: paymentApi.id, consumerSquadId: squad(1).id, reviewBy: 'soon' });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    });

    it('lists open agreements before retired ones', async () => {
      const listed = await agreementsOf(squad(1).slug);
      const firstRetired = listed.findIndex((a) => a.status === 'RETIRED');
      expect(firstRetired).toBeGreaterThan(0);
      expect(listed.slice(firstRetired).every((a) => a.status === 'RETIRED')).toBe(true);
    });

    it('settles concurrent moves in the UPDATE: of two accepts one wins, of an accept and a retire exactly one applies', async () => {
      const a = await agreement(checkout, { offerId: paymentApi.id, consumerSquadId: squad(1).id });
      const results = await Promise.all([api.gql(Q.accept, { id: a.id }, as(pay)), api.gql(Q.accept, { id: a.id }, as(pay2))]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(errorCode(results.find((r) => r.errors)!));

      const b = await agreement(checkout, { offerId: paymentApi.id, consumerSquadId: squad(1).id });
      const [accepted, retired] = await Promise.all([api.gql(Q.accept, { id: b.id }, as(pay)), api.gql(Q.retire, { id: b.id }, as(checkout))]);
      const final = (await agreementsOf(squad(1).slug)).find((x) => x.id === b.id);
      expect(retired.errors).toBeUndefined();
      expect(final.status).toBe('RETIRED');
      if (accepted.errors) expect(errorCode(accepted)).toBe('BAD_USER_INPUT');
      else expect(accepted.data.acceptAgreement.status).toBe('AGREED');
    });
  });

  it("reads a squad page's Team API (offers, agreements with both squads and the offer, dependencies both ways) in the same number of statements at any size", async () => {
    const small = await fx.tribe('Small', { squads: ['Lonely', 'Partner'] });
    const [lonely, partner] = small.squads;
    const [lonelyMember, partnerMember] = await fx.members(2);
    await fx.inSquad(lonely.id, lonelyMember);
    await fx.inSquad(partner.id, partnerMember);
    const first = await offer(lonelyMember, { squadId: lonely.id, title: 'One offer' });
    await agreement(partnerMember, { offerId: first.id, consumerSquadId: partner.id });
    ok(await api.gql(Q.requestDependency, { input: { requesterSquadId: partner.id, providerSquadId: lonely.id, description: 'One thing' } }, as(partnerMember)));
    const smallRes = await api.gql(Q.teamApiPage, { slug: lonely.slug }, as(lonelyMember));
    expect(smallRes.errors).toBeUndefined();

    // Many offers, agreements with squads of other tribes, dependencies both ways.
    const busy = squad(0);
    for (let i = 0; i < 4; i++) await offer(pay, { title: `Offer ${i}` });
    const offers = await offersOf(busy.slug);
    const partners: [Person, string][] = [
      [checkout, squad(1).id],
      [search, squad(2).id],
      [partnerMember, partner.id],
    ];
    for (const [who, squadId] of partners) {
      await agreement(who, { offerId: offers[0].id, consumerSquadId: squadId });
      ok(await api.gql(Q.requestDependency, { input: { requesterSquadId: squadId, providerSquadId: busy.id, offerId: offers[1].id, description: 'Needed', neededBy: days(-2) } }, as(who)));
      ok(await api.gql(Q.requestDependency, { input: { requesterSquadId: busy.id, providerSquadId: squadId, description: 'Wanted' } }, as(pay)));
    }
    const largeRes = await api.gql(Q.teamApiPage, { slug: busy.slug }, as(pay));
    expect(largeRes.errors).toBeUndefined();
    const large = largeRes.data.squad;
    expect(large.offers.length).toBeGreaterThanOrEqual(4);
    expect(large.agreements.length).toBeGreaterThanOrEqual(3);
    expect(large.dependencies.length).toBe(6);
    expect(large.dependencies.filter((d: any) => d.overdue)).toHaveLength(3);
    expect(smallRes.extensions!.sqlStatements).toBeGreaterThan(0);
    expect(largeRes.extensions!.sqlStatements).toBe(smallRes.extensions!.sqlStatements);
    // Whoever looks: a member of the squad, of another squad, of none, the tribe's trio.
    for (const who of [outsider, search, productLead]) {
      for (const slug of [lonely.slug, busy.slug]) expect([who.id, slug, (await api.gql(Q.teamApiPage, { slug }, as(who))).extensions!.sqlStatements]).toEqual([who.id, slug, smallRes.extensions!.sqlStatements]);
    }
  });
});
