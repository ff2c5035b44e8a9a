import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from './axe.ts';

interface PathwayFile {
  title: string;
  services: { id: string; label: string }[];
}
const pathway = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../pathway-data/coventry/pathway.json', import.meta.url)), 'utf8'),
) as PathwayFile;

test('the Coventry map: every service drawn, keyboard selection, no accessibility violations, no outside requests', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) outside.push(request.url());
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pathway.title);

  // Every service of the pathway is drawn, as a node named with its label.
  for (const s of pathway.services) {
    await expect(page.getByTestId(`rf__node-${s.id}`)).toBeVisible();
    await expect(page.getByTestId(`rf__node-${s.id}`)).toHaveAttribute(
      'aria-label',
      new RegExp(`^${escape(s.label)} — `),
    );
  }

  // Tab to the first service node, press Enter: it is selected and the panel shows its details.
  let focused: string | null = null;
  for (let i = 0; i < 30 && focused === null; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
    if (focused?.startsWith('lane:')) focused = null;
  }
  expect(focused).toBe('school');
  // Its name says what the node shows: label, lane, badge, and (with the shipped cohort loaded) its numbers.
  await expect(page.locator(':focus')).toHaveAttribute(
    'aria-label',
    /^School — Universal \(community\) — early intervention( — |$)/,
  );
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('service-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('School');
  await expect(panel.getByText('Education', { exact: true })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'What needs to happen' })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Routes out' }).getByRole('button')).toHaveCount(6);
  await expect(page.getByTestId('rf__node-school')).toHaveClass(/selected/);
  // The URL reproduces the view.
  await expect(page).toHaveURL(/#service=school$/);

  // Enter took the keyboard to the details; Escape brings it back to the service.
  await expect(page.locator(':focus')).toHaveAttribute('id', 'panel-title');
  await page.keyboard.press('Escape');
  await expect(page.locator(':focus')).toHaveAttribute('data-id', 'school');
  await expect(page.getByTestId('rf__node-school')).toHaveClass(/selected/);
  // Tab on to the next service, Space selects it too.
  await page.keyboard.press('Tab');
  await page.keyboard.press(' ');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('School nurse');

  await expectNoAxeViolations(page);

  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/map.png' });

  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('a link with a service opens with that service selected', async ({ page }) => {
  await page.goto('/#service=acute_liaison');
  const panel = page.getByTestId('service-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('CAMHS acute liaison team');
  await expect(panel.getByText('Assessed within 48 hours of referral')).toBeVisible();
  await panel
    .getByRole('region', { name: 'Routes out' })
    .getByRole('button', { name: /^Ward 14/ })
    .click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/^Ward 14/);
  await expect(page).toHaveURL(/#service=ward14$/);
  await expect(page.getByTestId('rf__node-ward14')).toHaveClass(/selected/);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
