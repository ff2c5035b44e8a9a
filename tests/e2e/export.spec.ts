import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { readFigureMetadata } from '../../src/core/figure/figureMetadata.ts';
import { pngDpi, pngSize, svgFromDataUrl } from '../../src/ui/export/exportFiles.ts';
import { pdfPageSizes, pdfText } from '../unit/figure/pdfText.ts';
import { smallCountsIn, svgTextNodes, svgTextRuns } from '../unit/figure/svgText.ts';
import { axeViolations } from './axe.ts';

/**
 * Board papers in the built app: the embed (the figure alone, suppressed, accessible), printing the
 * explorer on one A4 landscape page, and the export dialog's downloads (SVG, PNG at 300 dpi, PDF on A4).
 */

const SCREENSHOTS = 'test-results/screenshots';
const DOWNLOADS = 'test-results/downloads';

/** Requests that leave the app's own origin (the app must make none). */
function watchOutside(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4173').origin;
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      outside.push(request.url());
  });
  return outside;
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Count-like numbers from 1 to 4 in a figure's visible text, title and description (none may be left). */
function smallCountsInSvg(svg: string): string[] {
  const described = svgTextNodes(svg).filter((n) => n.element === 'title' || n.element === 'desc');
  return [...described.map((n) => n.text), ...svgTextRuns(svg)].flatMap(smallCountsIn);
}

test('the embed shows only the figure, with every count below 5 suppressed, and no accessibility violations', async ({
  page,
}) => {
  const outside = watchOutside(page);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1000, height: 720 });
  await page.goto('/#/embed?W=28&H=365');

  const figure = page.getByTestId('embed-figure');
  await expect(figure).toBeVisible();
  // Read-only: no app chrome, nothing to press or fill in.
  await expect(page.locator('button, input, select, textarea, a[href], .title-bar, .toolbar')).toHaveCount(0);
  await expect(page).toHaveTitle(/^Where early help was missed: Coventry and Warwickshire/);

  const svg = svgFromDataUrl((await figure.getAttribute('src')) ?? '');
  const text = svgTextNodes(svg)
    .filter((n) => n.element === 'text')
    .map((n) => n.text)
    .join(' ');
  expect(text).toContain('SYNTHETIC DATA — not real children');
  expect(text).toContain('<5 journeys');
  expect(smallCountsInSvg(svg)).toEqual([]);
  const alt = (await figure.getAttribute('alt')) ?? '';
  expect(alt).toMatch(/^Where early help was missed: Coventry and Warwickshire\. A map of/);
  expect(smallCountsIn(alt)).toEqual([]);
  const meta = readFigureMetadata(svg);
  expect(meta?.parameters).toEqual({ windowDays: 28, horizonDays: 365 });
  expect(meta?.disclosure.suppress).toBe(true);
  expect(meta?.cohort.synthetic).toBe(true);

  // The image fills the frame and is drawn (not a broken image).
  const drawn = await figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
  expect(drawn).toBe(true);

  expect(await axeViolations(page)).toEqual([]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/embed.png` });
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('an embed link chooses W, H, the page and the title, but cannot switch suppression off', async ({
  page,
}) => {
  await page.goto(
    '/#/embed?W=7&H=90&size=a4-portrait&title=Board%20paper%3A%20early%20help&suppress=0&no-suppress=1',
  );
  const figure = page.getByTestId('embed-figure');
  await expect(figure).toBeVisible();
  const svg = svgFromDataUrl((await figure.getAttribute('src')) ?? '');
  const meta = readFigureMetadata(svg);
  expect(meta?.parameters).toEqual({ windowDays: 7, horizonDays: 90 });
  expect(meta?.size).toBe('a4-portrait');
  expect(meta?.title).toBe('Board paper: early help');
  expect(meta?.disclosure).toEqual({ suppress: true, roundTo: 0 });
  expect(smallCountsInSvg(svg)).toEqual([]);
  await expect(page).toHaveTitle(/^Board paper: early help/);

  // A new hash (the embedding page changing the iframe's address) redraws the figure.
  await page.evaluate(() => {
    window.location.hash = '#/embed?W=28&H=365&round=5';
  });
  await expect
    .poll(
      async () =>
        readFigureMetadata(svgFromDataUrl((await figure.getAttribute('src')) ?? ''))?.disclosure.roundTo,
    )
    .toBe(5);
});

test('printing the explorer gives one clean A4 landscape page: the map as the suppressed figure with its key', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.locator('.missed-marker').first()).toBeVisible();
  // The figure engine loads while the page is idle; printing then draws the figure at once.
  await expect(page.getByTestId('print-ready')).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  // The printable area of A4 landscape with 12 mm margins, in CSS pixels.
  await page.setViewportSize({ width: 1032, height: 703 });

  // Only content is printed: the toolbar, the tabs and the map's zoom controls are not.
  for (const selector of ['.toolbar', '.tabs__list', '.react-flow__controls']) {
    await expect(page.locator(selector)).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('cohort-banner')).toContainText('Synthetic cohort');
  // The map prints as the board-paper figure: its key, and every count below 5 suppressed.
  const figure = page.getByTestId('print-figure');
  await expect(figure).toBeVisible();
  const svg = svgFromDataUrl((await figure.getAttribute('src')) ?? '');
  expect(svgTextRuns(svg).join(' ')).toContain('Key');
  expect(readFigureMetadata(svg)?.disclosure.suppress).toBe(true);
  expect(smallCountsInSvg(svg)).toEqual([]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/print.png` });

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const raw = pdf.toString('latin1');
  expect(raw.startsWith('%PDF-')).toBe(true);
  const boxes = [...raw.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  // One page, A4 landscape (841.89 × 595.28 pt; Chromium rounds to its pixel grid).
  expect(boxes).toHaveLength(1);
  expect(boxes[0]?.width).toBeCloseTo(841.89, 0);
  expect(Math.abs((boxes[0]?.height ?? 0) - 595.28)).toBeLessThan(1);
  expect((await pdfPageSizes(new Uint8Array(pdf))).length).toBe(1);
  expect(errors).toEqual([]);
});

test('printing the table view keeps the key columns and drops the controls', async ({ page }) => {
  await page.goto('/#view=table');
  await expect(page.getByTestId('map-table')).toBeVisible();
  await page.getByRole('checkbox', { name: /Publishable/ }).check();
  await expect(page.getByTestId('publishable-note')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = (await pdfText(new Uint8Array(pdf))).replace(/\s+/g, ' ');
  for (const column of [
    'Service',
    'Journeys',
    'Missed points',
    'Median wait (days)',
    'Moves',
    'On the pathway',
  ])
    expect(text).toContain(column);
  // The controls and the screen-only columns are not printed.
  for (const control of ['Copy as tab-separated text', 'Publishable:', 'Export figure', 'Agency'])
    expect(text).not.toContain(control);
  // Publishable: the counts of the services table (journeys, missed points) are never 1 to 4.
  expect(text).toContain('<5');
  const services = page.getByRole('table', { name: /^Services by level/ });
  const counts = await services
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.flatMap((r) =>
        [...r.querySelectorAll('td.is-numeric')].slice(0, 2).map((c) => c.textContent.trim()),
      ),
    );
  expect(counts.length).toBeGreaterThan(30);
  expect(counts.filter((c) => /^[1-4]$/.test(c))).toEqual([]);
});

test('the export dialog downloads the figure as SVG, PNG at 300 dpi, PDF on A4 and CSV', async ({ page }) => {
  const outside = watchOutside(page);
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.locator('.missed-marker').first()).toBeVisible();
  const open = page.getByRole('button', { name: 'Export figure' });

  await expect(open).toBeEnabled();
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Export figure' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('export-preview')).toHaveAttribute('alt', /10 journeys/);
  await expect(dialog.getByRole('checkbox', { name: /Suppress counts below 5/ })).toBeChecked();
  expect(await axeViolations(page)).toEqual([]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/export-dialog.png` });

  const download = async (name: RegExp) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name }).click(),
    ]);
    mkdirSync(DOWNLOADS, { recursive: true });
    const path = `${DOWNLOADS}/${file.suggestedFilename()}`;
    await file.saveAs(path);
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  };

  const svg = await download(/^SVG/);
  expect(svg.name).toBe('where-early-help-was-missed-coventry-and-warwickshire-a4-landscape.svg');
  expect(smallCountsInSvg(svg.bytes.toString('utf8'))).toEqual([]);
  expect(readFigureMetadata(svg.bytes.toString('utf8'))?.pathway.id).toBe('coventry');

  const png = await download(/^PNG/);
  expect(png.name).toMatch(/-a4-landscape\.png$/);
  expect(pngSize(new Uint8Array(png.bytes))).toEqual({ width: 3508, height: 2480 });
  expect(pngDpi(new Uint8Array(png.bytes))).toBe(300);

  const pdf = await download(/^PDF/);
  expect(pdf.name).toMatch(/-a4-landscape\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(await pdfPageSizes(new Uint8Array(pdf.bytes))).toEqual([{ width: 841.89, height: 595.28 }]);
  const pdfWords = await pdfText(new Uint8Array(pdf.bytes));
  expect(pdfWords).toContain('Where early help was missed');
  expect(pdfWords).toContain('<5 journeys');
  expect(smallCountsIn(pdfWords)).toEqual([]);

  const csv = await download(/^CSV/);
  expect(csv.name).toMatch(/-numbers\.csv$/);
  const cells = csv.bytes.toString('utf8').split(/[,\n]/);
  expect(cells).toContain('<5');

  // A4 portrait: the PNG is 2480 px wide, the PDF page portrait.
  await dialog.getByRole('radio', { name: 'A4 portrait' }).check();
  expect(pngSize(new Uint8Array((await download(/^PNG/)).bytes))).toEqual({ width: 2480, height: 3508 });
  expect(await pdfPageSizes(new Uint8Array((await download(/^PDF/)).bytes))).toEqual([
    { width: 595.28, height: 841.89 },
  ]);

  // Switching suppression off needs a confirmation, and the files then say so.
  // (A click, not `uncheck`: the box stays ticked until the warning is confirmed.)
  const suppress = dialog.getByRole('checkbox', { name: /Suppress counts below 5/ });
  await suppress.click();
  await expect(dialog.getByRole('alert')).toContainText('Counts below 5 will be shown. Do not publish.');
  await expect(suppress).toBeChecked();
  await dialog.getByRole('button', { name: 'Show counts below 5' }).click();
  await expect(suppress).not.toBeChecked();
  const unsuppressed = await download(/^SVG/);
  expect(unsuppressed.name).toMatch(/-UNSUPPRESSED\.svg$/);
  expect(unsuppressed.bytes.toString('utf8')).toContain(
    'Unsuppressed: contains counts below 5 — not for publication',
  );

  // Esc closes the dialog, and focus goes back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});
