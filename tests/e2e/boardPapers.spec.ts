import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { readFigureMetadata } from '../../src/core/figure/figureMetadata.ts';
import { svgFromDataUrl } from '../../src/ui/export/exportFiles.ts';
import { fontSizeOf, hasPoppler, overlappingWords, pdfWords, wordsOutside } from '../unit/figure/pdfWords.ts';
import { smallCountsIn, svgTextNodes, svgTextRuns } from '../unit/figure/svgText.ts';
import { axeViolations } from './axe.ts';

/**
 * Board papers from the app (issue 14): the figure says what it shows (the view's filters in its data
 * note), the app's PDF is the tagged one the command line writes, and the embed stays legible in a
 * 600 px column and refuses a link it cannot read.
 */
const SCREENSHOTS = 'test-results/screenshots';
const DOWNLOADS = 'test-results/downloads';
const poppler = hasPoppler();

test('a figure exported with a filter on names the filter, and its PDF is tagged and tidy', async ({
  page,
}) => {
  await page.goto('/#concern=self_harm&crisis=yes');
  await expect(page.locator('.missed-marker').first()).toBeVisible();
  await page.getByRole('button', { name: 'Export figure' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export figure' });
  await expect(dialog).toBeVisible();
  const preview = dialog.getByTestId('export-preview');
  const svg = svgFromDataUrl((await preview.getAttribute('src')) ?? '');
  const note = svgTextRuns(svg).join(' ');
  expect(note).toContain('Filters: concern: Self-harm; reached crisis: yes.');
  expect(readFigureMetadata(svg)?.filters).toEqual(['concern: Self-harm', 'reached crisis: yes']);
  // The preview is the file: the SVG download is the same figure.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /^SVG/ }).click(),
  ]);
  mkdirSync(DOWNLOADS, { recursive: true });
  const svgPath = `${DOWNLOADS}/filtered-${file.suggestedFilename()}`;
  await file.saveAs(svgPath);
  expect(readFileSync(svgPath, 'utf8')).toBe(svg);

  // The time view as its own figure, from the same dialog.
  await dialog.getByRole('radio', { name: /Time: median waits/ }).check();
  await expect(preview).toHaveAttribute('alt', /^How long journeys took/);
  await dialog.getByRole('radio', { name: /Journeys and missed points/ }).check();

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /^PDF/ }).click(),
  ]);
  const pdfPath = `${DOWNLOADS}/filtered-${pdf.suggestedFilename()}`;
  await pdf.saveAs(pdfPath);
  expect(await axeViolations(page)).toEqual([]);
  test.skip(!poppler, 'poppler-utils (pdftotext, pdfinfo) is not installed');
  expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
  const { pages, words } = pdfWords(pdfPath);
  expect(pages).toHaveLength(1);
  expect(wordsOutside(pages, words)).toEqual([]);
  expect(overlappingWords(words)).toEqual([]);
  expect(words.filter((w) => fontSizeOf(w) < 7.98)).toEqual([]);
  expect(words.map((w) => w.text).join(' ')).toContain('Self-harm;');
});

test('the embed in a 600 px column switches to its column layout, legible and accessible', async ({
  page,
}) => {
  await page.setViewportSize({ width: 600, height: 800 });
  await page.goto('/#/embed?W=28&H=365');
  const figure = page.getByTestId('embed-figure');
  await expect(figure).toBeVisible();
  const svg = svgFromDataUrl((await figure.getAttribute('src')) ?? '');
  expect(readFigureMetadata(svg)?.size).toBe('column');
  // 8 pt type on a 150 mm page shown 600 px wide is 11 px and more.
  const box = await figure.boundingBox();
  expect(box?.width).toBeGreaterThan(560);
  const pxPerMm = (box?.width ?? 0) / 150;
  const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]) * pxPerMm);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10.5);
  const described = svgTextNodes(svg).filter((n) => n.element === 'title' || n.element === 'desc');
  expect([...described.map((n) => n.text), ...svgTextRuns(svg)].flatMap(smallCountsIn)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/embed-600.png`, fullPage: true });
});

test('an embed link with a value it cannot read says so instead of drawing defaults', async ({ page }) => {
  await page.goto('/#/embed?W=-3&H=abc&concern=nope');
  const error = page.getByTestId('embed-error');
  await expect(error).toBeVisible();
  await expect(page.getByTestId('embed-figure')).toHaveCount(0);
  await expect(error).toContainText('W (the response window) must be a whole number of days from');
  await expect(error).toContainText('the link says “-3”');
  await expect(error).toContainText('H (the crisis horizon)');
  await expect(error).toContainText('“abc”');
  await expect(error).toContainText('“nope” is not a concern of the pathway');
  expect(await axeViolations(page)).toEqual([]);
});
