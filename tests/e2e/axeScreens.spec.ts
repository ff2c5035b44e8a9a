import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';

/**
 * Every screen, checked by axe with all its rules and no filter on impact (issue 13): the explorer,
 * its table view, its journey list and a journey's timeline, the export dialog, the trainer's case
 * chooser and player, the presenter view and the embed. Each must have no violation at all.
 */

const screens: [string, string, (page: Page) => Promise<void>][] = [
  [
    'the explorer',
    '/',
    async (page) => {
      await expect(page.getByTestId('rf__node-school')).toBeVisible();
    },
  ],
  [
    'the table view',
    '/#view=table',
    async (page) => {
      await expect(page.getByTestId('map-table')).toBeVisible();
    },
  ],
  [
    'the journey list and a journey',
    '/#journey=C02',
    async (page) => {
      await page.getByRole('tab', { name: /Journeys/ }).click();
      await expect(page.getByRole('table', { name: /Journeys \(\d+\)/ })).toBeVisible();
      await expect(
        page.getByTestId('timeline-drawer').getByRole('heading', { name: /Journey C02/ }),
      ).toBeVisible();
    },
  ],
  [
    'the export dialog',
    '/',
    async (page) => {
      await page.getByRole('button', { name: 'Export figure' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  ],
  [
    'the trainer',
    '/#/trainer?case=C01',
    async (page) => {
      await expect(page.getByTestId('narration')).toContainText('Step 1 of 11');
    },
  ],
  [
    'the presenter view',
    '/#/trainer?case=C04&step=3&presenter=1',
    async (page) => {
      await expect(page.getByTestId('presenter-view')).toBeVisible();
    },
  ],
  [
    'the embed',
    '/#/embed?W=28&H=365',
    async (page) => {
      await expect(page.getByTestId('embed-figure')).toBeVisible();
    },
  ],
];

for (const [name, url, ready] of screens)
  test(`axe finds nothing on ${name}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url);
    await ready(page);
    expect(await axeViolations(page)).toEqual([]);
  });
