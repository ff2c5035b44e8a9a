import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/**
 * The mapping dialog on a large export, measured in Chromium against the built app and PRINTED (no timed
 * assertions): 100,000 generated journeys (about 1,000,000 rows) with the columns renamed as a local
 * extract names them, so the file is refused as a §2 cohort and the dialog opens. Printed: the longest
 * main-thread task from choosing the file to the dialog's preview shown (the preview is read in the
 * cohort worker), the time to the preview, and the longest task while the user maps (a role changed, a
 * value searched, the time format edited).
 *
 *   npx vite build && PATHWAY_LENS_LARGE=1 E2E_PORT=… npx playwright test tests/large/mappingPerf.spec.ts
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const JOURNEYS = Number(process.env.PERF_JOURNEYS ?? 100_000);
const cohort = join(root, 'test-results', `generated-${String(JOURNEYS)}.csv`);
const exportFile = join(root, 'test-results', `export-${String(JOURNEYS)}.csv`);

async function ensureExport(): Promise<void> {
  if (existsSync(exportFile)) return;
  mkdirSync(join(root, 'test-results'), { recursive: true });
  if (!existsSync(cohort)) {
    const run = spawnSync(
      process.execPath,
      [
        join(root, 'bin/pathway-lens.mjs'),
        'generate',
        '--pathway',
        join(root, 'pathway-data/coventry'),
        '--journeys',
        String(JOURNEYS),
        '--seed',
        '1',
        '--out',
        cohort,
      ],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`generate failed: ${run.stderr}`);
  }
  // The same rows under an extract's own column names.
  const names: Record<string, string> = {
    journey_id: 'Pseudo ID',
    date: 'Event date',
    service: 'Team',
    activity: 'Contact type',
    concerns: 'Presenting needs',
  };
  const out = createWriteStream(exportFile);
  let first = true;
  for await (const line of createInterface({ input: createReadStream(cohort) })) {
    out.write(
      `${
        first
          ? line
              .split(',')
              .map((c) => names[c] ?? c)
              .join(',')
          : line
      }\n`,
    );
    first = false;
  }
  await new Promise((resolve) => out.end(resolve));
}

async function installLongTaskObserver(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

const longestSince = (page: Page, since: number) =>
  page.evaluate(
    (t) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
          .filter((e) => e.start >= t)
          .map((e) => e.duration),
      ),
    since,
  );

const now = (page: Page) => page.evaluate(() => performance.now());

test('the mapping dialog stays responsive on a 1,000,000-row export', async ({ page }) => {
  test.setTimeout(600_000);
  await ensureExport();
  await installLongTaskObserver(page);
  await page.goto('/');
  await expect(page.getByTestId('rf__node-school')).toHaveAttribute('aria-label', /journeys?/);
  const t0 = await now(page);
  await page.getByTestId('cohort-file-input').setInputFiles(exportFile);
  const dialog = page.getByTestId('mapping-dialog');
  await expect(dialog.getByText(/rows, header on row 1/)).toBeVisible({ timeout: 300_000 });
  const t1 = await now(page);
  const openLongest = await longestSince(page, t0);
  const rows = /[\d,]+ rows/.exec((await dialog.getByText(/rows, header on row 1/).textContent()) ?? '')?.[0];

  const t2 = await now(page);
  await dialog.getByRole('combobox', { name: 'Role of column “Presenting needs”' }).selectOption('');
  await dialog.getByRole('searchbox', { name: 'Search service values' }).fill('crisis');
  const format = dialog.getByRole('combobox', { name: /Format/ });
  await format.fill('yyyy-MM-dd');
  await format.fill('iso');
  await expect(dialog.getByText(/Every one of/)).toBeVisible();
  const mapLongest = await longestSince(page, t2);

  const size = statSync(exportFile).size / (1024 * 1024);
  console.log(
    [
      `Mapping dialog on ${rows ?? ''} (${size.toFixed(0)} MB):`,
      `  preview shown ${(t1 - t0).toFixed(0)} ms after the file was chosen (read in the worker)`,
      `  longest main-thread task while it was read and shown: ${openLongest.toFixed(0)} ms`,
      `  longest main-thread task while mapping (role, search, format): ${mapLongest.toFixed(0)} ms`,
    ].join('\n'),
  );
  expect(rows).toMatch(/\d/);
});
