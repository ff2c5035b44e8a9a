import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';

/**
 * Every screen is checked by axe with all its rules and no filter on impact (issue 13), where a spec
 * already brings it up (tests/e2e/axe.ts): the explorer and its Key (explorer.spec, map.spec), the
 * journey list and a journey's timeline (explorer.spec), the export dialog and the embed (export.spec),
 * the trainer's case chooser, player and presenter view (trainer.spec, journeyTrainer.spec), the editor,
 * the mapping and discovery dialogs, compare mode, pathways and overlays (their specs). The screens no
 * other spec checks are checked here.
 */

const screens: [string, string, (page: Page) => Promise<void>][] = [
  [
    'the table view',
    '/#view=table',
    async (page) => {
      await expect(page.getByTestId('map-table')).toBeVisible();
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
