import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAllControlsNamed, expectNoHorizontalScroll, expectNoSeriousA11yViolations, gql, signIn, signUpViaApi, unique } from './support/fixtures';
import { addSquadMember, asAdmin, createSquad, createTribe } from './support/org';

/**
 * Two tribes in one alliance: a providing squad in the first (Priya), a consuming squad in the
 * second (Cole), and the first tribe's lead (Tess), an editor of the alliance who facilitates its
 * tension review.
 */
async function teamOrg(request: Parameters<typeof asAdmin>[0]) {
  const person = async (name: string) => {
    const email = `${unique(name.toLowerCase())}@example.com`;
    const displayName = unique(`${name} `);
    const { signUp } = await signUpViaApi(request, { email, displayName });
    return { email, id: signUp.user.id, name: displayName };
  };
  const provider = await person('Priya');
  const consumer = await person('Cole');
  const lead = await person('Tess');
  await asAdmin(request);
  const tribe = await createTribe(request, unique('Payments '));
  const otherTribe = await createTribe(request, unique('Shop '));
  const providerName = unique('Ledger ');
  const providerSquad = await createSquad(request, tribe.id, providerName);
  const consumerName = unique('Checkout ');
  const consumerSquad = await createSquad(request, otherTribe.id, consumerName);
  await addSquadMember(request, providerSquad.id, provider.id);
  await addSquadMember(request, consumerSquad.id, consumer.id);
  await gql(request, 'mutation ($i: SetTrioInput!) { setTrio(input: $i) { id } }', { i: { tribeId: tribe.id, tribeLeadId: lead.id } });
  const criteria = ['Customers first', 'Fewer handovers'];
  const { createAlliance: alliance } = await gql<{ createAlliance: { id: string; slug: string; name: string } }>(
    request,
    'mutation ($i: CreateAllianceInput!) { createAlliance(input: $i) { id slug name } }',
    { i: { name: unique('Faster refunds '), goal: 'Refund any order within a day.', tribeIds: [tribe.id, otherTribe.id], criteria } },
  );
  return { provider, consumer, lead, tribe, otherTribe, providerSquad, providerName: providerName.trim(), consumerSquad, consumerName: consumerName.trim(), alliance, criteria };
}

// A step that cannot happen fails in seconds, not at the end of the whole flow's time.
test.use({ actionTimeout: 20_000 });

async function personPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test('a squad publishes an offer, another proposes an agreement it accepts, a dependency is declined with a response, a tension is reviewed and resolved with a decision', async ({ browser, request }) => {
  test.setTimeout(180_000); // three people's pages through four flows
  const org = await teamOrg(request);
  const offerTitle = unique('Refund ledger API ');

  // The providing squad publishes an offer from its page.
  const provider = await personPage(browser, org.provider.email);
  await provider.goto(`/squads/${org.providerSquad.slug}`);
  const teamApi = provider.getByRole('region', { name: 'Team API' });
  await teamApi.getByRole('button', { name: 'Publish an offer' }).click();
  await teamApi.getByRole('button', { name: 'Publish the offer' }).click();
  await expect(teamApi.getByText('Give the offer a title.')).toBeVisible();
  await teamApi.getByLabel('Title').fill(offerTitle);
  await teamApi.getByLabel('Description').fill('Post refunds to the ledger through one call.');
  await teamApi.getByLabel('Expectations').fill('Idempotency keys on every call.');
  await teamApi.getByLabel('Limits').fill('No manual ledger corrections.');
  await teamApi.getByRole('button', { name: 'Publish the offer' }).click();
  const offer = teamApi.getByRole('listitem', { name: offerTitle.trim() });
  await expect(offer).toContainText('Expects from you: Idempotency keys on every call.');
  await expect(offer).toContainText('Limits: No manual ledger corrections.');
  await expectNoSeriousA11yViolations(provider);

  // A member of another squad proposes an agreement from the offer.
  const consumer = await personPage(browser, org.consumer.email);
  await consumer.goto(`/squads/${org.providerSquad.slug}`);
  const theirOffer = consumer.getByRole('region', { name: 'Team API' }).getByRole('listitem', { name: offerTitle.trim() });
  await expect(theirOffer.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
  await theirOffer.getByRole('button', { name: 'Propose an agreement' }).click();
  await theirOffer.getByLabel('Terms').fill('Checkout calls the ledger for every refund; Ledger answers within 200 ms.');
  await theirOffer.getByLabel('How the squads work together').selectOption('X_AS_A_SERVICE');
  await theirOffer.getByRole('button', { name: 'Propose the agreement' }).click();
  const proposed = consumer.getByRole('listitem', { name: `Agreement with ${org.consumerName} on ${offerTitle.trim()}` });
  await expect(proposed).toContainText('Proposed');
  await expect(proposed.getByRole('button', { name: /^Accept/ })).toHaveCount(0);

  // The providing squad accepts it.
  await provider.reload();
  const toAccept = provider.getByRole('listitem', { name: `Agreement with ${org.consumerName} on ${offerTitle.trim()}` });
  await toAccept.getByRole('button', { name: `Accept the agreement with ${org.consumerName}` }).click();
  await expect(toAccept).toContainText('Agreed');
  await expect(toAccept).toContainText('X as a service');

  // The consuming squad requests a dependency on the offer; the provider declines it, saying why.
  await consumer.reload();
  const offerAgain = consumer.getByRole('listitem', { name: offerTitle.trim() });
  await offerAgain.getByRole('button', { name: 'Request a dependency' }).click();
  await offerAgain.getByLabel('What your squad needs').fill('Partial refunds by Friday.');
  await offerAgain.getByRole('button', { name: 'Request it' }).click();
  await expect(consumer.getByRole('list', { name: `Other squads need from ${org.providerName}` })).toContainText('Partial refunds by Friday.');
  await provider.reload();
  const asked = provider.getByRole('list', { name: `Other squads need from ${org.providerName}` }).getByRole('listitem').filter({ hasText: 'Partial refunds by Friday.' });
  await asked.getByRole('button', { name: 'Decline…' }).click();
  await asked.getByRole('button', { name: 'Decline', exact: true }).click();
  await expect(asked.getByText('Give a response saying why.')).toBeVisible();
  await asked.getByLabel('Why your squad declines').fill('Partial refunds need the new ledger schema first; next quarter.');
  await asked.getByRole('button', { name: 'Decline', exact: true }).click();
  await expect(asked).toContainText('Declined');
  await expect(asked).toContainText('Response: Partial refunds need the new ledger schema first; next quarter.');

  // The consumer raises a tension from their squad's page.
  await consumer.goto(`/squads/${org.consumerSquad.slug}`);
  await consumer.getByRole('link', { name: 'Raise a tension' }).click();
  await expect(consumer.getByRole('heading', { name: 'Raise a tension', level: 1 })).toBeVisible();
  const tensionTitle = unique('Refund fixes wait a quarter ');
  await consumer.getByLabel('Title').fill(tensionTitle);
  await consumer.getByLabel('Description').fill('Our customers wait for partial refunds while the ledger changes its schema.');
  await consumer.getByRole('combobox', { name: 'Squads' }).click();
  await consumer.getByRole('option', { name: org.providerName }).click();
  await consumer.keyboard.press('Escape');
  await consumer.getByLabel('Alliance').selectOption({ label: org.alliance.name });
  await consumer.getByLabel('Ask for a coach to facilitate the review').check();
  await consumer.getByRole('button', { name: 'Raise the tension' }).click();
  await expect(consumer.getByRole('heading', { name: 'Tension review', level: 1 })).toBeVisible();
  const raised = consumer.getByRole('listitem', { name: tensionTitle.trim() });
  await expect(raised).toContainText('Surfaced');
  await expect(raised).toContainText(org.providerName);
  await expect(raised).toContainText(org.consumerName);
  await expect(raised).toContainText('Asks for a coach');
  await expect(raised.getByRole('button', { name: /Start the review/ })).toHaveCount(0);

  // The tribe's lead goes on call as a coach, and facilitates: starts the review naming themself,
  // records a decision citing the alliance's criteria, resolves the tension with it.
  const lead = await personPage(browser, org.lead.email);
  await lead.goto(`/tensions?alliance=${org.alliance.slug}`);
  const coaches = lead.getByRole('region', { name: 'Coaches on call' });
  await coaches.getByRole('button', { name: 'Volunteer as coach' }).click();
  await coaches.getByLabel('What you can help with').fill('Mediating between product squads.');
  await coaches.getByRole('button', { name: 'Volunteer', exact: true }).click();
  await expect(coaches.getByRole('list', { name: 'Coaches on call' })).toContainText(org.lead.name);
  const agenda = lead.getByRole('list', { name: new RegExp(`Open tensions of ${org.alliance.name.trim()}`) });
  const card = agenda.getByRole('listitem', { name: tensionTitle.trim() });
  await card.getByLabel('Facilitator').selectOption({ label: org.lead.name });
  await card.getByRole('button', { name: `Start the review of ${tensionTitle.trim()}` }).click();
  await expect(card).toContainText('In review');
  await expect(card).toContainText(`Facilitator: ${org.lead.name.trim()}`);
  await card.getByRole('textbox', { name: 'Decision', exact: true }).fill('Ship partial refunds behind a flag');
  await card.getByLabel('Outcome').fill('Ledger adds a partial refund call on the old schema; Checkout uses it behind a flag.');
  await card.getByRole('checkbox', { name: 'Customers first' }).check();
  await card.getByRole('button', { name: 'Record the decision' }).click();
  await expect(card.getByText('Decision recorded: Ship partial refunds behind a flag.', { exact: false })).toBeVisible();
  await card.getByLabel('Resolution').fill('Partial refunds ship this month behind a flag.');
  await expect(card.getByLabel('Decision that resolved it')).toHaveValue(/.+/);
  await card.getByLabel('Update the agreements between its squads').selectOption({ label: `${org.providerName} → ${org.consumerName}: ${offerTitle.trim()}` });
  await expect(card.getByLabel('New terms')).toHaveValue(/answers within 200 ms/);
  await card.getByLabel('New terms').fill('Ledger posts partial refunds behind a flag and answers within 200 ms.');
  await card.getByRole('button', { name: 'Resolve the tension' }).click();
  const resolved = lead.getByRole('list', { name: new RegExp(`Resolved tensions of ${org.alliance.name.trim()}`) }).getByRole('listitem', { name: tensionTitle.trim() });
  await expect(resolved).toContainText('Resolved');
  await expect(resolved).toContainText('Resolution: Partial refunds ship this month behind a flag.');
  await expect(resolved).toContainText('Decision: Ship partial refunds behind a flag');
  await expect(resolved).toContainText('criteria: Customers first');
  await expect(resolved).toContainText(`Agreements its review updated: ${org.providerName} → ${org.consumerName} (${offerTitle.trim()})`);
  await consumer.goto(`/squads/${org.consumerSquad.slug}`);
  await expect(consumer.getByRole('listitem', { name: `Agreement with ${org.providerName} on ${offerTitle.trim()}` })).toContainText('Ledger posts partial refunds behind a flag');
});

test('the squad page, dependency map, tension review and raising a tension pass axe, name their controls and fit at 1280 and 375 px', async ({ browser, request }) => {
  test.setTimeout(180_000); // six pages at two widths, each waited on until idle and scanned by axe
  const org = await teamOrg(request);
  // An offer, an agreement past its review date, an overdue dependency and a tension, so every part shows.
  const provider = await personPage(browser, org.provider.email);
  const { publishSquadOffer: offer } = await gql(provider.request, 'mutation ($i: SquadOfferInput!) { publishSquadOffer(input: $i) { id } }', {
    i: { squadId: org.providerSquad.id, title: 'Ledger API', description: 'One call per refund.', expectations: 'Idempotency keys.', limits: 'No manual corrections.' },
  });
  const consumer = await personPage(browser, org.consumer.email);
  const asConsumer = (query: string, variables: Record<string, unknown>) => gql(consumer.request, query, variables);
  await asConsumer('mutation ($i: AgreementInput!) { proposeAgreement(input: $i) { id } }', {
    i: { offerId: offer.id, consumerSquadId: org.consumerSquad.id, terms: 'Checkout calls the ledger.', reviewBy: new Date(Date.now() - 86_400_000).toISOString() },
  });
  await asConsumer('mutation ($i: DependencyInput!) { requestDependency(input: $i) { id } }', {
    i: { requesterSquadId: org.consumerSquad.id, providerSquadId: org.providerSquad.id, offerId: offer.id, allianceId: org.alliance.id, description: 'Partial refunds.', neededBy: new Date(Date.now() - 86_400_000).toISOString() },
  });
  await asConsumer('mutation ($i: TensionInput!) { raiseTension(input: $i) { id } }', {
    i: { title: 'Refunds wait', description: 'Customers wait.', squadIds: [org.consumerSquad.id, org.providerSquad.id], allianceId: org.alliance.id },
  });

  for (const width of [1280, 375]) {
    await consumer.setViewportSize({ width, height: 740 });
    for (const path of [`/squads/${org.providerSquad.slug}`, `/dependencies?tribe=${org.tribe.slug}`, `/dependencies?alliance=${org.alliance.slug}`, `/tensions?tribe=${org.tribe.slug}`, `/tensions?alliance=${org.alliance.slug}`, `/tensions/new?squad=${org.consumerSquad.id}`]) {
      await consumer.goto(path);
      await expect(consumer.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAllControlsNamed(consumer);
      await expectNoHorizontalScroll(consumer);
      await expectNoSeriousA11yViolations(consumer);
    }
  }
  // What the pages showed: the agreement due for review, the overdue dependency on the map and in its table.
  await consumer.goto(`/squads/${org.consumerSquad.slug}`);
  await expect(consumer.getByRole('listitem', { name: `Agreement with ${org.providerName} on Ledger API` })).toContainText('Due for review');
  await consumer.goto(`/dependencies?tribe=${org.tribe.slug}`);
  await expect(consumer.getByRole('img', { name: /Dependencies of the squads of/ })).toBeVisible();
  await expect(consumer.getByRole('table', { name: /each dependency in words/ })).toContainText('Requested, overdue');
  await consumer.goto(`/tensions?tribe=${org.tribe.slug}`);
  await expect(consumer.getByRole('listitem', { name: 'Refunds wait' })).toContainText(/open for less than a day/);
});

test('two edits of one offer: the second is shown the first instead of overwriting it, and saving again replaces it knowingly', async ({ browser, request }) => {
  const org = await teamOrg(request);
  const provider = await personPage(browser, org.provider.email);
  const { publishSquadOffer: offer } = await gql(provider.request, 'mutation ($i: SquadOfferInput!) { publishSquadOffer(input: $i) { id revision } }', {
    i: { squadId: org.providerSquad.id, title: 'Ledger API', description: 'One call per refund.' },
  });
  await provider.goto(`/squads/${org.providerSquad.slug}`);
  const card = provider.getByRole('listitem', { name: 'Ledger API' });
  await card.getByRole('button', { name: 'Edit the offer Ledger API' }).click();
  await card.getByLabel('Description').fill('One call per refund, answered within 200 ms.');

  // Meanwhile someone else of the squad saves it.
  await gql(provider.request, 'mutation ($id: ID!, $i: UpdateSquadOfferInput!) { updateSquadOffer(id: $id, input: $i) { revision } }', {
    id: offer.id,
    i: { description: 'One call per refund, idempotent.', expectedRevision: offer.revision },
  });
  await card.getByRole('button', { name: 'Save the offer' }).click();
  const theirs = card.getByRole('alert').filter({ hasText: 'Their version, saved while you edited' });
  await expect(theirs).toContainText('One call per refund, idempotent.');
  await expect(card.getByLabel('Description')).toHaveValue('One call per refund, answered within 200 ms.');
  await expectNoSeriousA11yViolations(provider);
  await card.getByRole('button', { name: 'Save the offer' }).click();
  await expect(card).toContainText('One call per refund, answered within 200 ms.');
  await expect(card.getByRole('alert')).toHaveCount(0);
});
