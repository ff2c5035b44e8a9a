import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { expectNoAxeViolations } from './axe.ts';

/**
 * From a journey in the explorer into the trainer and back (issue 13): two clicks from a selected
 * journey to stepping through it, by mouse and by keyboard alone; the trainer at 1280×800 with the
 * Signs of Safety frame in view at a missed point; the presenter view at 1920×1080 with map names of
 * 24 px and more and a what-if branch started there; axe finds nothing of any impact on each screen.
 */

const shots = 'test-results/screenshots';
test.beforeAll(() => {
  mkdirSync(shots, { recursive: true });
});

const trainerLink = (page: Page) => page.getByRole('link', { name: 'Step through in the trainer' }).first();
const backLink = (page: Page) => page.getByRole('link', { name: 'Back to this journey in the explorer' });
const narration = (page: Page) => page.getByTestId('narration');

/** Tabs until `name` has the focus (at most `max` presses). */
async function tabTo(page: Page, name: RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent.trim() ?? '');
    if (name.test(text)) return;
  }
  throw new Error(`no focusable element named ${String(name)} within ${String(max)} tabs`);
}

test('a journey into the trainer and back in two clicks, at 1280×800, with the missed point in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#journey=C04');
  await expect(
    page.getByTestId('timeline-drawer').getByRole('heading', { name: /Journey C04/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // One click: the journey's own cohort, stepped through.
  await trainerLink(page).click();
  await expect(page).toHaveURL(/#\/trainer\?journey=C04/);
  await expect(page.getByRole('heading', { level: 1, name: /Trainer mode/ })).toBeVisible();
  await expect(narration(page)).toContainText(/Step 1 of \d+/);
  await expect(page.getByText(/Journey C04 from cohort\.csv/)).toBeVisible();

  // At the first missed point the Signs of Safety frame is on screen without scrolling.
  await page.keyboard.press('n');
  const sos = page.getByTestId('signs-of-safety');
  await expect(sos).toBeVisible();
  const box = await sos.boundingBox();
  expect(box).not.toBeNull();
  expect((box?.y ?? 0) + Math.min(box?.height ?? 0, 120)).toBeLessThanOrEqual(800);
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
  // The missed points are marked on the trainer's map too, not only on the progress bar.
  await expect(
    page.getByTestId('trainer-map').locator('[aria-label*="missed early-intervention point"]').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/journey-trainer-1280.png` });

  // Second click: back to the same journey in the explorer.
  await backLink(page).click();
  await expect(page).toHaveURL(/#.*journey=C04/);
  await expect(
    page.getByTestId('timeline-drawer').getByRole('heading', { name: /Journey C04/ }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /Trainer mode/ })).toHaveCount(0);
});

test('the same with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#journey=C04');
  await expect(
    page.getByTestId('timeline-drawer').getByRole('heading', { name: /Journey C04/ }),
  ).toBeVisible();
  await tabTo(page, /^Step through in the trainer$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/trainer\?journey=C04/);
  await expect(narration(page)).toContainText(/Step 1 of \d+/);
  // The player's keys work wherever the focus is.
  await page.keyboard.press('ArrowRight');
  await expect(narration(page)).toContainText(/Step 2 of \d+/);
  await tabTo(page, /^Back to this journey in the explorer$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#.*journey=C04/);
  await expect(
    page.getByTestId('timeline-drawer').getByRole('heading', { name: /Journey C04/ }),
  ).toBeVisible();
});

test('the presenter view of a journey at 1920×1080: names of 24 px and more, the whole width, a what-if started there', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/#journey=C04');
  await trainerLink(page).click();
  await expect(narration(page)).toContainText(/Step 1 of \d+/);
  await page.keyboard.press('n');
  await page.keyboard.press('p');
  const presenter = page.getByTestId('presenter-view');
  await expect(presenter).toBeVisible();
  expect(await presenter.boundingBox()).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/journey-presenter-1920.png` });

  // The map (M): every service name drawn at 24 px or more on screen.
  await page.keyboard.press('m');
  const map = page.getByTestId('trainer-map');
  await expect(map).toBeVisible();
  // The smallest name on screen (0 while none is drawn), once the map has been fitted to the screen.
  const smallestName = () =>
    map.evaluate((el) => {
      const viewport = el.querySelector<HTMLElement>('.react-flow__viewport');
      const scale = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 1;
      const sizes = [...el.querySelectorAll<HTMLElement>('.service-node__line')]
        .filter((l) => l.textContent.trim() !== '')
        .map((l) => parseFloat(getComputedStyle(l).fontSize) * scale);
      return sizes.length === 0 ? 0 : Math.min(...sizes);
    });
  await expect.poll(smallestName).toBeGreaterThanOrEqual(24);
  const mapBox = await map.boundingBox();
  expect(mapBox?.width ?? 0).toBeGreaterThan(1920 * 0.6);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/journey-presenter-map-1920.png` });

  // A what-if branch, started and continued in the presenter view, and left with Escape.
  const whatIf = page.getByTestId('what-if');
  await expect(whatIf).toBeVisible();
  await whatIf.getByRole('button').first().click();
  await expect(page.getByTestId('hypothetical-banner')).toContainText('Hypothetical');
  await expect(presenter).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('hypothetical-banner')).toHaveCount(0);
  await expect(presenter).toBeVisible();
});
