import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFigureMetadata } from '../../src/core/figure/figureMetadata.ts';
import { svgFromDataUrl } from '../../src/ui/export/exportFiles.ts';
import { smallCountsIn, svgTextRuns } from '../unit/figure/svgText.ts';
import { axeViolations } from './axe.ts';

/**
 * Issue 15 point 4: the app opens an aggregate overlay (CONTRACT §8) as it opens a cohort, by the file
 * button or by dropping it on the page: the map, the summary and the board-paper figure are drawn from
 * it under disclosure control, and every view that needs journeys says this file has none.
 */
const DIR = 'test-results/overlay';
const OVERLAY = `${DIR}/coventry-overlay.json`;
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screenshots';

test.beforeAll(() => {
  mkdirSync(DIR, { recursive: true });
  // The overlay the command line makes of the shipped cohort: 10 journeys, so many counts below 5.
  const overlay = execFileSync(process.execPath, [
    'bin/pathway-lens.mjs',
    'aggregate',
    '--pathway',
    'pathway-data/coventry',
    '--cohort',
    'pathway-data/coventry/cohort.csv',
  ]);
  writeFileSync(OVERLAY, overlay);
});

const node = (page: Page, id: string) => page.getByTestId(`rf__node-${id}`);

async function openOverlay(page: Page): Promise<void> {
  await page.goto('/');
  await expect(node(page, 'school')).toHaveAttribute('aria-label', /journeys?/);
  await page.getByTestId('cohort-file-input').setInputFiles(OVERLAY);
  await expect(page.getByTestId('cohort-banner')).toContainText('coventry-overlay.json');
}

test('an aggregate overlay opens: the map and summary under disclosure control, no journey views', async ({
  page,
}) => {
  await openOverlay(page);
  // The map: counts from the overlay, those from 1 to 4 as "<5" (vcs: 2 journeys; gp: 3 missed points).
  await expect(node(page, 'school')).toHaveAttribute('aria-label', /7 journeys/);
  await expect(node(page, 'vcs')).toHaveAttribute('aria-label', /fewer than 5 journeys/);
  await expect(node(page, 'gp').locator('.missed-marker')).toHaveText('<5 missed');
  // The school's 11 is hidden too ("≥5"): with the total of 15, it would give away the small ones.
  await expect(node(page, 'school').locator('.missed-marker')).toHaveText('≥5 missed');

  // The summary is the overlay's, and lists no journey behind its numbers.
  await page.getByRole('tab', { name: 'Summary' }).click();
  const summary = page.getByTestId('aggregate-summary');
  await expect(summary).toContainText('10 journeys');
  await expect(summary).toContainText('Disclosure control');
  await expect(summary.getByRole('button')).toHaveCount(0);
  // The filters cannot apply; W and H are the overlay's.
  await expect(page.getByTestId('filters-note')).toContainText('W = 28 and H = 365 days');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/compare-overlay-1280.png` });
  expect(await axeViolations(page)).toEqual([]);

  // Views that need journeys say this file has none.
  await page.getByRole('tab', { name: /Journeys/ }).click();
  await expect(page.getByTestId('no-journeys')).toContainText('This file has no journeys');
  await page.getByRole('tab', { name: 'Routes' }).click();
  await expect(page.getByTestId('no-journeys')).toContainText('This file has no journeys');
  await node(page, 'vcs').click();
  await expect(page.getByRole('region', { name: /in this cohort/ })).toContainText('<5 journeys');
  await expect(page.getByRole('button', { name: /List the journeys/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Compare groups' }).click();
  await expect(page.getByTestId('compare-area')).toContainText('A comparison splits journeys');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Close the comparison' }).click();

  // The table view is publishable only: no switch, the counts through disclosure control.
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.getByTestId('publishable-note')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Publishable/ })).toHaveCount(0);
  const vcsRow = page.getByRole('row', { name: /Voluntary/ }).first();
  await expect(vcsRow).toContainText('<5');
  expect(await axeViolations(page)).toEqual([]);
});

test('a dropped overlay opens, and its board-paper figure is drawn from it', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await expect(node(page, 'school')).toHaveAttribute('aria-label', /journeys?/);
  const text = readFileSync(OVERLAY, 'utf8');
  const dataTransfer = await page.evaluateHandle((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'dropped-overlay.json', { type: 'application/json' }));
    return dt;
  }, text);
  const screen = page.locator('.drop-zone');
  await screen.dispatchEvent('dragenter', { dataTransfer });
  await screen.dispatchEvent('dragover', { dataTransfer });
  await screen.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('cohort-banner')).toContainText('dropped-overlay.json');
  await expect(node(page, 'vcs')).toHaveAttribute('aria-label', /fewer than 5 journeys/);
  await page.screenshot({ path: `${SHOTS}/compare-overlay-1920.png` });

  await page.getByRole('button', { name: 'Export figure' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export figure' });
  const preview = dialog.getByTestId('export-preview');
  await expect(preview).toHaveAttribute('alt', /10 journeys/);
  const svg = svgFromDataUrl((await preview.getAttribute('src')) ?? '');
  expect(smallCountsIn(svgTextRuns(svg).join(' '))).toEqual([]);
  expect(svgTextRuns(svg).join(' ')).toContain('<5');
  expect(readFigureMetadata(svg)?.pathway.id).toBe('coventry');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /^SVG/ }).click(),
  ]);
  const path = `${DIR}/${file.suggestedFilename()}`;
  await file.saveAs(path);
  expect(readFileSync(path, 'utf8')).toBe(svg);
  expect(await axeViolations(page)).toEqual([]);
});
