import { expect, test } from '@playwright/test';
import { DEMO_MEMBER, expectNoSeriousA11yViolations, signIn, signUpViaApi, unique } from './support/fixtures';

test('sign in as the demo member and edit the profile', async ({ page }) => {
  await signIn(page, DEMO_MEMBER.email);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your profile' }).click();
  await expect(page.getByRole('heading', { name: 'Your profile' })).toBeVisible();

  const bio = `Ask me about ${unique('queues-')}.`;
  await page.getByLabel('Display name').fill('');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Enter the name colleagues know you by.')).toBeVisible();

  await page.getByLabel('Display name').fill(DEMO_MEMBER.name);
  await page.getByLabel('Discipline').fill('Backend');
  await page.getByLabel('Bio').fill(bio);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Bio')).toHaveValue(bio);
  await page.getByRole('link', { name: 'View your public page' }).click();
  await expect(page.getByRole('heading', { name: DEMO_MEMBER.name, level: 1 })).toBeVisible();
  await expect(page.getByText(bio)).toBeVisible();
});

test('people directory: search, load more, open a person', async ({ page, request }) => {
  // 25 people of a made-up discipline: one more than a page.
  const discipline = unique('Zeta');
  for (let i = 0; i < 25; i++) {
    await signUpViaApi(request, { email: `${unique('p')}@example.com`, displayName: `Person ${String(i).padStart(2, '0')}`, discipline });
  }
  await signIn(page, DEMO_MEMBER.email);
  await page.goto('/people');
  await page.getByRole('searchbox', { name: 'Search people' }).fill(discipline);
  await expect(page.getByText(`25 people matching “${discipline}”`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`q=${discipline}`));
  const list = page.getByRole('list', { name: 'People' });
  await expect(list.getByRole('listitem')).toHaveCount(24);
  await page.getByRole('button', { name: 'Load more people' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(25);
  await expect(page.getByRole('button', { name: 'Load more people' })).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Search people' }).fill('nobody-is-called-this');
  await expect(page.getByRole('heading', { name: /No one matches/ })).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).click();

  await page.getByRole('searchbox', { name: 'Search people' }).fill('Max');
  await expect(page.getByText('1 person matching “Max”')).toBeVisible();
  await list.getByRole('link', { name: DEMO_MEMBER.name, exact: true }).click();
  await expect(page).toHaveURL(/\/people\/[\w-]+$/);
  await expect(page.getByRole('heading', { name: DEMO_MEMBER.name, level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto('/people/00000000-0000-0000-0000-000000000000');
  await expect(page.getByRole('heading', { name: 'Person not found' })).toBeVisible();
});
