import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from './axe.ts';

/**
 * The pathway explorer against the built app: the shipped synthetic cohort's overlay, journeys and their
 * timeline, filters and parameters (and the URL that reproduces them), opening a valid and a broken file,
 * accessibility on every state, and every task with the keyboard alone. Screenshots go to
 * test-results/screenshots/. Expected numbers are those of the CLI (`npm run analyse`) on the shipped cohort.
 */

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/cohorts/${name}`, import.meta.url));
const validFile = fixture('explorer-valid.csv');
const brokenFile = fixture('explorer-broken.csv');

mkdirSync('test-results/screenshots', { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png` });

const node = (page: Page, id: string) => page.getByTestId(`rf__node-${id}`);
const summary = (page: Page) => page.getByRole('region', { name: 'The cohort in numbers' });
const journeysButton = (page: Page) =>
  summary(page)
    .getByRole('button', { name: /journeys( of|$)/ })
    .first();

/** The page with the shipped cohort analysed (the school's missed points are drawn). */
async function openExplorer(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(node(page, 'school')).toHaveAttribute('aria-label', /journeys?/);
}

/** Presses a key on a focused element and waits for the focus to be there first. */
async function focusAndPress(target: Locator, key: string): Promise<void> {
  await target.focus();
  await expect(target).toBeFocused();
  await target.press(key);
}

test.describe('the pathway explorer', () => {
  test('the shipped cohort is marked synthetic and shows missed-point markers (School: 11)', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
        outside.push(request.url());
    });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await openExplorer(page);
    await expect(page.getByTestId('synthetic-flag')).toHaveText(
      'Synthetic cohort — invented journeys, not real children',
    );
    await expect(page.getByTestId('cohort-banner')).toContainText(
      'Synthetic cohort — invented journeys, not real children',
    );
    await expect(page.getByTestId('cohort-banner')).toContainText('10 journeys, 130 events');

    // The markers: a shape, a number and a word, and the numbers in the node's accessible name.
    await expect(node(page, 'school').locator('.missed-rate__count')).toHaveText('11 missed');
    await expect(node(page, 'gp').locator('.missed-rate__count')).toHaveText('3 missed');
    await expect(node(page, 'vcs').locator('.missed-rate__count')).toHaveText('1 missed');
    // The marker's headline is the rate: missed points per 100 concerns raised at the service.
    await expect(node(page, 'school').locator('.missed-marker')).toHaveText(/^\d+%$/);
    await expect(node(page, 'school')).toHaveAttribute(
      'aria-label',
      /7 journeys, 11 missed early-intervention points/,
    );
    await expect(node(page, 'ed').locator('.missed-marker')).toHaveCount(0);
    // Off-pathway moves are drawn dashed with a label.
    await expect(page.getByRole('img', { name: /^Off-pathway move from / })).toHaveCount(3);
    // Their labels sit where the layout found room (the others are in the line's tooltip).
    await expect(page.locator('.move-label--off').first()).toContainText('off pathway');

    // The summary: every number a button.
    await expect(journeysButton(page)).toHaveText(/^10\s+journeys$/);
    await expect(summary(page).getByRole('button', { name: /reached crisis/ })).toHaveText(
      /^10\s+reached crisis$/,
    );
    // Services by missed-point rate, worst first: School, 11 of the 13 concerns raised there.
    await expect(
      summary(page)
        .getByRole('button', { name: /^\d+% .+ \d+ missed of \d+ concerns/ })
        .first(),
    ).toHaveAccessibleName(/^85% School 11 missed of 13 concerns \(95% interval/);
    await expect(summary(page).getByRole('button', { name: /Education$/ })).toHaveText(/^11\s+Education$/);
    await expect(summary(page).getByRole('button', { name: '9 within 48 hours' })).toBeVisible();
    await expect(summary(page)).toContainText('Synthetic cohort — invented journeys, not real children');

    await expectNoAxeViolations(page);
    await shot(page, 'explorer-default');
    // The legend explains every mark.
    await page.getByRole('tab', { name: 'Key' }).click();
    const legend = page.getByRole('region', { name: 'How to read the map' });
    await expect(legend).toContainText('Missed early-intervention points at the service');
    await expect(legend).toContainText('A route of the pathway that no journey took');
    await expect(legend).toContainText('off pathway');
    await expectNoAxeViolations(page);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('selecting a journey highlights its route in order and opens its timeline', async ({ page }) => {
    await openExplorer(page);
    await page.getByRole('tab', { name: /Journeys/ }).click();
    const list = page.getByRole('table', { name: /Journeys \(10\)/ });
    await list.getByRole('button', { name: 'C02', exact: true }).click();
    await expect(page).toHaveURL(/journey=C02/);
    const timeline = page.getByTestId('timeline-drawer');
    await expect(timeline.getByRole('heading', { name: /Journey C02/ })).toBeVisible();
    // C02: digital → gp → rise_community → crisis_line → ed → acute_liaison → home_treatment → rise_community.
    await expect(node(page, 'digital').locator('.service-node__steps')).toHaveText('1');
    await expect(node(page, 'gp').locator('.service-node__steps')).toHaveText('2');
    await expect(node(page, 'rise_community').locator('.service-node__steps')).toHaveText('3 · 8');
    await expect(node(page, 'home_treatment')).toHaveAttribute(
      'aria-label',
      /step 7 of the highlighted route/,
    );
    await expect(page.locator('.move-label--step')).toHaveCount(7);
    await expect(node(page, 'school')).toHaveClass(/.*/);
    await expect(node(page, 'school').locator('.service-node')).toHaveClass(/is-dimmed/);
    await expectNoAxeViolations(page);
    await shot(page, 'explorer-journey');

    // Look back from the first crisis, then close: the highlight goes.
    await timeline.getByRole('button', { name: 'Look back from first crisis' }).click();
    await expect(timeline.getByRole('heading', { name: /aligned on the first crisis/ })).toBeVisible();
    await timeline.getByRole('button', { name: /^Close/ }).click();
    await expect(page.getByTestId('timeline-drawer')).toHaveCount(0);
    await expect(page.locator('.move-label--step')).toHaveCount(0);
  });

  test('a filter and a change of W update the counts, and the URL reproduces the view', async ({ page }) => {
    await openExplorer(page);
    // Concern: exploitation (C06 and C09).
    await page.getByText('Concerns:').click();
    await page.getByRole('checkbox', { name: 'Exploitation' }).check();
    await expect(journeysButton(page)).toHaveText(/^2\s+journeys of 10 \(filtered\)$/);
    await expect(node(page, 'school').locator('.missed-rate__count')).toHaveText('2 missed');
    await expect(node(page, 'gp').locator('.missed-rate__count')).toHaveText('1 missed');
    await expect(page).toHaveURL(/concern=exploitation/);
    await page.keyboard.press('Escape');
    await shot(page, 'explorer-filtered');

    // W from 28 to 90 days: fewer concerns count as unanswered.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(node(page, 'school').locator('.missed-rate__count')).toHaveText('11 missed');
    const w = page.getByRole('spinbutton', { name: /Response window/ });
    await w.fill('90');
    await expect(node(page, 'school').locator('.missed-rate__count')).toHaveText('5 missed');
    await expect(summary(page).getByRole('heading', { name: /missed early-intervention points/ })).toHaveText(
      /8 missed/,
    );
    await expect(page).toHaveURL(/W=90/);
    // Out of the rule's limits: a message, and the last valid value stays.
    await w.fill('400');
    await expect(page.getByRole('alert')).toContainText(
      'window must be a whole number of days from 0 to 365',
    );
    await expect(node(page, 'school').locator('.missed-rate__count')).toHaveText('5 missed');
    await w.fill('90');

    // Age band 14-15 and the time view, then the link reproduces the whole view.
    await page.getByText('Age band:').click();
    await page.getByRole('checkbox', { name: '14-15' }).check();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Time', exact: true }).click();
    await expect(journeysButton(page)).toHaveText(/^4\s+journeys of 10/);
    const url = page.url();
    expect(url).toMatch(/W=90/);
    expect(url).toMatch(/a\.age_band=14-15/);
    expect(url).toMatch(/show=time/);
    await expectNoAxeViolations(page);
    await shot(page, 'explorer-time');

    const other = await page.context().newPage();
    await other.goto(url);
    await expect(
      other
        .getByRole('region', { name: 'The cohort in numbers' })
        .getByRole('button', { name: /journeys of/ }),
    ).toHaveText(/^4\s+journeys of 10/);
    await expect(other.getByRole('spinbutton', { name: /Response window/ })).toHaveValue('90');
    await expect(other.getByRole('button', { name: 'Time', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(other.getByText('Age band:')).toBeVisible();
    await expect(other.locator('.checkbox-menu__value').nth(1)).toHaveText('14-15');
    await other.close();
  });

  test('a summary number, a selected service and a route each narrow the journey list', async ({ page }) => {
    await openExplorer(page);
    await summary(page)
      .getByRole('button', { name: /^\d+% School \d+ missed/ })
      .click();
    await expect(page.getByRole('tab', { name: /Journeys/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('table', { name: /Journeys \(7\)/ })).toBeVisible();
    await expect(page.getByText('with missed points at School', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: /^Show all/ }).click();
    await expect(page.getByRole('table', { name: /Journeys \(10\)/ })).toBeVisible();

    // The acute liaison target not met: C04.
    await page.getByRole('tab', { name: 'Summary' }).click();
    await summary(page)
      .getByRole('button', { name: /not within 48 hours/ })
      .click();
    await expect(
      page.getByRole('table', { name: /Journeys \(1\)/ }).getByRole('button', { name: 'C04', exact: true }),
    ).toBeVisible();
    await page.getByRole('button', { name: /^Show all/ }).click();

    // Selecting a service on the map lists the journeys through it.
    await node(page, 'school').click();
    await expect(page.getByRole('table', { name: /Journeys through School \(7\)/ })).toBeVisible();
    await expect(page.getByText('through School (selected on the map)', { exact: true })).toBeVisible();
    await shot(page, 'explorer-service');
    await page.getByRole('button', { name: /^Clear\s*the selected service/ }).click();

    // A route (variant): highlighted on the map and listed.
    await page.getByRole('tab', { name: 'Routes' }).click();
    const first = page
      .getByRole('region', { name: /Most common routes/ })
      .getByRole('button')
      .first();
    await first.click();
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.move-label--step').first()).toBeVisible();
    await expect(page).toHaveURL(/focus=variant/);
    await expectNoAxeViolations(page);
    await shot(page, 'explorer-route');
  });

  test('opening a valid file replaces the cohort', async ({ page }) => {
    await openExplorer(page);
    await page.getByTestId('cohort-file-input').setInputFiles(validFile);
    await expect(page.getByTestId('cohort-banner')).toContainText(
      'explorer-valid.csv: 3 journeys, 18 events',
    );
    await expect(page.getByTestId('synthetic-flag')).toHaveCount(0);
    await expect(journeysButton(page)).toHaveText(/^3\s+journeys$/);
    await expect(node(page, 'school').locator('.missed-rate__count')).toHaveText('2 missed');
    await expect(node(page, 'tier4')).toHaveAttribute('aria-label', /0 journeys/);
    // Its own column is a filter.
    await expect(page.getByText('School year:')).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, 'explorer-own-file');
  });

  test('a file dropped on the page opens too', async ({ page }) => {
    await openExplorer(page);
    const text = readFileSync(validFile, 'utf8');
    const dataTransfer = await page.evaluateHandle((csv) => {
      const dt = new DataTransfer();
      dt.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
      return dt;
    }, text);
    const screen = page.locator('.drop-zone');
    await screen.dispatchEvent('dragenter', { dataTransfer });
    await expect(page.getByText(/Drop a cohort file/)).toBeVisible();
    await screen.dispatchEvent('dragover', { dataTransfer });
    await screen.dispatchEvent('drop', { dataTransfer });
    await expect(page.getByTestId('cohort-banner')).toContainText('dropped.csv: 3 journeys, 18 events');
    await expect(page.getByText(/Drop a cohort file/)).toHaveCount(0);
  });

  test('a broken file lists file, row and column, and the cohort loaded before stays', async ({ page }) => {
    await openExplorer(page);
    await page.getByTestId('cohort-file-input').setInputFiles(brokenFile);
    const problems = page.getByTestId('problems-panel');
    await expect(
      problems.getByRole('heading', { name: 'explorer-broken.csv was not opened: 3 problems' }),
    ).toBeFocused();
    const rows = problems.getByRole('row');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1)).toContainText('explorer-broken.csv');
    await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('3');
    await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText('service');
    await expect(rows.nth(1)).toContainText('"moon_base" is not a service');
    await expect(rows.nth(2).getByRole('cell').nth(2)).toHaveText('activity');
    await expect(rows.nth(3).getByRole('cell').nth(1)).toHaveText('6');
    await expect(rows.nth(3).getByRole('cell').nth(2)).toHaveText('day');
    await expect(problems).toContainText('Nothing was lost: the map still shows cohort.csv (10 journeys)');
    // The old cohort's numbers are all still there.
    await expect(node(page, 'school').locator('.missed-rate__count')).toHaveText('11 missed');
    await expect(journeysButton(page)).toHaveText(/^10\s+journeys$/);
    await expect(page.getByTestId('synthetic-flag')).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, 'explorer-broken-file');
    await problems.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByTestId('problems-panel')).toHaveCount(0);
  });

  test('every task can be done with the keyboard alone', async ({ page }) => {
    await openExplorer(page);

    // Every control is in the Tab order, in reading order.
    const reached: string[] = [];
    await page.locator('body').focus();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement;
          if (!el) return '';
          return (el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 40);
        }),
      );
    }
    for (const name of [
      'Open cohort file',
      'Concerns:',
      'Age band:',
      'Response window',
      'Frequency',
      'Time',
      'Map',
      'Table',
      'School —',
    ]) {
      expect(
        reached.some((r) => r.startsWith(name) || r.includes(name)),
        `${name} in ${reached.join(' | ')}`,
      ).toBe(true);
    }

    // Switch to the time view.
    await focusAndPress(page.getByRole('button', { name: 'Time', exact: true }), 'Enter');
    await expect(page.getByRole('button', { name: 'Time', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(node(page, 'mhst').locator('.service-node__wait')).toHaveText('wait 38.5 d');
    await expect(node(page, 'acute_liaison').locator('.target-chip')).toContainText('✓ 9');
    await focusAndPress(page.getByRole('button', { name: 'Frequency', exact: true }), ' ');
    await expect(page.getByRole('button', { name: 'Frequency', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    // Change a filter: the concerns menu opens with Enter, a checkbox toggles with Space.
    await focusAndPress(page.locator('summary', { hasText: 'Concerns:' }), 'Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: 'Self-harm' })).toBeFocused();
    await page.keyboard.press(' ');
    await expect(journeysButton(page)).toHaveText(/^8\s+journeys of 10/);
    await page.keyboard.press('Escape');
    await expect(page.locator('summary', { hasText: 'Concerns:' })).toBeFocused();
    // W with the arrow keys of its box.
    await focusAndPress(page.getByRole('spinbutton', { name: /Response window/ }), 'ArrowUp');
    await expect(page).toHaveURL(/W=29/);

    // Choose a journey: the tabs with the arrow keys, the list with Up/Down and Enter.
    await focusAndPress(page.getByRole('tab', { name: 'Summary' }), 'ArrowRight');
    await expect(page.getByRole('tab', { name: /Journeys/ })).toBeFocused();
    await expect(page.getByRole('tab', { name: /Journeys/ })).toHaveAttribute('aria-selected', 'true');
    const list = page.getByRole('table', { name: /Journeys \(8\)/ });
    await focusAndPress(list.getByRole('button', { name: 'C01', exact: true }), 'ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/journey=C04/);
    await expect(
      page.getByTestId('timeline-drawer').getByRole('heading', { name: /Journey C04/ }),
    ).toBeVisible();

    // Open a file from the keyboard: the button opens the file chooser.
    const chooser = page.waitForEvent('filechooser');
    await focusAndPress(page.getByRole('button', { name: 'Open cohort file' }), 'Enter');
    await (await chooser).setFiles(validFile);
    await expect(page.getByTestId('cohort-banner')).toContainText('explorer-valid.csv');
    await expectNoAxeViolations(page);
    await shot(page, 'explorer-keyboard');
  });
});
