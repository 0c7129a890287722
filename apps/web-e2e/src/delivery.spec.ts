import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_MEMBER, gql, signIn } from './support/fixtures';

/** The most compressed JavaScript the first signed-in page may load (issue 13). */
const FIRST_PAGE_JS_BUDGET = 200 * 1024;

interface Loaded {
  url: string;
  type: string;
  status: number;
  encoding: string | undefined;
  vary: string | undefined;
  /** Body bytes as sent (compressed when encoded). */
  bodyBytes: number;
  /** Everything received for it, headers included (Chromium's encodedDataLength). */
  transferred: number;
}

/**
 * Loads `path` with the browser cache off and lists every response with what crossed the wire,
 * read from Chromium's own network events (Chromium sends its usual Accept-Encoding).
 */
async function loadCold(page: Page, path: string, ready: () => Promise<void>): Promise<Loaded[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = new Map<string, Omit<Loaded, 'transferred'>>();
  const loaded: Loaded[] = [];
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    const header = (name: string) => Object.entries(response.headers).find(([key]) => key.toLowerCase() === name)?.[1] as string | undefined;
    responses.set(requestId, {
      url: response.url,
      type,
      status: response.status,
      encoding: header('content-encoding'),
      vary: header('vary'),
      bodyBytes: Number(header('content-length') ?? NaN),
    });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = responses.get(requestId);
    if (response) loaded.push({ ...response, transferred: encodedDataLength });
  });
  await page.goto(path);
  await ready();
  await page.waitForLoadState('networkidle');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.detach();
  return loaded;
}

/** What the same files weigh for a client that takes gzip only. */
async function gzipBytes(request: APIRequestContext, urls: string[]): Promise<number> {
  let total = 0;
  for (const url of urls) {
    const res = await request.get(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers()['content-encoding'], url).toBe('gzip');
    total += Number(res.headers()['content-length']);
  }
  return total;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test('the signed-in feed loads at most 200 KB of compressed JavaScript, every file compressed', async ({ page, request }) => {
  await signIn(page, DEMO_MEMBER.email);
  const loaded = await loadCold(page, '/', async () => {
    await expect(page.getByRole('heading', { name: 'Your feed', level: 1 })).toBeVisible();
    await expect(page.getByText(/Loading/)).toHaveCount(0);
  });

  const scripts = loaded.filter((r) => r.type === 'Script');
  const styles = loaded.filter((r) => r.type === 'Stylesheet');
  const document = loaded.find((r) => r.type === 'Document');
  expect(scripts.length).toBeGreaterThan(1); // the app and its vendor chunks, at least
  expect(styles.length).toBeGreaterThan(0);
  for (const file of [document!, ...scripts, ...styles]) {
    expect(file.status, file.url).toBe(200);
    expect(['br', 'gzip'], `${file.url} is sent compressed`).toContain(file.encoding);
    expect(file.vary, file.url).toMatch(/accept-encoding/i);
  }

  const sent = scripts.reduce((sum, r) => sum + r.bodyBytes, 0);
  const transferred = scripts.reduce((sum, r) => sum + r.transferred, 0);
  const gzip = await gzipBytes(request, scripts.map((r) => r.url));
  const css = styles.reduce((sum, r) => sum + r.bodyBytes, 0);
  console.log(
    `First signed-in page (/): ${scripts.length} JavaScript files, ${kb(sent)} as sent (${scripts.map((r) => r.encoding).join(', ')}; ` +
      `${kb(transferred)} with headers), ${kb(gzip)} gzipped; CSS ${kb(css)} as sent.\n` +
      scripts.map((r) => `  ${kb(r.bodyBytes).padStart(9)} ${r.encoding} ${new URL(r.url).pathname}`).join('\n'),
  );
  expect(sent).toBeLessThanOrEqual(FIRST_PAGE_JS_BUDGET);
  expect(gzip).toBeLessThanOrEqual(FIRST_PAGE_JS_BUDGET);
});

test('pages load their own code when first visited, not before', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => response.request().resourceType() === 'script' && scripts.push(new URL(response.url()).pathname));
  await signIn(page, DEMO_MEMBER.email);
  await expect(page.getByRole('heading', { name: 'Your feed', level: 1 })).toBeVisible();
  const orgChartCode = (path: string) => /\/assets\/org-chart-[\w-]+\.js$/.test(path);
  expect(scripts.some(orgChartCode), `the feed loaded ${scripts.join(', ')}`).toBe(false);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Org chart' }).click();
  // The feed's own heading stays until the org chart's code has loaded: wait for the new page's.
  await expect(page.getByRole('heading', { name: 'Org chart', level: 1 })).toBeVisible();
  await expect.poll(() => scripts.some(orgChartCode), { message: scripts.join(', ') }).toBe(true);
});

test('no source map is served, and the code names none', async ({ page, request }) => {
  const scripts: string[] = [];
  page.on('response', (response) => response.request().resourceType() === 'script' && scripts.push(response.url()));
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(scripts.length).toBeGreaterThan(0);
  for (const url of scripts) {
    const map = await request.get(`${url}.map`);
    expect(map.status(), `${url}.map`).toBe(404);
    expect(await (await request.get(url)).text()).not.toContain('sourceMappingURL');
  }
  // Not at the root either, where client-side routes fall back to the page.
  expect((await request.get('/index.js.map')).status()).toBe(404);
  // A person following a link that happens to end in .map still gets the app.
  const page404 = await request.get('/tags/site.map', { headers: { accept: 'text/html' } });
  expect(page404.status()).toBe(200);
  expect(await page404.text()).toContain('<div id="root">');
});

test('GraphQL answers of 1 KB and more are compressed as the client allows; small ones are not', async ({ request }) => {
  await gql(request, 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }', {
    input: { email: DEMO_MEMBER.email, password: 'guildhall-demo' },
  });
  const feed = '{ feed(first: 20) { edges { node { id title body author { displayName } guild { name } } } } }';
  const post = (encoding: string, query: string) =>
    request.post('/graphql', { data: { query }, headers: { 'content-type': 'application/json', 'accept-encoding': encoding } });

  for (const encoding of ['gzip', 'br']) {
    const res = await post(encoding, feed);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-encoding']).toBe(encoding);
    expect(res.headers()['vary']).toMatch(/accept-encoding/i);
    const body = await res.json();
    expect(body.data.feed.edges.length).toBeGreaterThan(0);
  }
  const plain = await post('identity', feed);
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(JSON.stringify(await plain.json()).length).toBeGreaterThan(1024);

  const small = await post('gzip', '{ __typename }');
  expect(small.headers()['content-encoding']).toBeUndefined();
  expect(await small.json()).toEqual({ data: { __typename: 'Query' } });
});
