import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from './axe.ts';

/**
 * No lost work: settings come back after a reload; a cohort the user chose to keep comes back too;
 * damaged storage is detected, removed and reported; "Clear all data from this device" empties it.
 * Each test has a fresh browser context, so its storage starts empty.
 */
const validFile = fileURLToPath(new URL('../fixtures/cohorts/explorer-valid.csv', import.meta.url));

const banner = (page: Page) => page.getByTestId('cohort-banner');
const windowInput = (page: Page) => page.getByRole('spinbutton', { name: /Response window/ });
const keepBox = (page: Page) => page.getByRole('checkbox', { name: 'Keep this cohort on this device' });

async function openExplorer(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('rf__node-school')).toHaveAttribute('aria-label', /journeys?/);
}

/**
 * Loads the page afresh without a hash, so that only the device's storage can bring settings back: one
 * load (by way of a blank page), so what that load reads is what the test left, not what an earlier
 * load had already repaired.
 */
async function reloadPlain(page: Page): Promise<void> {
  await page.goto('about:blank');
  await page.goto('/');
  await expect(page.getByTestId('rf__node-school')).toHaveAttribute('aria-label', /journeys?/);
}

/** What the app keeps: its localStorage keys and the names of its IndexedDB databases. */
function deviceStorage(page: Page): Promise<{ local: string[]; databases: string[] }> {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage).filter((k) => k.startsWith('pathway-lens:')),
    databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
  }));
}

/** How many entries the app's IndexedDB store holds. */
function keptCohortCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('pathway-lens', 1);
        // Before the app has made its database, this check must not make an empty one (without the app's
        // store, the app's own open would then find version 1 and never create it): none is 0 kept.
        open.onupgradeneeded = () => {
          open.transaction?.abort();
          resolve(0);
        };
        open.onerror = () => {
          resolve(0);
        };
        open.onsuccess = () => {
          const count = open.result.transaction('device').objectStore('device').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );
}

test('a changed W is restored after a reload (without a link naming it)', async ({ page }) => {
  await openExplorer(page);
  await windowInput(page).fill('14');
  await windowInput(page).press('Enter');
  await expect(page).toHaveURL(/W=14/);
  await expect.poll(async () => (await deviceStorage(page)).local).toEqual(['pathway-lens:settings']);
  await reloadPlain(page);
  await expect(windowInput(page)).toHaveValue('14');
  // The URL wins over the saved settings.
  await page.goto('/#W=21');
  await page.reload();
  await expect(windowInput(page)).toHaveValue('21');
});

test('a cohort the user keeps on this device is restored after a reload', async ({ page }) => {
  await openExplorer(page);
  // Not offered for the shipped synthetic cohort.
  await expect(keepBox(page)).toHaveCount(0);
  await page.getByTestId('cohort-file-input').setInputFiles(validFile);
  await expect(banner(page)).toContainText('explorer-valid.csv: 3 journeys, 18 events');
  await expect(keepBox(page)).not.toBeChecked();
  await expectNoAxeViolations(page);
  await keepBox(page).check();
  await expect.poll(() => keptCohortCount(page)).toBe(1);

  await reloadPlain(page);
  await expect(banner(page)).toContainText('explorer-valid.csv: 3 journeys, 18 events');
  await expect(page.getByTestId('synthetic-flag')).toHaveCount(0);
  await expect(page.getByTestId('device-notice')).toContainText(
    /Restored your cohort explorer-valid\.csv saved on this device on \d{1,2} \w{3} \d{4}/,
  );
  await expect(keepBox(page)).toBeChecked();
  await expectNoAxeViolations(page);

  // Turning it off deletes it: the next reload shows the shipped cohort.
  await keepBox(page).uncheck();
  await expect.poll(() => keptCohortCount(page)).toBe(0);
  await reloadPlain(page);
  await expect(page.getByTestId('synthetic-flag')).toBeVisible();
  await expect(page.getByTestId('device-notice')).toHaveCount(0);
});

test('damaged storage is detected, removed and reported; the app works with the defaults', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openExplorer(page);
  await page.evaluate(async () => {
    localStorage.setItem('pathway-lens:settings', '{"version":1,"kind":"settings","data":{"windowDays":');
    // A cohort entry whose checksum does not match its data.
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('pathway-lens', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('device');
      open.onerror = () => reject(new Error('open failed'));
      open.onsuccess = () => {
        const tx = open.result.transaction('device', 'readwrite');
        tx.objectStore('device').put(
          JSON.stringify({
            version: 1,
            savedAt: new Date().toISOString(),
            kind: 'cohort',
            data: { fileName: 'x.csv', text: 'garbage', synthetic: false },
            checksum: '00000000',
          }),
          'cohort',
        );
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
  });
  await reloadPlain(page);
  const notice = page.getByTestId('device-notice');
  await expect(notice).toContainText(
    'Saved data on this device could not be read and was removed; your settings are back to the defaults.',
  );
  await expect(windowInput(page)).toHaveValue('28');
  await expect(page.getByTestId('synthetic-flag')).toBeVisible();
  await expect(page.getByTestId('rf__node-school').locator('.missed-rate__count')).toHaveText('11 missed');
  expect((await deviceStorage(page)).local).toEqual([]);
  await expectNoAxeViolations(page);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('"Clear all data from this device" removes everything and shows the shipped cohort', async ({
  page,
}) => {
  await openExplorer(page);
  await windowInput(page).fill('14');
  await windowInput(page).press('Enter');
  await page.getByTestId('cohort-file-input').setInputFiles(validFile);
  await expect(banner(page)).toContainText('explorer-valid.csv');
  await keepBox(page).check();
  await expect.poll(async () => (await deviceStorage(page)).databases).toContain('pathway-lens');
  await expect.poll(async () => (await deviceStorage(page)).local).toEqual(['pathway-lens:settings']);

  await page.getByRole('button', { name: 'Clear all data from this device' }).click();
  // A confirmation first; Cancel keeps everything.
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect((await deviceStorage(page)).local).toEqual(['pathway-lens:settings']);
  await page.getByRole('button', { name: 'Clear all data from this device' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Yes, clear all data' }).click();

  await expect(page.getByTestId('synthetic-flag')).toBeVisible();
  await expect(banner(page)).toContainText('10 journeys, 130 events');
  await expect(windowInput(page)).toHaveValue('28');
  await expect(page.getByTestId('device-notice')).toContainText('removed from this device');
  await expect.poll(() => deviceStorage(page)).toEqual({ local: [], databases: [] });
  // And it stays empty after a reload.
  await reloadPlain(page);
  await expect(page.getByTestId('synthetic-flag')).toBeVisible();
  await expect(windowInput(page)).toHaveValue('28');
  expect(await deviceStorage(page)).toEqual({ local: [], databases: [] });
});
