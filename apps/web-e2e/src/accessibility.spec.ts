import { expect, test } from '@playwright/test';
import { DEMO_ADMIN, expectAllControlsNamed, expectNoHorizontalScroll, expectNoSeriousA11yViolations, gql, signIn, signUpViaApi, unique } from './support/fixtures';
import { createGuild } from './support/org';

const PAGES = ['/', '/people', '/profile', '/org', '/org/health', '/guilds', '/tags', '/search?q=testing', '/no-such-page'];

test('signed-out pages name every control', async ({ page }) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 740 });
    for (const path of ['/sign-in', '/sign-up']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAllControlsNamed(page);
      await expectNoSeriousA11yViolations(page);
    }
  }
});

test('every control has an accessible name on the signed-in pages', async ({ page }) => {
  test.setTimeout(90_000); // a dozen pages, each waited on until idle and scanned by axe
  await signIn(page, DEMO_ADMIN.email);
  for (const path of [...PAGES, '/admin/org', '/admin/import', '/admin/audit']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAllControlsNamed(page);
    await expectNoSeriousA11yViolations(page);
  }
});

test('at phone width the navigation folds behind a burger and pages fit', async ({ page, request }) => {
  test.setTimeout(90_000); // a dozen pages, each scanned by axe
  const email = `${unique('phone')}@example.com`;
  await signUpViaApi(request, { email, displayName: 'Pat Phone' });
  const guild = await createGuild(request, unique('Mobile guild '));
  const { createPost } = await gql<{ createPost: { id: string } }>(request, 'mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }', {
    i: { guildId: guild.id, kind: 'QUESTION', title: 'A rather long question title that has to wrap on a small phone screen', body: 'Code:\n\n```ts\nconst aVeryLongIdentifierThatWouldOverflowTheScreen = someFunction(withArguments, andMore, andEvenMoreArguments);\n```\n\n- [x] done\n- [ ] todo', tags: ['mobile'] },
  });
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, email);
  for (const path of [...PAGES, `/guilds/${guild.slug}`, `/posts/${createPost.id}`, `/guilds/${guild.slug}/new-post`, '/tags/mobile']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
  }
  await page.goto(`/posts/${createPost.id}`);
  await expectAllControlsNamed(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'People' })).not.toBeInViewport();
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await expect(nav.getByRole('link', { name: 'People' })).toBeInViewport();
  await nav.getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'People' })).not.toBeInViewport();
});
