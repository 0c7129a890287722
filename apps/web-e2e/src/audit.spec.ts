import { expect, test } from '@playwright/test';
import { DEMO_ADMIN, DEMO_MEMBER, expectAllControlsNamed, expectNoHorizontalScroll, signIn, unique } from './support/fixtures';
import { asAdmin, createTribe } from './support/org';

test('an admin reads the audit log, filters it by action, and a member cannot', async ({ page, request }) => {
  await asAdmin(request);
  const tribeName = unique('Audited tribe ');
  await createTribe(request, tribeName);

  await signIn(page, DEMO_ADMIN.email);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Privileged actions, newest first' });
  const row = table.getByRole('row').filter({ hasText: tribeName });
  await expect(row).toContainText('Tribe created');
  await expect(row).toContainText(DEMO_ADMIN.name);
  await expect(row).toContainText(`name: ${tribeName}`);
  await expectAllControlsNamed(page);

  // Filtering by another action hides the tribe; the filter is in the shareable URL.
  await page.getByRole('combobox', { name: 'Action' }).click();
  await page.getByRole('option', { name: 'Role changed' }).click();
  await expect(page).toHaveURL(/action=user\.role\.changed/);
  await expect(page.getByText(tribeName)).toHaveCount(0);
  await page.goto('/admin/audit?action=tribe.created');
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: tribeName })).toHaveCount(1);

  // At phone width the page fits.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  await expect(page.getByRole('table')).toContainText(tribeName);
  await expectNoHorizontalScroll(page);
});

test('a member sees that the audit log is for admins only', async ({ page }) => {
  await signIn(page, DEMO_MEMBER.email);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await page.goto('/admin/audit');
  await expect(page.getByRole('alert')).toContainText('Only admins can read the audit log.');
  await expect(page.getByRole('table')).toHaveCount(0);
});
