import { expect, test } from '@playwright/test';
import { DEMO_ADMIN, DEMO_MEMBER, expectAllControlsNamed, expectNoSeriousA11yViolations, signIn, signUpViaApi, unique } from './support/fixtures';
import { addChapterMember, addSquadMember, asAdmin, createChapter, createGuild, createSquad, createTribe, userId } from './support/org';

test('a newcomer goes from the org chart to a squad and its chapter, then joins a guild', async ({ page, request }) => {
  test.setTimeout(60_000); // five pages; the squad page loads its Team API too (33 s once on a loaded machine)
  await asAdmin(request);
  const tribeName = unique('Payments ');
  const tribe = await createTribe(request, tribeName);
  const squad = await createSquad(request, tribe.id, unique('Checkout '));
  const chapterName = unique('Backend chapter ');
  const chapter = await createChapter(request, tribe.id, chapterName, 'Backend');
  const memberId = await userId(request, DEMO_MEMBER.email);
  await addSquadMember(request, squad.id, memberId);
  await addChapterMember(request, chapter.id, memberId);
  const guildName = unique('Testing guild ');
  await createGuild(request, guildName, 'Everything about tests');

  // The newcomer signs up and explores.
  const email = `${unique('new')}@example.com`;
  await signUpViaApi(request, { email, displayName: 'Nora Newcomer' });
  await signIn(page, email);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Org chart' }).click();
  await expect(page.getByRole('heading', { name: 'Org chart', level: 1 })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Filter tribes, squads and chapters' }).fill(tribeName);
  const tribeSection = page.getByRole('region', { name: tribeName });
  await expect(tribeSection).toBeVisible();
  await expect(tribeSection.getByText('Trio incomplete').or(tribeSection.getByText('Incomplete')).first()).toBeVisible();
  await expectAllControlsNamed(page);

  await tribeSection.getByRole('link', { name: /Checkout/ }).click();
  await expect(page).toHaveURL(new RegExp(`/squads/${squad.slug}$`));
  await expect(page.getByRole('table')).toContainText(DEMO_MEMBER.name);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('table').getByRole('link', { name: chapterName }).click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${chapter.slug}$`));
  await expect(page.getByRole('heading', { name: chapterName, level: 1 })).toBeVisible();
  await expect(page.getByText('Backend · 1 member')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guilds' }).click();
  await page.getByRole('searchbox', { name: 'Search guilds' }).fill(guildName);
  await page.getByRole('link', { name: guildName }).click();
  await expect(page.getByRole('heading', { name: guildName, level: 1 })).toBeVisible();
  await expect(page.getByText('2 members')).toHaveCount(0);
  await page.getByRole('button', { name: `Join ${guildName}` }).click();
  await expect(page.getByText(/2 members · you are a member/)).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Guild people' }).getByRole('link', { name: 'Nora Newcomer' })).toBeVisible();
  await page.getByRole('button', { name: 'Volunteer as coordinator' }).click();
  await expect(page.getByText(/you are a member and a coordinator/)).toBeVisible();
});

test('an admin moves a person between squads after seeing what changes', async ({ page, request }) => {
  await asAdmin(request);
  const tribeA = await createTribe(request, unique('Tribe A '));
  const tribeB = await createTribe(request, unique('Tribe B '));
  const from = await createSquad(request, tribeA.id, unique('Alpha '));
  const toName = unique('Bravo ');
  await createSquad(request, tribeB.id, toName);
  const chapterName = unique('iOS ');
  const chapter = await createChapter(request, tribeA.id, chapterName, 'iOS');
  const personName = unique('Mover ');
  const email = `${unique('mover')}@example.com`;
  const { signUp } = await signUpViaApi(request, { email, displayName: personName, discipline: 'iOS' });
  await asAdmin(request);
  await addSquadMember(request, from.id, signUp.user.id);
  await addChapterMember(request, chapter.id, signUp.user.id);

  await signIn(page, DEMO_ADMIN.email);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Manage structure' }).click();
  await expect(page.getByRole('heading', { name: 'Manage structure', level: 1 })).toBeVisible();
  const section = page.getByRole('region', { name: 'Move a person to a squad' });
  await section.getByRole('combobox', { name: 'Person to move' }).fill(personName);
  await page.getByRole('option', { name: new RegExp(personName) }).click();
  await expect(section.getByText(`${personName} is now in`)).toContainText('Alpha');
  await section.getByRole('combobox', { name: 'Destination squad' }).fill(toName);
  await page.getByRole('option', { name: new RegExp(toName) }).click();
  await section.getByRole('button', { name: 'Review move' }).click();

  const dialog = page.getByRole('dialog', { name: 'Confirm the move' });
  await expect(dialog).toContainText(`${personName} leaves Alpha`);
  await expect(dialog).toContainText(`They leave the ${chapterName} chapter, because it belongs to tribe`);
  await dialog.getByRole('button', { name: `Move ${personName}` }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole('status')).toContainText(`now works in ${toName}`);

  const roles = page.getByRole('region', { name: 'Squad product owner and agile coach' });
  await roles.getByRole('combobox', { name: 'Squad' }).fill(toName);
  await page.getByRole('option', { name: toName.trim() }).click();
  await roles.getByRole('combobox', { name: 'Product owner' }).fill(personName);
  await page.getByRole('option', { name: new RegExp(personName) }).click();
  await roles.getByRole('button', { name: 'Save squad roles' }).click();
  await expect(roles.getByRole('status')).toContainText(`product owner ${personName}`);

  await page.goto(`/squads/${from.slug}`);
  await expect(page.getByText('No members yet.')).toBeVisible();
  await page.goto(`/chapters/${chapter.slug}`);
  await expect(page.getByText('No members yet.')).toBeVisible();
});

test('org health lists warnings and the import page previews before importing', async ({ page, request }) => {
  await asAdmin(request);
  const tribeName = unique('Lonely ');
  await createTribe(request, tribeName);
  await signIn(page, DEMO_ADMIN.email);
  await page.goto('/org/health');
  const trio = page.getByRole('region', { name: 'Trio incomplete' });
  await expect(trio.getByRole('link', { name: tribeName })).toBeVisible();

  await page.goto('/admin/import');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  const groupName = unique('imported-tribe-');
  await page.getByLabel('Catalog YAML').fill(
    `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: ${groupName}\nspec:\n  type: tribe\n  profile:\n    displayName: Imported ${groupName}\n  children: []\n`,
  );
  await page.getByRole('button', { name: 'Preview (dry run)' }).click();
  await expect(page.getByRole('heading', { name: 'Preview: nothing has changed yet' })).toBeVisible();
  await expect(page.getByText(/Would create 1,/)).toBeVisible();
  // A small file finishes at once: the progress bar shows how the import ended.
  const progress = page.getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
  await expect(progress).toHaveAttribute('aria-valuetext', 'Finished: 1 of 1');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(page.getByText(/^Created 1,/)).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
  await expect(page.getByText('Finished', { exact: true })).toBeVisible();
});

test("an admin creates a tribe and a squad in it; each form shows its own and the server's refusals next to the field", async ({ page }) => {
  await signIn(page, DEMO_ADMIN.email);
  await page.goto('/admin/org');
  const tribeForm = page.getByRole('form', { name: 'Create a tribe' });
  const tribeName = tribeForm.getByRole('textbox', { name: /^Tribe name/ });
  await tribeForm.getByRole('button', { name: 'Create tribe' }).click();
  await expect(tribeForm.getByText('Give the tribe a name.')).toBeVisible();
  // Only the server knows the length limit here: its BAD_USER_INPUT names the field.
  await tribeName.fill('x'.repeat(81));
  await tribeForm.getByRole('button', { name: 'Create tribe' }).click();
  await expect(tribeForm.getByText('Keep the name to 80 characters or fewer.')).toBeVisible();
  await expect(tribeName).toHaveAttribute('aria-invalid', 'true');

  const tribe = unique('Tribe C ');
  await tribeName.fill(tribe);
  await tribeForm.getByRole('button', { name: 'Create tribe' }).click();
  await expect(tribeForm.getByRole('status')).toHaveText(`Created tribe ${tribe}.`);
  await expect(tribeForm.getByText('Keep the name to 80 characters or fewer.')).toHaveCount(0);
  await expect(tribeName).toHaveValue('');

  const squadForm = page.getByRole('form', { name: 'Create a squad' });
  const squad = unique('Charlie ');
  await squadForm.getByRole('textbox', { name: /^Squad name/ }).fill(squad);
  await squadForm.getByRole('button', { name: 'Create squad' }).click();
  await expect(squadForm.getByText('Choose the tribe the squad belongs to.')).toBeVisible();
  await squadForm.getByRole('combobox', { name: 'Tribe of the squad' }).fill(tribe);
  await page.getByRole('option', { name: tribe }).click();
  await squadForm.getByRole('button', { name: 'Create squad' }).click();
  await expect(squadForm.getByRole('status')).toHaveText(`Created squad ${squad}.`);
  await expect(squadForm.getByText('Choose the tribe the squad belongs to.')).toHaveCount(0);
  await squadForm.getByRole('link', { name: squad }).click();
  await expect(page.getByRole('heading', { name: squad, level: 1 })).toBeVisible();
});
