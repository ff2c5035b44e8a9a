import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFigureMetadata } from '../../src/core/figure/figureMetadata.ts';
import { svgFromDataUrl } from '../../src/ui/export/exportFiles.ts';
import { smallCountsIn, svgTextRuns } from '../unit/figure/svgText.ts';
import { axeViolations } from './axe.ts';
import { press } from './steps.ts';

/**
 * Issue 12, the app: the shipped cohort split by a date, its two maps side by side and the difference,
 * the summary with each change's interval, the "before / after" figure exported, all by keyboard, axe
 * clean (every rule, any impact); and bad input (a date outside the cohort, a column it does not have,
 * a second file of another pathway) said clearly while the comparison on screen stays.
 */
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screenshots';
const DIR = 'test-results/compare';

async function openComparison(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('rf__node-school')).toHaveAttribute('aria-label', /journeys?/);
  await press(page.getByRole('button', { name: 'Compare groups' }), 'Enter');
  const date = page.getByLabel('Journeys starting before');
  await expect(date).toBeVisible();
  await date.fill('2019-06-01');
  await press(date, 'Enter');
  await expect(page.getByTestId('compare-group-map')).toHaveCount(2);
  await expect(page.getByTestId('compare-group-map').first()).toContainText('before 2019-06-01');
}

test('split the shipped cohort by a date: two maps, the difference, the summary and the figure, by keyboard', async ({
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openComparison(page);
  await expect(page).toHaveURL(/compare=date(%3A|:)2019-06-01/);
  const maps = page.getByTestId('compare-group-map');
  await expect(maps.nth(1)).toContainText('from 2019-06-01');
  // Under disclosure control: the second group has 4 journeys, so its size reads "<5".
  await expect(maps.nth(1)).toContainText('<5');
  await page.getByRole('tab', { name: 'Summary' }).click();
  const table = page.getByTestId('compare-table');
  await expect(table.getByRole('columnheader', { name: 'Change (95% interval)' })).toBeVisible();
  await expect(page.getByText('No change here is a finding')).toBeVisible();
  await expect(page.locator('.compare-summary__notes')).toContainText('Newcombe');
  await page.screenshot({ path: `${SHOTS}/compare-groups-1280.png` });
  expect(await axeViolations(page)).toEqual([]);

  // The difference map: one map, the legend says which intervals and what is not a finding.
  await press(page.getByRole('button', { name: 'Difference', exact: true }), 'Enter');
  const difference = page.getByTestId('difference-map');
  await expect(difference).toBeVisible();
  await expect(difference).toContainText('from 2019-06-01 compared with before 2019-06-01');
  await expect(difference).toContainText('Not findings');
  await expect(page).toHaveURL(/compareview=difference/);
  await page.screenshot({ path: `${SHOTS}/compare-difference-1280.png` });
  expect(await axeViolations(page)).toEqual([]);

  // The link brings the same view back.
  await page.reload();
  await expect(page.getByTestId('difference-map')).toBeVisible();

  // The "before / after" figure, from the export dialog.
  const open = page.getByRole('button', { name: 'Export figure' });
  await press(open, 'Enter');
  const dialog = page.getByRole('dialog', { name: 'Export figure' });
  await expect(dialog).toBeVisible();
  const preview = dialog.getByTestId('export-preview');
  await expect(preview).toHaveAttribute('alt', /before 2019-06-01, 6 journeys/);
  const svg = svgFromDataUrl((await preview.getAttribute('src')) ?? '');
  const text = svgTextRuns(svg).join(' ');
  expect(text).toContain('Split by the date of each journey’s first event, 2019-06-01.');
  expect(text).toContain('has fewer than 5 journeys: nothing in its map is a finding');
  expect(smallCountsIn(text)).toEqual([]);
  expect(readFigureMetadata(svg)?.comparison?.groups.map((g) => g.journeys)).toEqual(['6', '<5']);
  await expect(dialog).toContainText('A comparison is not offered as an embed');
  // Two maps side by side keep 8 pt type on A4 landscape: no portrait page is offered.
  await expect(dialog.getByRole('radio', { name: 'A4 portrait' })).toHaveCount(0);
  await expect(dialog.getByRole('radio', { name: 'A4 landscape' })).toBeChecked();
  await expect(dialog.getByLabel('Embed snippet')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/compare-export-1280.png` });
  expect(await axeViolations(page)).toEqual([]);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    press(dialog.getByRole('button', { name: /^PDF/ }), 'Enter'),
  ]);
  mkdirSync(DIR, { recursive: true });
  const pdf = `${DIR}/${file.suggestedFilename()}`;
  await file.saveAs(pdf);
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();
});

test('at 1920×1080 the two maps and the summary fit side by side', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openComparison(page);
  await page.getByRole('tab', { name: 'Summary' }).click();
  await expect(page.getByTestId('compare-table')).toBeVisible();
  const [a, b] = await Promise.all(
    [0, 1].map((i) => page.getByTestId('compare-group-map').nth(i).boundingBox()),
  );
  expect(a && b && b.x >= a.x + a.width - 1).toBe(true);
  await page.screenshot({ path: `${SHOTS}/compare-groups-1920.png` });
  await press(page.getByRole('button', { name: 'Difference', exact: true }), 'Enter');
  await expect(page.getByTestId('difference-map')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/compare-difference-1920.png` });
  expect(await axeViolations(page)).toEqual([]);
});

test('bad input is said clearly, and the comparison on screen stays', async ({ page }) => {
  await openComparison(page);
  const date = page.getByLabel('Journeys starting before');
  await date.fill('2030-01-01');
  await press(date, 'Enter');
  const refusal = page.getByTestId('compare-refusal');
  await expect(refusal).toContainText('no journey starts on or after 2030-01-01');
  await expect(refusal).toContainText('2019-01-07');
  // The comparison that was on screen is still there.
  await expect(page.getByTestId('compare-group-map').first()).toContainText('before 2019-06-01');
  await page.screenshot({ path: `${SHOTS}/compare-bad-date-1280.png` });
  expect(await axeViolations(page)).toEqual([]);

  // A column the cohort does not have (from a link).
  await page.goto('/#compare=column:school_year');
  await expect(page.getByTestId('compare-refusal')).toContainText('school_year');

  // A second file of another pathway: its problems listed, the comparison kept.
  await openComparison(page);
  mkdirSync(DIR, { recursive: true });
  const other = `${DIR}/road-traffic.csv`;
  writeFileSync(
    other,
    'journey_id,date,service,activity\nR1,2020-01-01,create_fine,send\nR1,2020-02-01,payment,pay\n',
  );
  await page.getByRole('radio', { name: 'second file' }).check();
  await page.getByTestId('second-file-input').setInputFiles(other);
  const problems = page.getByTestId('problems-panel');
  await expect(problems).toContainText('road-traffic.csv');
  await expect(problems).toContainText('create_fine');
  await expect(page.getByTestId('compare-group-map').first()).toContainText('before 2019-06-01');
  await page.screenshot({ path: `${SHOTS}/compare-bad-file-1280.png` });
  expect(await axeViolations(page)).toEqual([]);
});
