import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAllControlsNamed, expectNoHorizontalScroll, expectNoSeriousA11yViolations, gql, signIn, signUpViaApi, unique } from './support/fixtures';
import { addSquadMember, asAdmin, createSquad, createTribe } from './support/org';

const DAY = 86_400_000;
const dateInput = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toLocaleDateString('en-CA');

/**
 * Three tribes with a squad each; a product lead in the first tribe's trio, a tribe lead in the
 * second's, a member of the second tribe's squad and a member of the third's, neither in a trio.
 */
async function allianceOrg(request: Parameters<typeof asAdmin>[0]) {
  const person = async (name: string) => {
    const email = `${unique(name.toLowerCase())}@example.com`;
    const displayName = unique(`${name} `);
    const { signUp } = await signUpViaApi(request, { email, displayName });
    return { email, id: signUp.user.id, displayName };
  };
  const lead = await person('Priya');
  const otherLead = await person('Tomas');
  const member = await person('Mo');
  const squadie = await person('Sol');
  await asAdmin(request);
  const tribes = [];
  for (const name of ['Payments ', 'Growth ', 'Platform ']) {
    const tribeName = unique(name);
    const tribe = await createTribe(request, tribeName);
    const squadName = unique(`${name.trim()} squad `);
    const squad = await createSquad(request, tribe.id, squadName);
    tribes.push({ ...tribe, name: tribeName, squad: { ...squad, name: squadName } });
  }
  const setTrio = 'mutation ($i: SetTrioInput!) { setTrio(input: $i) { id } }';
  await gql(request, setTrio, { i: { tribeId: tribes[0].id, productLeadId: lead.id } });
  await gql(request, setTrio, { i: { tribeId: tribes[1].id, tribeLeadId: otherLead.id } });
  await addSquadMember(request, tribes[2].squad.id, member.id);
  await addSquadMember(request, tribes[1].squad.id, squadie.id);
  return { lead, otherLead, member, squadie, tribes };
}

/** Each person in a browser context of their own, signed in through the form. */
async function personPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test('a product lead plans an alliance with two other tribes; a member of another tribe follows it without controls', async ({ browser, request }) => {
  test.setTimeout(150_000); // two people's pages, a dozen saves
  const org = await allianceOrg(request);
  const [payments, growth, platform] = org.tribes;
  const name = unique('Checkout everywhere ');

  // The product lead creates the alliance with two other tribes.
  const lead = await personPage(browser, org.lead.email);
  await lead.goto('/alliances');
  await lead.getByRole('link', { name: 'New alliance' }).click();
  await expect(lead.getByRole('heading', { name: 'New alliance', level: 1 })).toBeVisible();
  await lead.getByRole('button', { name: 'Create alliance' }).click();
  await expect(lead.getByText('Give the alliance a name.')).toBeVisible();
  await expect(lead.getByText('Choose at least 2 tribes')).toBeVisible();
  await lead.getByLabel('Name').fill(name);
  await lead.getByLabel('Goal').fill('Every customer pays in one tap, in every market we serve.');
  await lead.getByRole('checkbox', { name: `${payments.name} (your trio)` }).check();
  await lead.getByRole('checkbox', { name: growth.name }).check();
  await lead.getByRole('checkbox', { name: platform.name }).check();
  for (const c of ['Customer trust', 'Time to market', 'Cost to run']) {
    await lead.getByLabel('New criterion').fill(c);
    await lead.getByRole('button', { name: 'Add criterion' }).click();
  }
  await lead.getByRole('button', { name: 'Move “Cost to run” up' }).click();
  await lead.getByRole('button', { name: 'Create alliance' }).click();
  await expect(lead.getByRole('heading', { name, exact: true, level: 1 })).toBeVisible();
  const slug = new URL(lead.url()).pathname.split('/').pop()!;
  await expect(lead.getByText('Every customer pays in one tap, in every market we serve.')).toBeVisible();
  await expect(lead.getByRole('list', { name: `Tribes of ${name}` }).getByRole('listitem')).toHaveCount(3);
  await expect(lead.getByRole('list', { name: 'Shared criteria, most important first' }).getByRole('listitem')).toHaveText(['Customer trust', 'Cost to run', 'Time to market']);

  // The trios agree to start.
  await lead.getByRole('button', { name: 'Start working' }).click();
  await expect(lead.getByText('Active', { exact: true })).toBeVisible();
  await expect(lead.getByRole('button', { name: 'Start working' })).toHaveCount(0);
  await lead.getByRole('button', { name: 'Disband' }).click();
  await lead.getByRole('button', { name: 'Keep it active' }).click();

  // Editors reorder the criteria, and the order is kept.
  await lead.getByRole('button', { name: 'Edit criteria' }).click();
  await lead.getByRole('button', { name: 'Move “Time to market” up' }).click();
  await lead.getByRole('button', { name: 'Save criteria' }).click();
  await expect(lead.getByRole('list', { name: 'Shared criteria, most important first' }).getByRole('listitem')).toHaveText(['Customer trust', 'Time to market', 'Cost to run']);

  // An objective with two key results, one of them falling.
  const objective = 'Checkout feels instant';
  await lead.getByLabel('New objective').fill(objective);
  await lead.getByRole('button', { name: 'Add objective' }).click();
  await expect(lead.getByRole('heading', { name: objective, level: 3 })).toBeVisible();
  const addKeyResult = async (title: string, baseline: string, target: string, unit: string) => {
    await lead.getByRole('button', { name: `Add key result to ${objective}` }).click();
    const form = lead.getByRole('form', { name: `Add a key result to ${objective}` });
    await form.getByLabel('Key result').fill(title);
    await form.getByLabel('Baseline').fill(baseline);
    await form.getByLabel('Target').fill(target);
    await form.getByLabel('Unit').fill(unit);
    await form.getByRole('button', { name: 'Add key result' }).click();
    await expect(lead.getByRole('listitem', { name: `Key result: ${title}` })).toBeVisible();
  };
  await addKeyResult('Markets with one-tap pay', '2', '10', 'markets');
  await addKeyResult('Checkout p95 latency', '900', '300', 'ms');
  await expect(lead.getByRole('progressbar', { name: 'Progress of Checkout p95 latency' })).toHaveAttribute('aria-valuenow', '0');

  // The lead updates the falling one: 900 → 600 ms is half way.
  await lead.getByLabel('New value of Checkout p95 latency').fill('600');
  await lead.getByRole('form', { name: 'Update Checkout p95 latency' }).getByRole('button', { name: 'Update' }).click();
  await expect(lead.getByRole('progressbar', { name: 'Progress of Checkout p95 latency' })).toHaveAttribute('aria-valuenow', '50');
  await expect(lead.getByRole('progressbar', { name: `Progress of the objective ${objective}` })).toHaveAttribute('aria-valuenow', '25');
  await expect(lead.getByRole('img', { name: /^Checkout p95 latency over time: 900 ms on .*, 600 ms on .*, 2 values in all; target 300 ms\.$/ })).toBeVisible();

  // Milestones: one due next month for Growth's squad, one already past due.
  const addMilestone = async (title: string, offsetDays: number, squad: string | null) => {
    const form = lead.getByRole('form', { name: 'Add a milestone' });
    await form.getByLabel('New milestone').fill(title);
    await form.getByLabel('Due date').fill(dateInput(offsetDays));
    if (squad) await form.getByLabel('Squad').selectOption({ label: squad });
    await form.getByRole('button', { name: 'Add milestone' }).click();
    await expect(lead.getByRole('listitem', { name: new RegExp(`^${title}, due`) })).toBeVisible();
  };
  await addMilestone('Pilot in two markets', 30, growth.squad.name);
  await addMilestone('Latency budget agreed', -3, null);
  await lead.getByLabel('Status of Pilot in two markets').selectOption({ label: '▲ At risk' });
  await expect(lead.getByRole('listitem', { name: /^Pilot in two markets, due/ }).getByLabel('Status of Pilot in two markets')).toHaveValue('AT_RISK');
  await expect(lead.getByRole('listitem', { name: /^Latency budget agreed, due/ })).toContainText('Overdue');
  await expect(lead.getByRole('list', { name: 'Milestones by due date' }).getByRole('listitem').first()).toContainText('Latency budget agreed');

  // A decision citing two of the criteria.
  await lead.getByRole('button', { name: 'Record a decision' }).click();
  const decisionForm = lead.getByRole('form', { name: 'Record a decision' });
  await decisionForm.getByLabel('Decision').fill('Launch with card payments first');
  await decisionForm.getByLabel('Outcome').fill('Wallets follow in the second quarter.');
  await decisionForm.getByRole('checkbox', { name: 'Customer trust' }).check();
  await decisionForm.getByRole('checkbox', { name: 'Time to market' }).check();
  await decisionForm.getByRole('button', { name: 'Record decision' }).click();
  const decision = lead.getByRole('listitem', { name: 'Decision: Launch with card payments first' });
  await expect(decision.getByRole('list', { name: 'Criteria it cited' }).getByRole('listitem')).toHaveText(['Customer trust', 'Time to market']);
  await expect(decision).toContainText(org.lead.displayName.trim());

  // A member of another tribe reads everything and finds no control to use.
  const member = await personPage(browser, org.member.email);
  await member.goto(`/alliances/${slug}`);
  await expect(member.getByRole('heading', { name, exact: true, level: 1 })).toBeVisible();
  await expect(member.getByRole('img', { name: /^Timeline of 2 milestones from .*today marked; 1 planned, 1 at risk, 0 done, 0 missed, 1 overdue\./ })).toBeVisible();
  await expect(member.getByText('Pilot in two markets').first()).toBeVisible();
  await expect(member.getByRole('progressbar', { name: 'Progress of Checkout p95 latency' })).toHaveAttribute('aria-valuenow', '50');
  await expect(member.getByRole('progressbar', { name: `Overall progress of ${name}` })).toHaveAttribute('aria-valuenow', '25');
  await expect(member.getByRole('listitem', { name: /^Latency budget agreed, due/ })).toContainText('Overdue');
  await expect(member.getByRole('listitem', { name: 'Decision: Launch with card payments first' })).toContainText('Customer trust');
  const main = member.getByRole('main');
  await expect(main.getByRole('button')).toHaveCount(0);
  await expect(main.getByRole('textbox')).toHaveCount(0);
  await expect(main.getByRole('combobox')).toHaveCount(0);
  await expect(main.getByRole('checkbox')).toHaveCount(0);

  // A member of the squad named on a milestone may update the key results, and do nothing else.
  const squadie = await personPage(browser, org.squadie.email);
  await squadie.goto(`/alliances/${slug}`);
  await expect(squadie.getByLabel('New value of Checkout p95 latency')).toBeVisible();
  await expect(squadie.getByRole('main').getByRole('button')).toHaveText(['Update', 'Update']);
  await expect(squadie.getByRole('main').getByRole('combobox')).toHaveCount(0);
  await squadie.getByLabel('New value of Markets with one-tap pay').fill('6');
  await squadie.getByRole('form', { name: 'Update Markets with one-tap pay' }).getByRole('button', { name: 'Update' }).click();
  await expect(squadie.getByRole('progressbar', { name: 'Progress of Markets with one-tap pay' })).toHaveAttribute('aria-valuenow', '50');

  // The tribe page lists the alliance.
  await member.goto(`/tribes/${platform.slug}`);
  const onTribe = member.getByRole('list', { name: `Alliances of ${platform.name}` });
  await expect(onTribe.getByRole('link', { name })).toHaveAttribute('href', `/alliances/${slug}`);
  await member.goto('/alliances');
  await expect(member.getByRole('link', { name: 'New alliance' })).toHaveCount(0);
  await expect(member.getByRole('list', { name: 'Active alliances' }).getByRole('listitem', { name })).toBeVisible();
});

test('a criteria save over someone else\'s is refused and the page shows theirs; a tribe comes and goes; the goal is restated', async ({ browser, request }) => {
  const org = await allianceOrg(request);
  const lead = await personPage(browser, org.lead.email);
  const { createAlliance: a } = await gql<{ createAlliance: { id: string; slug: string; revision: number } }>(
    lead.request,
    'mutation ($i: CreateAllianceInput!) { createAlliance(input: $i) { id slug revision } }',
    { i: { name: unique('Shared ledger '), goal: 'One ledger every tribe trusts.', tribeIds: [org.tribes[0].id, org.tribes[1].id], criteria: ['Correctness', 'Speed'] } },
  );
  await lead.goto(`/alliances/${a.slug}`);
  await lead.getByRole('button', { name: 'Edit criteria' }).click();
  await lead.getByRole('button', { name: 'Move “Speed” up' }).click();
  // Meanwhile the other tribe's lead saves another list.
  const other = await personPage(browser, org.otherLead.email);
  await gql(other.request, 'mutation ($id: ID!, $i: UpdateAllianceInput!) { updateAlliance(id: $id, input: $i) { id } }', { id: a.id, i: { criteria: ['Correctness', 'Speed', 'Auditability'], expectedRevision: a.revision } });
  await lead.getByRole('button', { name: 'Save criteria' }).click();
  await expect(lead.getByRole('alert').filter({ hasText: 'Someone else changed the alliance' })).toBeVisible();
  await expect(lead.getByText(/Their list: 1\. Correctness 2\. Speed 3\. Auditability/)).toBeVisible();
  await lead.getByRole('button', { name: 'Start from their list' }).click();
  await lead.getByRole('button', { name: 'Move “Auditability” up' }).click();
  await lead.getByRole('button', { name: 'Save criteria' }).click();
  await expect(lead.getByRole('list', { name: 'Shared criteria, most important first' }).getByRole('listitem')).toHaveText(['Correctness', 'Auditability', 'Speed']);

  // An editor brings a third tribe in; with three, one may leave again, never below two.
  const tribes = lead.getByRole('list', { name: /^Tribes of / });
  await expect(lead.getByRole('button', { name: /^Remove .* from the alliance$/ })).toHaveCount(0);
  await lead.getByLabel('Add a tribe', { exact: true }).selectOption({ label: org.tribes[2].name });
  await lead.getByRole('button', { name: 'Add tribe' }).click();
  await expect(tribes.getByRole('listitem')).toHaveCount(3);
  await lead.getByRole('button', { name: `Remove ${org.tribes[2].name} from the alliance` }).click();
  await expect(tribes.getByRole('listitem')).toHaveCount(2);
  await expect(lead.getByRole('button', { name: /^Remove .* from the alliance$/ })).toHaveCount(0);

  // The goal restated, with the revision the page now has.
  await lead.getByRole('button', { name: 'Edit name and goal' }).click();
  const details = lead.getByRole('form', { name: 'Edit the name and goal' });
  await details.getByLabel('Goal').fill('One ledger every tribe trusts, reconciled daily.');
  await details.getByRole('button', { name: 'Save name and goal' }).click();
  await expect(details).toHaveCount(0);
  await expect(lead.getByText('One ledger every tribe trusts, reconciled daily.')).toBeVisible();
});

test('every alliance page passes axe, names its controls and fits at 1280 and 375 px', async ({ browser, request }) => {
  test.setTimeout(240_000); // four pages at two widths for two people, each scanned by axe
  const org = await allianceOrg(request);
  const lead = await personPage(browser, org.lead.email);
  const member = await personPage(browser, org.member.email);
  const call = <T = any>(query: string, variables: Record<string, unknown>) => gql<T>(lead.request, query, variables);
  const { createAlliance: a } = await call<{ createAlliance: { id: string; slug: string } }>('mutation ($i: CreateAllianceInput!) { createAlliance(input: $i) { id slug } }', {
    i: { name: unique('Faster onboarding '), goal: 'A new customer is live within a day, whichever tribe serves them.', tribeIds: org.tribes.map((t) => t.id), criteria: ['Customer trust', 'Time to market'] },
  });
  const { alliance } = await call<{ alliance: { revision: number } }>('query ($s: String!) { alliance(slug: $s) { revision } }', { s: a.slug });
  await call('mutation ($id: ID!, $i: UpdateAllianceInput!) { updateAlliance(id: $id, input: $i) { id } }', { id: a.id, i: { status: 'ACTIVE', expectedRevision: alliance.revision } });
  const { addObjective } = await call<{ addObjective: { keyResults: { id: string }[] } }>(
    'mutation ($a: ID!, $k: [KeyResultInput!]) { addObjective(allianceId: $a, title: "Onboarding in a day", keyResults: $k) { keyResults { id } } }',
    { a: a.id, k: [{ title: 'Days to go live', baseline: 14, target: 1, unit: 'days' }, { title: 'Self-serve sign-ups', baseline: 0, target: 100, unit: '%' }] },
  );
  for (const current of [10, 6]) await call('mutation ($id: ID!, $c: Float!) { updateKeyResult(id: $id, current: $c) { id } }', { id: addObjective.keyResults[0].id, c: current });
  const milestone = 'mutation ($i: MilestoneInput!) { addMilestone(input: $i) { id } }';
  const { addMilestone: late } = await call<{ addMilestone: { id: string } }>(milestone, { i: { allianceId: a.id, title: 'Contracts signed', dueDate: new Date(Date.now() - 5 * DAY).toISOString(), squadId: org.tribes[0].squad.id } });
  const { addMilestone: done } = await call<{ addMilestone: { id: string } }>(milestone, { i: { allianceId: a.id, title: 'Sandbox for partners', dueDate: new Date(Date.now() - 2 * DAY).toISOString(), squadId: org.tribes[1].squad.id } });
  await call(milestone, { i: { allianceId: a.id, title: 'Self-serve launch', dueDate: new Date(Date.now() + 40 * DAY).toISOString() } });
  await call('mutation ($id: ID!) { setMilestoneStatus(id: $id, status: DONE) { id } }', { id: done.id });
  await call('mutation ($id: ID!) { setMilestoneStatus(id: $id, status: MISSED) { id } }', { id: late.id });
  await call('mutation ($i: DecisionInput!) { recordDecision(input: $i) { id } }', { i: { allianceId: a.id, title: 'Partners first', outcome: 'Partner onboarding before self-serve.', criteria: ['Customer trust'] } });

  for (const page of [lead, member]) {
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 740 });
      for (const path of ['/alliances', `/alliances/${a.slug}`, '/new-alliance', `/tribes/${org.tribes[0].slug}`]) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectAllControlsNamed(page);
        await expectNoHorizontalScroll(page);
        await expectNoSeriousA11yViolations(page);
      }
    }
  }
  await lead.goto(`/alliances/${a.slug}`);
  await expect(lead.getByRole('img', { name: /^Timeline of 3 milestones .* 1 planned, 0 at risk, 1 done, 1 missed/ })).toBeVisible();
  await expect(lead.getByRole('img', { name: /^Days to go live over time: 14 days on .*, 6 days on .*, 3 values in all; target 1 day/ })).toBeVisible();
});
