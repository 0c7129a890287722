import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAllControlsNamed, expectNoHorizontalScroll, expectNoSeriousA11yViolations, gql, signIn, signUpViaApi, unique } from './support/fixtures';
import { addChapterMember, addSquadMember, asAdmin, createChapter, createSquad, createTribe } from './support/org';

/** A tribe with a squad and a chapter; a lead for the chapter, one of its members, and a squad member. */
async function standardsOrg(request: Parameters<typeof asAdmin>[0]) {
  const person = async (name: string) => {
    const email = `${unique(name.toLowerCase())}@example.com`;
    const { signUp } = await signUpViaApi(request, { email, displayName: unique(`${name} `) });
    return { email, id: signUp.user.id };
  };
  const lead = await person('Lena');
  const reviewer = await person('Rae');
  const adopter = await person('Sam');
  await asAdmin(request);
  const tribe = await createTribe(request, unique('Platform '));
  const squadName = unique('Checkout ');
  const squad = await createSquad(request, tribe.id, squadName);
  const chapterName = unique('Backend ');
  const chapter = await createChapter(request, tribe.id, chapterName, 'Backend');
  await gql(request, 'mutation ($c: ID!, $u: ID!) { setChapterLead(chapterId: $c, userId: $u) { id } }', { c: chapter.id, u: lead.id });
  // A chapter's members come from the tribe's squads: the reviewer works in another squad.
  const otherSquad = await createSquad(request, tribe.id, unique('Search '));
  await addSquadMember(request, otherSquad.id, reviewer.id);
  await addChapterMember(request, chapter.id, reviewer.id);
  await addSquadMember(request, squad.id, adopter.id);
  return { lead, reviewer, adopter, tribe, squad, squadName, chapter, chapterName };
}

/** Each person in a browser context of their own, signed in through the form. */
async function personPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test('a chapter lead drafts, takes review, publishes v1 and v2; a squad member records adoption and sees it outdated', async ({ browser, request }) => {
  test.setTimeout(150_000); // three people's pages and two publications
  const org = await standardsOrg(request);
  const title = unique('Every service has a health check ');

  // The lead drafts a standard.
  const lead = await personPage(browser, org.lead.email);
  await lead.goto('/standards');
  await lead.getByRole('link', { name: 'New standard' }).click();
  await expect(lead.getByRole('heading', { name: 'New standard', level: 1 })).toBeVisible();
  await lead.getByRole('button', { name: 'Save draft' }).click();
  await expect(lead.getByText('Give the standard a title.')).toBeVisible();
  await lead.getByLabel('Title').fill(title);
  await lead.getByLabel('Summary').fill('So the platform can tell when a service is down.');
  await lead.getByText('MUST', { exact: true }).click();
  await lead.getByLabel('Adopt by').fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
  await lead.getByRole('textbox', { name: /Text of the standard/ }).fill('## Health\n\nEvery service answers `GET /health` with 200 when it can serve.\n');
  await expect(lead.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'Health' })).toBeVisible();
  await lead.getByRole('button', { name: 'Save draft' }).click();
  await expect(lead.getByRole('heading', { name: title, exact: true, level: 1 })).toBeVisible();
  const slug = new URL(lead.url()).pathname.split('/').pop()!;
  await expect(lead.getByText('Draft', { exact: true })).toBeVisible();
  await expect(lead.getByText(/Squads of .* MUST follow it/)).toBeVisible();
  await expect(lead.getByText(/^(30|31) days left$/)).toBeVisible();
  await lead.getByRole('button', { name: 'Submit for review' }).click();
  await expect(lead.getByText('In review', { exact: true })).toBeVisible();

  // A member of the chapter comments on the review.
  const reviewer = await personPage(browser, org.reviewer.email);
  await reviewer.goto(`/standards/${slug}`);
  await expect(reviewer.getByRole('region', { name: 'Manage this standard' })).toHaveCount(0);
  await reviewer.getByLabel('Your review comment').fill('Say what the health check must cover: the database too?');
  await reviewer.getByRole('button', { name: 'Add comment' }).click();
  await expect(reviewer.getByRole('listitem', { name: /Comment by Rae/ })).toContainText('the database too?');
  await expectNoSeriousA11yViolations(reviewer);

  // The lead reads it and publishes version 1.
  await lead.reload();
  await expect(lead.getByRole('listitem', { name: /Comment by Rae/ })).toContainText('the database too?');
  await lead.getByRole('button', { name: 'Publish version 1…' }).click();
  await lead.getByLabel('Change note').fill('First version.');
  await lead.getByRole('button', { name: 'Publish version 1', exact: true }).click();
  await expect(lead.getByText(/Current: version 1\./)).toBeVisible();
  await expect(lead.getByText('Published', { exact: true })).toBeVisible();

  // A squad member records adoption from the matrix: the cell, then the status.
  const adopter = await personPage(browser, org.adopter.email);
  await adopter.goto(`/adoption?chapter=${org.chapter.slug}`);
  const cell = adopter.getByRole('button', { name: new RegExp(`${org.squadName.trim()}, ${title.trim()}: .*Not started`) });
  await cell.click();
  await adopter.getByRole('menuitem', { name: /Adopted \(version 1\)/ }).click();
  const adopted = adopter.getByRole('button', { name: new RegExp(`${org.squadName.trim()}, ${title.trim()}: .*Adopted v1`) });
  await expect(adopted).toBeVisible();
  await expect(adopted).not.toContainText('outdated');

  // The lead prepares version 2 and publishes it straight away.
  await lead.getByRole('link', { name: 'Draft version 2' }).click();
  await expect(lead.getByRole('heading', { name: `Edit ${title}`, level: 1 })).toBeVisible();
  await lead.getByRole('textbox', { name: /Text of the standard/ }).fill('## Health\n\nEvery service answers `GET /health` with 200 when it can serve.\n\nIt checks its database connection too.\n');
  await lead.getByRole('button', { name: 'Save draft' }).click();
  await expect(lead.getByRole('tab', { name: 'Draft of version 2' })).toBeVisible();
  await lead.getByRole('tab', { name: 'Changes in the draft' }).click();
  await expect(lead.getByRole('table', { name: 'Changes from version 1 to the draft' })).toContainText('It checks its database connection too.');
  await lead.getByRole('button', { name: 'Publish version 2…' }).click();
  await lead.getByLabel('Change note').fill('The database is part of health.');
  await lead.getByRole('button', { name: 'Publish version 2', exact: true }).click();
  await expect(lead.getByText(/Current: version 2\./)).toBeVisible();
  const versions = lead.getByRole('list', { name: 'Versions, newest first' });
  await expect(versions.getByRole('listitem')).toHaveCount(2);
  await expect(versions.getByRole('listitem').first()).toContainText('The database is part of health.');
  const diff = lead.getByRole('table', { name: 'Changes from version 1 to version 2' });
  await expect(diff).toContainText('added: It checks its database connection too.');
  await expect(lead.getByRole('list', { name: 'Adoption changes, newest first' })).toContainText(`${org.squadName.trim()} from not started to adopted (version 1), by Sam`);

  // The squad member sees their adoption is now of an older version.
  await adopter.reload();
  await expect(adopter.getByRole('button', { name: new RegExp(`${org.squadName.trim()}, ${title.trim()}: .*Adopted v1`) })).toContainText('outdated: v1 of v2');
  await adopter.goto(`/squads/${org.squad.slug}`);
  const applying = adopter.getByRole('list', { name: `Standards that apply to ${org.squadName.trim()}` });
  await expect(applying.getByRole('listitem').filter({ hasText: title.trim() })).toContainText('Outdated: v2 is current');
  await adopter.goto(`/chapters/${org.chapter.slug}`);
  await expect(adopter.getByRole('list', { name: `Standards of ${org.chapterName.trim()}` })).toContainText(title.trim());
});

test('two saves of the same draft: the second is shown both texts instead of losing either', async ({ browser, request }) => {
  const org = await standardsOrg(request);
  const lead = await personPage(browser, org.lead.email);
  const title = unique('Review every pull request ');
  const { createStandard } = await gql<{ createStandard: { slug: string } }>(
    lead.request,
    'mutation ($i: CreateStandardInput!) { createStandard(input: $i) { slug } }',
    { i: { chapterId: org.chapter.id, title, body: 'One approval.\n' } },
  );
  const other = await lead.context().newPage();
  await lead.goto(`/standards/${createStandard.slug}/edit`);
  await other.goto(`/standards/${createStandard.slug}/edit`);
  const body = (p: Page) => p.getByRole('textbox', { name: /Text of the standard/ });
  await expect(body(lead)).toHaveValue('One approval.\n');
  await expect(body(other)).toHaveValue('One approval.\n');

  await body(other).fill('Two approvals.\n');
  await other.getByRole('button', { name: 'Save draft' }).click();
  await expect(other.getByRole('heading', { name: title, exact: true, level: 1 })).toBeVisible();

  await body(lead).fill('One approval from the owning squad.\n');
  await lead.getByRole('button', { name: 'Save draft' }).click();
  const conflict = lead.getByRole('alert').filter({ hasText: 'Someone else saved this draft' });
  await expect(conflict.getByRole('region', { name: 'Their current text' })).toContainText('Two approvals.');
  await expect(conflict.getByRole('region', { name: 'Your text' })).toContainText('One approval from the owning squad.');
  await expect(body(lead)).toHaveValue('One approval from the owning squad.\n');
  await expectNoSeriousA11yViolations(lead);
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await lead.getByRole('button', { name: 'Save draft' }).click();
  await expect(lead.getByRole('heading', { name: title, exact: true, level: 1 })).toBeVisible();
  await expect(lead.getByRole('region', { name: 'Draft' })).toContainText('One approval from the owning squad.');
});

test('every standards page passes axe, names its controls and fits at 1280 and 375 px', async ({ browser, request }) => {
  test.setTimeout(240_000); // seven pages at two widths, each waited on until idle and scanned by axe
  const org = await standardsOrg(request);
  const lead = await personPage(browser, org.lead.email);
  const call = (query: string, variables: Record<string, unknown>) => gql(lead.request, query, variables);
  const { createStandard: s } = await call('mutation ($i: CreateStandardInput!) { createStandard(input: $i) { id slug } }', {
    i: { chapterId: org.chapter.id, title: unique('Structured logs '), level: 'SHOULD', body: '- JSON lines\n- a request id\n', adoptBy: new Date(Date.now() - 86_400_000).toISOString() },
  });
  await call('mutation ($id: ID!) { submitStandardForReview(id: $id) { id } }', { id: s.id });
  await call('mutation ($id: ID!) { publishStandard(id: $id, changeNote: "First.") { id } }', { id: s.id });
  await call('mutation ($i: SetAdoptionInput!) { setAdoption(input: $i) { status } }', { i: { standardId: s.id, squadId: org.squad.id, status: 'ADOPTED' } });
  const { standard } = await call('query ($slug: String!) { standard(slug: $slug) { revision } }', { slug: s.slug });
  const { updateStandardDraft } = await call('mutation ($id: ID!, $r: Int!) { updateStandardDraft(id: $id, expectedRevision: $r, input: { body: "- JSON lines\\n- a request id\\n- no secrets\\n" }) { revision } }', { id: s.id, r: standard.revision });
  expect(updateStandardDraft.revision).toBe(standard.revision + 1);
  await call('mutation ($id: ID!) { publishStandard(id: $id, changeNote: "No secrets.") { id } }', { id: s.id });

  for (const width of [1280, 375]) {
    await lead.setViewportSize({ width, height: 740 });
    for (const path of ['/standards', `/standards/${s.slug}`, `/adoption?chapter=${org.chapter.slug}`, `/squads/${org.squad.slug}`, `/chapters/${org.chapter.slug}`, '/new-standard', `/standards/${s.slug}/edit`]) {
      await lead.goto(path);
      await expect(lead.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAllControlsNamed(lead);
      await expectNoHorizontalScroll(lead);
      await expectNoSeriousA11yViolations(lead);
    }
  }
  // What the page showed: the outdated adoption (marked in words), overdue squads, and the diff.
  await lead.goto(`/adoption?chapter=${org.chapter.slug}`);
  await expect(lead.getByRole('button', { name: new RegExp(`${org.squadName.trim()}, .*Adopted v1`) })).toContainText('outdated: v1 of v2');
  await lead.goto(`/standards/${s.slug}`);
  await expect(lead.getByRole('table', { name: 'Changes from version 1 to version 2' })).toContainText('added: - no secrets');
  await expect(lead.getByText(/^overdue by 1 day$/)).toBeVisible();
});
