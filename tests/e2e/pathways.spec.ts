import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from './axe.ts';

/**
 * Pathways in the app (issue 10, point 5) and W and H in hours (point 6): the picker over the bundled
 * pathways, "Open pathway file" (button and drop) with the problems panel for a broken file, and the link
 * naming the pathway and W in hours. Keyboard only where a user acts; axe on each state.
 */

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const otherPathway = fixture('cohorts/pathway.json');
const brokenPathway = fixture('hostile/pathway-route-to-unknown-service.json');

mkdirSync('test-results/screenshots', { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png` });

const node = (page: Page, id: string) => page.getByTestId(`rf__node-${id}`);
const title = (page: Page) => page.getByRole('heading', { level: 1 });

/** Drops a file on the page as a user would drag it from the desktop. */
async function dropFile(page: Page, path: string, name: string): Promise<void> {
  const text = readFileSync(path, 'utf8');
  const transfer = await page.evaluateHandle(
    ([t, n]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'application/json' }));
      return dt;
    },
    [text, name] as const,
  );
  const target = page.locator('.drop-zone').first();
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

test('a pathway file opened from the keyboard is shown and named in the link; a broken one is listed and nothing is lost', async ({
  page,
}) => {
  await page.goto('/');
  await expect(node(page, 'school')).toHaveAttribute('aria-label', /journeys?/);
  const picker = page.getByRole('combobox', { name: 'Pathway' });
  await expect(picker).toHaveValue('coventry');
  await expectNoAxeViolations(page);

  // A broken pathway file: its problems, with the field, and the Coventry map stays.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open pathway file' }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(brokenPathway);
  const panel = page.getByTestId('problems-panel');
  await expect(panel).toContainText('pathway-route-to-unknown-service.json was not opened');
  await expect(panel).toContainText('Nothing was lost: the map still shows “Coventry');
  await expect(panel.getByRole('heading')).toBeFocused();
  await expect(title(page)).toContainText('Coventry');
  await expectNoAxeViolations(page);
  await shot(page, 'pathway-file-refused');
  await panel.getByRole('button', { name: 'Close' }).press('Enter');

  // A valid one, dropped on the page: its map, no cohort, the link names it.
  await dropFile(page, otherPathway, 'pathway.json');
  await expect(title(page)).toHaveText('Testville pathway (cohort import tests)');
  await expect(page).toHaveURL(/#pathway=testville$/);
  await expect(page.getByTestId('cohort-banner')).toContainText('No cohort loaded');
  await expect(picker).toHaveValue(/opened/);
  await expect(picker.locator('option:checked')).toHaveText(
    'Testville pathway (cohort import tests) (opened file)',
  );
  await expectNoAxeViolations(page);
  await shot(page, 'pathway-file-opened');

  // Back to the bundled pathway from the keyboard: its map and shipped cohort again.
  await picker.focus();
  await page.keyboard.press('ArrowUp');
  await expect(title(page)).toContainText('Coventry');
  await expect(node(page, 'school')).toHaveAttribute('aria-label', /journeys?/);
  await expect(page).not.toHaveURL(/pathway=/);
});

test('a link naming a pathway the app does not bundle says so and offers the picker', async ({ page }) => {
  await page.goto('/#pathway=nowhere');
  await expect(page.getByRole('heading', { name: 'The pathway could not be loaded' })).toBeVisible();
  await expect(page.getByText(/no pathway "nowhere" is bundled; available: coventry/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('combobox', { name: 'Pathway' }).selectOption('coventry');
  await expect(node(page, 'school')).toHaveAttribute('aria-label', /journeys?/);
});

test('W in hours: chosen from the keyboard, named in the link, kept on reload', async ({ page }) => {
  await page.goto('/');
  await expect(node(page, 'school')).toHaveAttribute('aria-label', /journeys?/);
  const unit = page.getByRole('combobox', { name: 'Response window: unit' });
  await unit.focus();
  await page.keyboard.press('ArrowDown'); // days → hours
  await expect(page).toHaveURL(/W=672h/);
  const w = page.getByRole('spinbutton', { name: /Response window/ });
  await w.fill('6');
  await expect(page).toHaveURL(/W=6h/);
  await expect(page.getByText(/no response within W = 6 hours/).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('spinbutton', { name: /Response window/ })).toHaveValue('6');
  await expect(unit).toHaveValue('hours');
  await expectNoAxeViolations(page);
});
