import { expect, test } from '@playwright/test';
import { DEMO_MEMBER, DEMO_PASSWORD, signIn, unique } from './support/fixtures';

test('sign up, stay signed in across a reload, sign out', async ({ page }) => {
  const name = unique('Nia ');
  const email = `${unique('nia')}@example.com`;
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByRole('link', { name: 'Create an account' }).click();

  // Client-side validation explains the password rule before anything is sent.
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();

  await page.getByLabel(/^Password/).fill('a-long-enough-password');
  await page.getByLabel('Discipline').fill('Data');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText(`Welcome, ${name}.`)).toBeVisible();

  await page.reload();
  await expect(page.getByText(`Welcome, ${name}.`)).toBeVisible();
  // No token is kept where scripts can read it; the session is an httpOnly cookie.
  const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
  expect(stored).toBe(0);
  const cookie = (await page.context().cookies()).find((c) => c.name === 'gh_session');
  expect(cookie?.httpOnly).toBe(true);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/people');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fpeople$/);
});

test('signing up twice with one email says so next to the form', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Display name').fill('Copy Cat');
  await page.getByLabel('Email').fill(DEMO_MEMBER.email);
  await page.getByLabel(/^Password/).fill('a-long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /already|exists|use/i })).toBeVisible();
});

test('a wrong password shows an error; signing in returns to the page asked for', async ({ page }) => {
  await page.goto('/people');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fpeople$/);
  await page.getByLabel('Email').fill(DEMO_MEMBER.email);
  await page.getByLabel(/^Password/).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
});

test('unknown addresses show a 404 page with a way back', async ({ page }) => {
  await signIn(page, DEMO_MEMBER.email);
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the page is revalidated on every visit, built files are cached for good, and a missing one is a 404', async ({ page, request }) => {
  const scripts: string[] = [];
  page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(r.url()));
  await signIn(page, DEMO_MEMBER.email);
  const home = await request.get('/');
  expect(home.headers()['cache-control']).toBe('no-cache');
  expect((await request.get('/index.html')).headers()['cache-control']).toBe('no-cache');
  const built = scripts.find((url) => new URL(url).pathname.startsWith('/assets/'));
  expect(built).toBeDefined();
  expect((await request.get(built!)).headers()['cache-control']).toContain('immutable');
  // A chunk of an earlier build, asked for by a page opened before a deploy.
  const stale = await request.get('/assets/index-0ld8u1ld.js');
  expect(stale.status()).toBe(404);
  expect(stale.headers()['content-type']).not.toContain('text/html');
});

test('when the session ends mid-visit, the next request leads to sign-in and back', async ({ page, context }) => {
  await signIn(page, DEMO_MEMBER.email);
  await context.clearCookies();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fpeople$/);
  await page.getByLabel('Email').fill(DEMO_MEMBER.email);
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
});
