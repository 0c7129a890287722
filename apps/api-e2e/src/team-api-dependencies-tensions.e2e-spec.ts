import { errorCode, Fixtures, GraphQLResponse, ORG, Person, TestApi, TribeFixture } from '@guildhall/api-testing';

const DEPENDENCY = `id description neededBy status response overdue viewerCanRespond createdAt alliance { id } requester { id } provider { id } offer { id } requestedBy { id }`;
const TENSION = `id title description status resolution wantsCoach createdAt reviewStartedAt resolvedAt viewerCanReview
  alliance { id } squads { id } raisedBy { id } facilitator { id } decision { id } agreements { id terms reviewBy }`;
const Q = {
  createAlliance: `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id slug } }`,
  recordDecision: `mutation($input: DecisionInput!) { recordDecision(input: $input) { id } }`,
  publishOffer: `mutation($input: SquadOfferInput!) { publishSquadOffer(input: $input) { id } }`,
  propose: `mutation($input: AgreementInput!) { proposeAgreement(input: $input) { id } }`,
  agreement: `query($slug: String!) { squad(slug: $slug) { agreements { id terms reviewBy tension { id } } } }`,
  request: `mutation($input: DependencyInput!) { requestDependency(input: $input) { ${DEPENDENCY} } }`,
  respond: `mutation($id: ID!, $status: DependencyStatus!, $response: String) { respondToDependency(id: $id, status: $status, response: $response) { ${DEPENDENCY} } }`,
  squadDependencies: `query($slug: String!) { squad(slug: $slug) { dependencies { ${DEPENDENCY} } } }`,
  allianceTeam: `query($slug: String!) { alliance(slug: $slug) { dependencies { id } tensions { id status } } }`,
  raise: `mutation($input: TensionInput!) { raiseTension(input: $input) { ${TENSION} } }`,
  start: `mutation($id: ID!, $facilitatorId: ID) { startTensionReview(id: $id, facilitatorId: $facilitatorId) { ${TENSION} } }`,
  resolve: `mutation($id: ID!, $resolution: String!, $decisionId: ID, $amend: AgreementAmendmentInput, $propose: AgreementInput) {
    resolveTension(id: $id, resolution: $resolution, decisionId: $decisionId, amend: $amend, propose: $propose) { ${TENSION} } }`,
  agreementsOf: `query($slug: String!) { squad(slug: $slug) { agreements { id status terms proposedBy { id } proposingSquad { id } viewerCanAccept tension { id } } } }`,
  accept: `mutation($id: ID!) { acceptAgreement(id: $id) { id status } }`,
  tensions: `query($status: TensionStatus, $allianceId: ID, $tribeId: ID) { tensions(status: $status, allianceId: $allianceId, tribeId: $tribeId) { id status createdAt } }`,
  coaches: `query { coaches { note since user { id } } }`,
  volunteer: `mutation($note: String) { volunteerAsCoach(note: $note) { note user { id } } }`,
  stepDown: `mutation { stepDownAsCoach }`,
};
const NO_SUCH = '00000000-0000-4000-8000-000000000000';

/** Dependencies between squads, tensions and their review, coaches on call (issue 16): who may do what, status moves, the agenda. */
describe('team API: dependencies and tensions', () => {
  let api: TestApi;
  let fx: Fixtures;
  let north: TribeFixture;
  let south: TribeFixture;
  let east: TribeFixture;
  let west: TribeFixture;
  let pay: Person;
  let pay2: Person;
  let checkout: Person;
  let routing: Person;
  let productLead: Person;
  let outsider: Person;
  let alliance: { id: string; slug: string };
  let otherAlliance: { id: string; slug: string };
  let decision: string;
  let otherDecision: string;
  let looseDecision: string;
  let paymentsOffer: string;
  const squad = (i: number) => north.squads[i];
  const as = (p: Person) => ({ token: p.token });
  const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
  const field = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.field;
  const ok = <T = any>(res: GraphQLResponse<T>): T => {
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };

  beforeAll(async () => {
    api = await TestApi.start();
    fx = await Fixtures.start(api);
    north = await fx.tribe('North', { squads: ['Payments', 'Checkout', 'Search'] });
    south = await fx.tribe('South', { squads: ['Routing'] });
    east = await fx.tribe('East', { squads: ['Maps'] });
    west = await fx.tribe('West');
    [pay, pay2, checkout, routing, productLead, outsider] = await fx.members(6);
    await fx.inSquad(squad(0).id, pay);
    await fx.inSquad(squad(0).id, pay2);
    await fx.inSquad(squad(1).id, checkout);
    await fx.inSquad(south.squads[0].id, routing);
    await api.ok(ORG.setTrio, { input: { tribeId: north.tribe.id, tribeLeadId: north.lead.id, productLeadId: productLead.id } }, as(fx.admin));
    alliance = ok(await api.gql(Q.createAlliance, { input: { name: 'Faster checkout', goal: 'Checkout in a minute', tribeIds: [north.tribe.id, south.tribe.id] } }, as(north.lead))).createAlliance;
    otherAlliance = ok(await api.gql(Q.createAlliance, { input: { name: 'Maps everywhere', goal: 'Maps in every app', tribeIds: [east.tribe.id, west.tribe.id] } }, as(east.lead))).createAlliance;
    decision = ok(await api.gql(Q.recordDecision, { input: { allianceId: alliance.id, title: 'Payments owns refunds', outcome: 'Payments sends refund emails' } }, as(north.lead))).recordDecision.id;
    otherDecision = ok(await api.gql(Q.recordDecision, { input: { allianceId: otherAlliance.id, title: 'Tiles', outcome: 'Vector tiles' } }, as(east.lead))).recordDecision.id;
    looseDecision = ok(await api.gql(Q.recordDecision, { input: { title: 'Fridays', outcome: 'No releases on Fridays' } }, as(north.lead))).recordDecision.id;
    paymentsOffer = ok(await api.gql(Q.publishOffer, { input: { squadId: squad(0).id, title: 'Payment API', description: 'Cards' } }, as(pay))).publishSquadOffer.id;
  });
  afterAll(() => api?.stop());

  const request = (who: Person, input: Record<string, unknown>) =>
    api.gql(Q.request, { input: { requesterSquadId: squad(1).id, providerSquadId: squad(0).id, description: 'Wallet payments', ...input } }, as(who));
  const requested = async (who: Person, input: Record<string, unknown> = {}) => ok(await request(who, input)).requestDependency;
  const respond = (who: Person, id: string, status: string, response?: string | null) => api.gql(Q.respond, { id, status, response }, as(who));
  const dependenciesOf = async (slug: string, who: Person = outsider) => (await api.ok(Q.squadDependencies, { slug }, as(who))).squad.dependencies as any[];
  const raise = (who: Person, input: Record<string, unknown>) => api.gql(Q.raise, { input: { title: 'Release trains collide', description: 'Same week, one QA environment', squadIds: [squad(0).id, squad(1).id], ...input } }, as(who));
  const raised = async (who: Person, input: Record<string, unknown> = {}) => ok(await raise(who, input)).raiseTension;
  const tensionCount = async () => (await api.sql(`SELECT count(*)::int AS n FROM team_tensions`))[0].n;

  describe('dependencies', () => {
    it("are requested by a member of the requesting squad and listed on both squads' pages; only the provider's members may respond", async () => {
      const d = await requested(checkout, { offerId: paymentsOffer, neededBy: days(7) });
      expect(d).toMatchObject({ status: 'REQUESTED', response: null, overdue: false, viewerCanRespond: false, alliance: null, requester: { id: squad(1).id }, provider: { id: squad(0).id }, offer: { id: paymentsOffer }, requestedBy: { id: checkout.id } });
      expect((await dependenciesOf(squad(0).slug, pay)).find((x) => x.id === d.id)).toMatchObject({ viewerCanRespond: true });
      expect((await dependenciesOf(squad(1).slug, checkout)).find((x) => x.id === d.id)).toMatchObject({ viewerCanRespond: false });
    });

    it("are requested by editors of the alliance named (for any squad), and by no one else: outsiders, the provider's members, editors of another alliance are FORBIDDEN", async () => {
      const byEditor = await requested(south.lead, { allianceId: alliance.id });
      expect(byEditor).toMatchObject({ alliance: { id: alliance.id }, requestedBy: { id: south.lead.id } });
      expect((await api.ok(Q.allianceTeam, { slug: alliance.slug }, as(outsider))).alliance.dependencies.map((x: any) => x.id)).toContain(byEditor.id);
      const before = (await dependenciesOf(squad(1).slug)).length;
      const refused: [Person, Record<string, unknown>][] = [
        [south.lead, {}],
        [outsider, {}],
        [outsider, { allianceId: alliance.id }],
        [pay, {}],
        [routing, { allianceId: alliance.id }],
        [east.lead, { allianceId: otherAlliance.id }],
        [north.lead, { allianceId: otherAlliance.id }],
      ];
      for (const [who, input] of refused) expect([who.id, input, errorCode(await request(who, input))]).toEqual([who.id, input, 'FORBIDDEN']);
      expect(await dependenciesOf(squad(1).slug)).toHaveLength(before);
    });

    it('refuses a squad depending on itself, an offer of another squad, unknown squads or alliance, and blank text as BAD_USER_INPUT naming the field', async () => {
      const searchOffer = ok(await api.gql(Q.publishOffer, { input: { squadId: squad(2).id, title: 'Search', description: 'Index' } }, as(north.lead))).publishSquadOffer.id;
      const before = (await dependenciesOf(squad(1).slug)).length;
      const cases: [Record<string, unknown>, string][] = [
        [{ providerSquadId: squad(1).id }, 'providerSquadId'],
        [{ offerId: searchOffer }, 'offerId'],
        [{ offerId: NO_SUCH }, 'offerId'],
        [{ providerSquadId: NO_SUCH }, 'providerSquadId'],
        [{ requesterSquadId: 'nope' }, 'requesterSquadId'],
        [{ allianceId: NO_SUCH }, 'allianceId'],
        [{ description: '  ' }, 'description'],
        [{ description: 'x'.repeat(2001) }, 'description'],
        [{ neededBy: 'tomorrow' }, 'neededBy'],
      ];
      for (const [input, name] of cases) {
        const res = await request(checkout, input);
        expect([name, errorCode(res)]).toEqual([name, 'BAD_USER_INPUT']);
        if (name !== 'neededBy') expect(field(res)).toBe(name);
      }
      expect(await dependenciesOf(squad(1).slug)).toHaveLength(before);
    });

    it('move REQUESTED -> ACCEPTED -> DELIVERED and REQUESTED -> DECLINED only, answered by the providing squad; DECLINED needs a response', async () => {
      const d = await requested(checkout);
      for (const who of [checkout, outsider, south.lead, north.lead, fx.admin]) expect([who.id, errorCode(await respond(who, d.id, 'ACCEPTED'))]).toEqual([who.id, 'FORBIDDEN']);
      const jump = await respond(pay, d.id, 'DELIVERED');
      expect([errorCode(jump), field(jump)]).toEqual(['BAD_USER_INPUT', 'status']);
      expect(errorCode(await respond(pay, d.id, 'REQUESTED'))).toBe('BAD_USER_INPUT');
      const accepted = ok(await respond(pay, d.id, 'ACCEPTED', 'Next sprint')).respondToDependency;
      expect(accepted).toMatchObject({ status: 'ACCEPTED', response: 'Next sprint', viewerCanRespond: true });
      expect(errorCode(await respond(pay2, d.id, 'ACCEPTED'))).toBe('BAD_USER_INPUT');
      expect(errorCode(await respond(pay2, d.id, 'DECLINED', 'Changed our mind'))).toBe('BAD_USER_INPUT');
      const delivered = ok(await respond(pay2, d.id, 'DELIVERED')).respondToDependency;
      expect(delivered).toMatchObject({ status: 'DELIVERED', response: 'Next sprint', viewerCanRespond: false });
      expect(errorCode(await respond(pay, d.id, 'ACCEPTED'))).toBe('BAD_USER_INPUT');

      const e = await requested(checkout);
      for (const response of [null, '   ']) {
        const res = await respond(pay, e.id, 'DECLINED', response);
        expect([errorCode(res), field(res)]).toEqual(['BAD_USER_INPUT', 'response']);
      }
      expect((await dependenciesOf(squad(1).slug)).find((x) => x.id === e.id).status).toBe('REQUESTED');
      expect(ok(await respond(pay, e.id, 'DECLINED', ' No capacity this quarter ')).respondToDependency).toMatchObject({ status: 'DECLINED', response: 'No capacity this quarter' });
      expect(errorCode(await respond(pay, e.id, 'ACCEPTED'))).toBe('BAD_USER_INPUT');
      expect(errorCode(await respond(pay, NO_SUCH, 'ACCEPTED'))).toBe('NOT_FOUND');
    });

    it('are overdue past neededBy while requested or accepted, not once delivered or declined', async () => {
      const [a, b, c] = [await requested(checkout, { neededBy: days(-1) }), await requested(checkout, { neededBy: days(-1) }), await requested(checkout, { neededBy: days(-1) })];
      ok(await respond(pay, b.id, 'ACCEPTED'));
      ok(await respond(pay, c.id, 'DECLINED', 'No'));
      const listed = await dependenciesOf(squad(0).slug);
      const byId = (id: string) => listed.find((x) => x.id === id);
      expect([byId(a.id).overdue, byId(b.id).overdue, byId(c.id).overdue]).toEqual([true, true, false]);
      ok(await respond(pay, b.id, 'DELIVERED'));
      expect((await dependenciesOf(squad(0).slug)).find((x) => x.id === b.id).overdue).toBe(false);
      const open = listed.findIndex((x) => x.status === 'DECLINED' || x.status === 'DELIVERED');
      expect(listed.slice(open).every((x) => x.status === 'DECLINED' || x.status === 'DELIVERED')).toBe(true);
    });

    it('settles two concurrent answers in the UPDATE: one applies, the other is refused', async () => {
      const d = await requested(checkout);
      const [x, y] = await Promise.all([respond(pay, d.id, 'ACCEPTED'), respond(pay2, d.id, 'DECLINED', 'No')]);
      expect([x, y].filter((r) => !r.errors)).toHaveLength(1);
      expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(errorCode([x, y].find((r) => r.errors)!));
    });
  });

  describe('coaches', () => {
    it('are anyone who volunteers, with a note, until they step down', async () => {
      const coach = await fx.member();
      expect(ok(await api.gql(Q.volunteer, { note: ' Facilitation ' }, as(coach))).volunteerAsCoach).toEqual({ note: 'Facilitation', user: { id: coach.id } });
      expect(ok(await api.gql(Q.volunteer, { note: null }, as(coach))).volunteerAsCoach.note).toBeNull();
      expect((await api.ok(Q.coaches, {}, as(outsider))).coaches.map((c: any) => c.user.id)).toContain(coach.id);
      const long = await api.gql(Q.volunteer, { note: 'x'.repeat(501) }, as(coach));
      expect([errorCode(long), field(long)]).toEqual(['BAD_USER_INPUT', 'note']);
      expect(ok(await api.gql(Q.stepDown, {}, as(coach))).stepDownAsCoach).toBe(true);
      expect(ok(await api.gql(Q.stepDown, {}, as(coach))).stepDownAsCoach).toBe(false);
      expect((await api.ok(Q.coaches, {}, as(outsider))).coaches.map((c: any) => c.user.id)).not.toContain(coach.id);
      expect(errorCode(await api.gql(Q.coaches))).toBe('UNAUTHENTICATED');
    });
  });

  describe('tensions', () => {
    it('are raised by anyone signed in, naming one to ten existing squads and optionally an alliance; the signed-out get UNAUTHENTICATED', async () => {
      const t = await raised(outsider, { allianceId: alliance.id, squadIds: [squad(1).id, squad(0).id, squad(1).id], wantsCoach: true });
      expect(t).toMatchObject({
        status: 'SURFACED',
        resolution: null,
        wantsCoach: true,
        viewerCanReview: false,
        alliance: { id: alliance.id },
        squads: [{ id: squad(1).id }, { id: squad(0).id }],
        raisedBy: { id: outsider.id },
        facilitator: null,
        decision: null,
        agreements: [],
        reviewStartedAt: null,
        resolvedAt: null,
      });
      expect((await raised(pay, { squadIds: [squad(0).id] })).alliance).toBeNull();
      expect(errorCode(await api.gql(Q.raise, { input: { title: 'T', description: 'D', squadIds: [squad(0).id] } }))).toBe('UNAUTHENTICATED');
    });

    it('refuses no squads, too many, unknown squads or alliance, and blank text as BAD_USER_INPUT naming the field, writing nothing', async () => {
      const before = await tensionCount();
      const cases: [Record<string, unknown>, string][] = [
        [{ squadIds: [] }, 'squadIds'],
        [{ squadIds: Array.from({ length: 11 }, () => squad(0).id) }, 'squadIds'],
        [{ squadIds: [squad(0).id, NO_SUCH] }, 'squadIds'],
        [{ squadIds: ['nope'] }, 'squadIds'],
        [{ allianceId: NO_SUCH }, 'allianceId'],
        [{ title: ' ' }, 'title'],
        [{ title: 'x'.repeat(121) }, 'title'],
        [{ description: '' }, 'description'],
      ];
      for (const [input, name] of cases) {
        const res = await raise(pay, input);
        expect([name, errorCode(res), field(res)]).toEqual([name, 'BAD_USER_INPUT', name]);
      }
      expect(await tensionCount()).toBe(before);
    });

    it("are reviewed by editors of their alliance, trio members of their squads' tribes and admins; squad members and outsiders are FORBIDDEN", async () => {
      const inAlliance = await raised(pay, { allianceId: alliance.id });
      const loose = await raised(pay);
      for (const who of [pay, checkout, outsider, routing, east.lead]) {
        expect([who.id, errorCode(await api.gql(Q.start, { id: inAlliance.id }, as(who)))]).toEqual([who.id, 'FORBIDDEN']);
        expect([who.id, errorCode(await api.gql(Q.resolve, { id: inAlliance.id, resolution: 'Done' }, as(who)))]).toEqual([who.id, 'FORBIDDEN']);
      }
      // South's lead edits the alliance, though no squad of the tension is in South.
      expect(ok(await api.gql(Q.start, { id: inAlliance.id }, as(south.lead))).startTensionReview).toMatchObject({ status: 'IN_REVIEW', viewerCanReview: true });
      expect(errorCode(await api.gql(Q.start, { id: loose.id }, as(south.lead)))).toBe('FORBIDDEN');
      expect(ok(await api.gql(Q.start, { id: loose.id }, as(productLead))).startTensionReview.status).toBe('IN_REVIEW');
      const third = await raised(pay);
      expect(ok(await api.gql(Q.resolve, { id: third.id, resolution: 'Talked it through' }, as(fx.admin))).resolveTension).toMatchObject({ status: 'RESOLVED', viewerCanReview: false });
      expect(errorCode(await api.gql(Q.start, { id: NO_SUCH }, as(fx.admin)))).toBe('NOT_FOUND');
    });

    it('move SURFACED -> IN_REVIEW -> RESOLVED (or straight to RESOLVED) with a non-blank resolution; anything else is BAD_USER_INPUT', async () => {
      const t = await raised(pay);
      for (const resolution of ['', '   ']) {
        const res = await api.gql(Q.resolve, { id: t.id, resolution }, as(north.lead));
        expect([errorCode(res), field(res)]).toEqual(['BAD_USER_INPUT', 'resolution']);
      }
      const started = ok(await api.gql(Q.start, { id: t.id }, as(north.lead))).startTensionReview;
      expect(started.reviewStartedAt).not.toBeNull();
      expect(errorCode(await api.gql(Q.start, { id: t.id }, as(north.lead)))).toBe('BAD_USER_INPUT');
      const resolved = ok(await api.gql(Q.resolve, { id: t.id, resolution: ' Separate QA slots ' }, as(north.lead))).resolveTension;
      expect(resolved).toMatchObject({ status: 'RESOLVED', resolution: 'Separate QA slots' });
      expect(resolved.resolvedAt).not.toBeNull();
      expect(errorCode(await api.gql(Q.resolve, { id: t.id, resolution: 'Again' }, as(north.lead)))).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.gql(Q.start, { id: t.id }, as(north.lead)))).toBe('BAD_USER_INPUT');
      const direct = await raised(pay);
      expect(ok(await api.gql(Q.resolve, { id: direct.id, resolution: 'Settled' }, as(north.lead))).resolveTension.status).toBe('RESOLVED');
    });

    it("cite only a decision of their own alliance (or, outside any alliance, one recorded outside any), else BAD_USER_INPUT and the tension stays open", async () => {
      const t = await raised(pay, { allianceId: alliance.id });
      for (const decisionId of [otherDecision, looseDecision, NO_SUCH]) {
        const res = await api.gql(Q.resolve, { id: t.id, resolution: 'Decided', decisionId }, as(north.lead));
        expect([decisionId, errorCode(res), field(res)]).toEqual([decisionId, 'BAD_USER_INPUT', 'decisionId']);
      }
      expect((await api.ok(Q.tensions, { allianceId: alliance.id }, as(pay))).tensions.find((x: any) => x.id === t.id).status).toBe('SURFACED');
      expect(ok(await api.gql(Q.resolve, { id: t.id, resolution: 'Decided', decisionId: decision }, as(north.lead))).resolveTension).toMatchObject({ status: 'RESOLVED', decision: { id: decision } });

      const loose = await raised(pay);
      expect(errorCode(await api.gql(Q.resolve, { id: loose.id, resolution: 'Decided', decisionId: decision }, as(north.lead)))).toBe('BAD_USER_INPUT');
      expect(ok(await api.gql(Q.resolve, { id: loose.id, resolution: 'Decided', decisionId: looseDecision }, as(north.lead))).resolveTension.decision).toEqual({ id: looseDecision });
    });

    it('take a facilitator from the coaches on call when their review starts; anyone else is BAD_USER_INPUT', async () => {
      const coach = await fx.member();
      const t = await raised(checkout, { wantsCoach: true });
      const notCoach = await api.gql(Q.start, { id: t.id, facilitatorId: outsider.id }, as(north.lead));
      expect([errorCode(notCoach), field(notCoach)]).toEqual(['BAD_USER_INPUT', 'facilitatorId']);
      ok(await api.gql(Q.volunteer, {}, as(coach)));
      expect(ok(await api.gql(Q.start, { id: t.id, facilitatorId: coach.id }, as(north.lead))).startTensionReview).toMatchObject({ status: 'IN_REVIEW', facilitator: { id: coach.id } });
    });

    it('may amend an agreement between their squads when resolved, linked both ways; one between other squads is BAD_USER_INPUT and nothing changes', async () => {
      const a = ok(await api.gql(Q.propose, { input: { offerId: paymentsOffer, consumerSquadId: squad(1).id, terms: 'Old terms' } }, as(checkout))).proposeAgreement.id;
      const elsewhere = await raised(pay, { squadIds: [squad(2).id] });
      const refused = await api.gql(Q.resolve, { id: elsewhere.id, resolution: 'Amended', amend: { agreementId: a, terms: 'Sneaky' } }, as(north.lead));
      expect([errorCode(refused), field(refused)]).toEqual(['BAD_USER_INPUT', 'agreementId']);
      expect((await api.ok(Q.tensions, { status: 'SURFACED' }, as(pay))).tensions.map((x: any) => x.id)).toContain(elsewhere.id);

      const t = await raised(pay);
      const blank = await api.gql(Q.resolve, { id: t.id, resolution: 'Amended', amend: { agreementId: a, terms: ' ' } }, as(north.lead));
      expect([errorCode(blank), field(blank)]).toEqual(['BAD_USER_INPUT', 'terms']);
      const reviewBy = days(90);
      const resolved = ok(await api.gql(Q.resolve, { id: t.id, resolution: 'Amended', amend: { agreementId: a, terms: 'New terms', reviewBy } }, as(north.lead))).resolveTension;
      expect(resolved.agreements).toEqual([{ id: a, terms: 'New terms', reviewBy }]);
      const agreement = (await api.ok(Q.agreement, { slug: squad(0).slug }, as(pay))).squad.agreements.find((x: any) => x.id === a);
      expect(agreement).toEqual({ id: a, terms: 'New terms', reviewBy, tension: { id: t.id } });
    });

    it("may propose a new agreement between their squads when resolved, on the consumer's behalf so the provider accepts it; between other squads BAD_USER_INPUT", async () => {
      const t = await raised(checkout);
      const outside = await api.gql(
        Q.resolve,
        { id: t.id, resolution: 'New agreement', propose: { offerId: paymentsOffer, consumerSquadId: squad(2).id, terms: 'Not ours' } },
        as(north.lead),
      );
      expect([errorCode(outside), field(outside)]).toEqual(['BAD_USER_INPUT', 'propose']);
      const blank = await api.gql(Q.resolve, { id: t.id, resolution: 'New agreement', propose: { offerId: paymentsOffer, consumerSquadId: squad(1).id, terms: '' } }, as(north.lead));
      expect([errorCode(blank), field(blank)]).toEqual(['BAD_USER_INPUT', 'terms']);
      expect((await api.ok(Q.tensions, { status: 'SURFACED' }, as(pay))).tensions.map((x: any) => x.id)).toContain(t.id);

      const resolved = ok(
        await api.gql(Q.resolve, { id: t.id, resolution: 'New agreement', propose: { offerId: paymentsOffer, consumerSquadId: squad(1).id, terms: 'One QA slot each', mode: 'COLLABORATION' } }, as(north.lead)),
      ).resolveTension;
      expect(resolved.status).toBe('RESOLVED');
      expect(resolved.agreements).toHaveLength(1);
      const proposed = (await api.ok(Q.agreementsOf, { slug: squad(0).slug }, as(pay))).squad.agreements.find((x: any) => x.id === resolved.agreements[0].id);
      expect(proposed).toMatchObject({ status: 'PROPOSED', terms: 'One QA slot each', proposedBy: { id: north.lead.id }, proposingSquad: { id: squad(1).id }, viewerCanAccept: true, tension: { id: t.id } });
      expect(errorCode(await api.gql(Q.accept, { id: proposed.id }, as(checkout)))).toBe('FORBIDDEN');
      expect(ok(await api.gql(Q.accept, { id: proposed.id }, as(pay))).acceptAgreement.status).toBe('AGREED');
    });

    it('are listed as an agenda: open ones first, oldest first; by status, alliance or the squads of a tribe', async () => {
      const fresh = await fx.tribe('Agenda', { squads: ['Alpha', 'Beta'] });
      const [alpha, beta] = fresh.squads;
      const old = await raised(outsider, { squadIds: [alpha.id] });
      const newer = await raised(outsider, { squadIds: [beta.id, alpha.id] });
      const oldest = await raised(outsider, { squadIds: [beta.id] });
      const closed = await raised(outsider, { squadIds: [alpha.id] });
      await api.sql(`UPDATE team_tensions SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [old.id, 5]);
      await api.sql(`UPDATE team_tensions SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [newer.id, 2]);
      await api.sql(`UPDATE team_tensions SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [oldest.id, 9]);
      await api.sql(`UPDATE team_tensions SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [closed.id, 30]);
      ok(await api.gql(Q.start, { id: newer.id }, as(fresh.lead)));
      ok(await api.gql(Q.resolve, { id: closed.id, resolution: 'Done' }, as(fresh.lead)));
      const agenda = (await api.ok(Q.tensions, { tribeId: fresh.tribe.id }, as(outsider))).tensions.map((t: any) => t.id);
      expect(agenda).toEqual([oldest.id, old.id, newer.id, closed.id]);
      expect((await api.ok(Q.tensions, { tribeId: fresh.tribe.id, status: 'IN_REVIEW' }, as(outsider))).tensions.map((t: any) => t.id)).toEqual([newer.id]);
      expect((await api.ok(Q.tensions, { tribeId: west.tribe.id }, as(outsider))).tensions).toEqual([]);

      const all = (await api.ok(Q.tensions, {}, as(outsider))).tensions as any[];
      const firstResolved = all.findIndex((t) => t.status === 'RESOLVED');
      expect(all.slice(0, firstResolved).every((t) => t.status !== 'RESOLVED')).toBe(true);
      expect(all.slice(firstResolved).every((t) => t.status === 'RESOLVED')).toBe(true);
      const open = all.slice(0, firstResolved).map((t) => new Date(t.createdAt).getTime());
      expect(open).toEqual([...open].sort((x, y) => x - y));

      const ofAlliance = (await api.ok(Q.tensions, { allianceId: alliance.id }, as(outsider))).tensions as any[];
      expect(ofAlliance.length).toBeGreaterThan(0);
      expect((await api.ok(Q.allianceTeam, { slug: alliance.slug }, as(outsider))).alliance.tensions.map((t: any) => t.id)).toEqual(ofAlliance.map((t) => t.id));
      expect(errorCode(await api.gql(Q.tensions, { allianceId: 'nope' }, as(outsider)))).toBe('BAD_USER_INPUT');
    });
  });
});
