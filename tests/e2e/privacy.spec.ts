import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';

/**
 * Nothing leaves the browser: a whole session — load, import a file, explore, trainer, embed, export —
 * while every request of the browser context is recorded. Any request that is not to the app's own
 * origin (or a data:/blob: URL the page made itself) fails the test. The Content Security Policy is
 * checked too, so that a future dependency that tries to phone home is stopped by the browser as well.
 */
const validFile = fileURLToPath(new URL('../fixtures/cohorts/explorer-valid.csv', import.meta.url));

test('a full session makes no request outside the app, and the page carries a CSP that forbids it', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });

  // Load: the map and the shipped synthetic cohort.
  await page.goto('/');
  const school = page.getByTestId('rf__node-school');
  await expect(school.locator('.missed-rate__count')).toHaveText('11 missed');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toMatch(/https?:/);

  // Import the user's own file.
  await page.getByTestId('cohort-file-input').setInputFiles(validFile);
  await expect(page.getByTestId('cohort-banner')).not.toContainText('Synthetic cohort');

  // Explore: a parameter, the time view, the table view.
  await page.getByRole('spinbutton', { name: /Response window/ }).fill('14');
  await page.getByRole('spinbutton', { name: /Response window/ }).press('Enter');
  await page.getByRole('button', { name: 'Time', exact: true }).click();
  await page.getByRole('button', { name: 'Table', exact: true }).click();

  // Export: the dialog draws the figure and makes every file.
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await page.getByRole('button', { name: 'Export figure' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export figure' });
  for (const name of [/^SVG/, /^PNG/, /^PDF/, /^CSV/]) {
    await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name }).click()]);
  }
  await page.keyboard.press('Escape');

  // Trainer: a case, a few steps.
  await page.goto('/#/trainer?case=C01');
  await expect(page.getByText('Synthetic case — invented for training')).toBeVisible();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');

  // Embed.
  await page.goto('/#/embed?W=28&H=365');
  await expect(page.getByRole('img').first()).toBeVisible();

  const outside = requests.filter((url) => {
    const u = new URL(url);
    return u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== origin;
  });
  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
});
