import { expect, test, type Page } from '@playwright/test';
import { DEMO_MEMBER, DEMO_PASSWORD, expectNoSeriousA11yViolations, gql, signIn, signUpViaApi, unique } from './support/fixtures';
import { createGuild } from './support/org';

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

test('script in a post never runs: raw HTML, event handlers and javascript: links are neutralised', async ({ page, request }) => {
  const email = `${unique('xss')}@example.com`;
  await signUpViaApi(request, { email, displayName: 'Mallory Markdown' });
  const guild = await createGuild(request, unique('Security guild '));
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // The sanitiser must do the work on its own: the Content Security Policy behind it should
  // never have to refuse anything on these pages.
  const policyViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) policyViolations.push(m.text());
  });

  await signIn(page, email);
  await page.goto(`/guilds/${guild.slug}/new-post`);
  await page.getByLabel(/^Title/).fill('Payloads');
  const body = [
    'Hello **world**',
    '<script>window.__xss = 1; alert(1)</script>',
    '<img src="x" onerror="window.__xss = 2; alert(2)">',
    '[click me](javascript:window.__xss=3;alert(3))',
    '<iframe src="javascript:alert(4)"></iframe>',
    '<a href="#" onclick="window.__xss=5">inline</a>',
    '<svg onload="window.__xss=7"><circle r="1"/></svg>',
    '[mixed case](JaVaScRiPt:window.__xss=8)',
    '![image](javascript:window.__xss=9)',
    '```js\nconst safe = "<script>alert(6)</script>";\n```',
  ].join('\n\n');
  await page.getByLabel(/^Body/).fill(body);
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByLabel('Preview').getByText('world')).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('heading', { name: 'Payloads', level: 1 })).toBeVisible();

  const article = page.locator('.gh-markdown').first();
  await expect(article.locator('strong')).toHaveText('world');
  await expect(article.locator('script, iframe, svg, [onerror], [onclick], [onload]')).toHaveCount(0);
  const hrefs = await article.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.some((h) => h.toLowerCase().startsWith('javascript:'))).toBe(false);
  const srcs = await article.locator('img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src') ?? ''));
  expect(srcs.some((s) => s.toLowerCase().startsWith('javascript:'))).toBe(false);
  const link = article.getByText('click me');
  if (await link.count()) await link.click();
  await expect(article.locator('code')).toContainText('alert(6)');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Payloads', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(policyViolations).toEqual([]);
  const csp = (await page.request.get('/')).headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self'");
});

test('ask a question, another member answers, the asker accepts, search finds it', async ({ page, request }) => {
  const askerEmail = `${unique('asker')}@example.com`;
  await signUpViaApi(request, { email: askerEmail, displayName: 'Quinn Question' });
  const guildName = unique('Kotlin guild ');
  const guild = await createGuild(request, guildName);
  // The demo member joins the guild so they may answer.
  await gql(request, 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }', { input: { email: DEMO_MEMBER.email, password: DEMO_PASSWORD } });
  await gql(request, 'mutation ($g: ID!) { joinGuild(guildId: $g) { id } }', { g: guild.id });

  const word = unique('coroutines');
  await signIn(page, askerEmail);
  await page.goto(`/guilds/${guild.slug}`);
  await page.getByRole('link', { name: 'New post' }).click();
  await page.locator('label', { hasText: /^Question$/ }).click();
  await expect(page.getByRole('radio', { name: 'Question' })).toBeChecked();
  await page.getByLabel(/^Title/).fill(`How do I test ${word}?`);
  await page.getByRole('combobox', { name: 'Tags' }).fill('kotlin');
  await page.keyboard.press('Enter');
  await page.getByLabel(/^Body/).fill('I need to test `suspend` functions.');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('heading', { name: `How do I test ${word}?`, level: 1 })).toBeVisible();
  await expect(page.getByText('Question', { exact: true })).toBeVisible();
  const postUrl = page.url();
  await signOut(page);

  await signIn(page, DEMO_MEMBER.email);
  await page.goto(postUrl);
  await page.getByRole('textbox', { name: 'Your answer' }).fill('Use `runTest` from kotlinx-coroutines-test.');
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByRole('listitem', { name: `Comment by ${DEMO_MEMBER.name}` })).toContainText('runTest');
  await page.getByRole('button', { name: /^Upvote/ }).click();
  await expect(page.getByRole('button', { name: 'Upvote · 1' })).toHaveAttribute('aria-pressed', 'true');
  await signOut(page);

  await signIn(page, askerEmail);
  await page.goto(postUrl);
  await page.getByRole('button', { name: 'Accept this answer' }).click();
  await expect(page.getByRole('listitem', { name: `Accepted answer by ${DEMO_MEMBER.name}` })).toBeVisible();
  await expect(page.getByText('Answered', { exact: true })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search Guildhall' }).fill(word);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}`));
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link', { name: `How do I test ${word}?` })).toBeVisible();
  await expect(results.locator('mark').first()).toBeVisible();
  await results.getByRole('link', { name: `How do I test ${word}?` }).click();
  await expect(page).toHaveURL(postUrl);

  await page.goto('/tags/kotlin');
  await expect(page.getByRole('list', { name: 'Posts tagged kotlin' }).getByRole('link', { name: `How do I test ${word}?` })).toBeVisible();

  // The guild page lists it under Questions, and the tag filter keeps it.
  await page.goto(`/guilds/${guild.slug}?kind=question&tag=kotlin`);
  await expect(page.getByRole('list', { name: `Posts in ${guildName}` }).getByRole('link', { name: `How do I test ${word}?` })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Only questions without an accepted answer' }).click();
  await expect(page.getByRole('checkbox', { name: 'Only questions without an accepted answer' })).toBeChecked();
  await expect(page).toHaveURL(/unanswered=true/);
  await expect(page.getByRole('heading', { name: 'Every question here has an accepted answer' })).toBeVisible();
});

test('a page opened before a deploy loads the new build when its code chunk is gone', async ({ page, request }) => {
  const email = `${unique('stale')}@example.com`;
  await signUpViaApi(request, { email, displayName: 'Sol Stale' });
  const guild = await createGuild(request, unique('Deploy guild '));
  const { createPost } = await gql<{ createPost: { id: string } }>(request, 'mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }', {
    i: { guildId: guild.id, kind: 'ARTICLE', title: 'Chunks after a deploy', body: 'Rendered **after** the reload', tags: [] },
  });
  // During the first visit of the post, the Markdown chunk is gone, as after a deploy.
  let postLoads = 0;
  page.on('request', (r) => r.isNavigationRequest() && r.url().includes(`/posts/${createPost.id}`) && postLoads++);
  await page.route(/\/assets\/markdown-renderer-[^/]+\.js$/, (route) => (postLoads < 2 ? route.fulfill({ status: 404, body: 'Not Found' }) : route.continue()));
  await signIn(page, email);
  await page.goto(`/posts/${createPost.id}`);
  await expect(page.locator('.gh-markdown strong')).toHaveText('after');
  expect(postLoads).toBe(2);
  await expect(page.getByText('This page failed to load')).toHaveCount(0);
});

test('the author edits a post: the editor opens with what was written, refuses an empty title next to it, and saves', async ({ page, request }) => {
  const email = `${unique('editor')}@example.com`;
  await signUpViaApi(request, { email, displayName: 'Eda Editor' });
  const guild = await createGuild(request, unique('Editing guild '));
  const { createPost } = await gql<{ createPost: { id: string } }>(request, 'mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }', {
    i: { guildId: guild.id, kind: 'ARTICLE', title: 'First draft', body: 'Some **body**', tags: ['drafts'] },
  });
  await signIn(page, email);
  await page.goto(`/posts/${createPost.id}`);
  await page.getByRole('link', { name: 'Edit post' }).click();
  await expect(page.getByRole('heading', { name: 'Edit post', level: 1 })).toBeVisible();
  const title = page.getByRole('textbox', { name: /^Title/ });
  await expect(title).toHaveValue('First draft');
  await expect(page.getByRole('textbox', { name: /^Body/ })).toHaveValue('Some **body**');
  await expect(page.getByText('drafts', { exact: true })).toBeVisible();

  await title.fill('  ');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Give the post a title.')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/posts/${createPost.id}/edit$`));

  await title.fill('Second draft');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/posts/${createPost.id}$`));
  await expect(page.getByRole('heading', { name: 'Second draft', level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
