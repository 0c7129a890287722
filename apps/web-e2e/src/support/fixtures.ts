import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'guildhall-demo';
export const DEMO_MEMBER = { email: 'member@guildhall.demo', name: 'Max Member' };
export const DEMO_ADMIN = { email: 'admin@guildhall.demo', name: 'Ada Admin' };

export function unique(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Signs in through the form, the way a person does, and waits for the signed-in shell. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, path = '/sign-in') {
  await page.goto(path);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeAttached();
}

/** Calls the API directly (for setting up data quickly); the request context keeps its own cookies. */
export async function gql<T = any>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

export async function signUpViaApi(request: APIRequestContext, input: { email: string; displayName: string; discipline?: string; password?: string }) {
  return gql<{ signUp: { user: { id: string } } }>(
    request,
    'mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }',
    { input: { password: DEMO_PASSWORD, ...input } },
  );
}

/** Every control of these roles has an accessible name (label, text or aria-label). */
export async function expectAllControlsNamed(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.getByText(/Loading/)).toHaveCount(0);
  for (const role of ['button', 'link', 'textbox', 'searchbox', 'checkbox', 'combobox', 'radio', 'switch', 'tab'] as const) {
    const all = page.getByRole(role);
    const total = await all.count();
    for (let i = 0; i < total; i++) {
      await expect(all.nth(i), `${role} #${i} on ${page.url()} needs a name`).toHaveAccessibleName(/\S/, { timeout: 1000 });
    }
  }
}

/** The page fits the viewport width: nothing scrolls sideways. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * axe-core finds no serious or critical WCAG 2.1 A/AA violation on the page as it is now.
 * Minor and moderate findings are left to review; these two levels block people. The check is soft:
 * the test still fails, but walks on, so one run lists every page's violations.
 */
export async function expectNoSeriousA11yViolations(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.getByText(/Loading/)).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = blocking.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ')})` : ''}`).join('\n')}`);
  expect.soft(report, `axe on ${page.url()} (${page.viewportSize()?.width}px):\n${report.join('\n')}`).toEqual([]);
}
