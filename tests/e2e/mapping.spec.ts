import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from './axe.ts';

/**
 * The mapping dialog (issue 10, point 4) against the built app: a CAMHS-style export (a title row,
 * day-first dates, team names, NHS attendance codes) is refused as a §2 cohort and the dialog opens; it is
 * mapped with the keyboard alone, its profile saved, and the file opened through it (the overlay shows).
 * Then, after a reload, the saved profile is loaded back in the dialog and opens the same file again.
 */

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/profiles/${name}`, import.meta.url));
const camhs = fixture('camhs-export.csv');

mkdirSync('test-results/screenshots', { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png` });

const node = (page: Page, id: string) => page.getByTestId(`rf__node-${id}`);

/** Chooses a file from the focused "Open … file" button with the keyboard. */
async function chooseWithKeyboard(page: Page, button: string, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(path);
}

/** Picks an option of a select from the keyboard: focus, then type its words (the select's type-ahead). */
async function selectWithKeyboard(page: Page, name: string | RegExp, label: string): Promise<void> {
  const select = page.getByRole('combobox', { name });
  await select.focus();
  await page.keyboard.type(label);
  await expect(select.locator('option:checked')).toHaveText(label);
}

test('a CAMHS-style export is mapped in the dialog with the keyboard, its profile saved and loaded back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(node(page, 'school')).toHaveAttribute('aria-label', /journeys?/);

  await chooseWithKeyboard(page, 'Open cohort file', camhs);
  const dialog = page.getByTestId('mapping-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('camhs-export.csv: 23 rows, header on row 3')).toBeVisible();
  // Suggested from the names: the journey, the time, the service and the activity.
  await expect(dialog.getByRole('combobox', { name: 'Role of column “Pseudo ID”' })).toHaveValue('journey');
  await expect(dialog.getByRole('combobox', { name: 'Role of column “Event date”' })).toHaveValue('time');
  await expect(dialog.getByRole('combobox', { name: 'Role of column “Team”' })).toHaveValue('service');
  await expect(dialog.getByRole('combobox', { name: 'Role of column “Event”' })).toHaveValue('activity');
  // Day-first dates: the formats that read them, previewed.
  await expect(dialog.getByText(/Every one of \d+ distinct values is read/)).toBeVisible();
  await expect(dialog.getByRole('cell', { name: '2020-01-14T09:30:00Z' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'mapping-dialog');

  // Presenting needs are free words here: kept as an attribute rather than read as concern codes.
  await selectWithKeyboard(page, 'Role of column “Presenting needs”', 'Keep as attribute');
  // Teams onto the pathway's services.
  for (const [team, service] of [
    ['GP surgery', 'GP (primary care)'],
    ['MHST Coventry', 'Mental Health Support Team (MHST)'],
    ['UHCW Emergency Dept', 'Emergency department (UHCW)'],
    ['UHCW A&E', 'Emergency department (UHCW)'],
    ['Acute liaison', 'CAMHS acute liaison team'],
  ] as const) {
    const select = dialog.getByRole('combobox', { name: `Service for “${team}”` });
    if ((await select.inputValue()) === '') await selectWithKeyboard(page, `Service for “${team}”`, service);
  }
  await selectWithKeyboard(page, 'Service for “Admin”', 'Drop (skip the rows)');
  await selectWithKeyboard(page, 'Map all remaining service values to', 'Drop (skip the rows)');
  const remaining = dialog.getByRole('button', { name: /^Map \d+ remaining$/ }).first();
  if (await remaining.isEnabled()) await remaining.press('Enter');
  // Activities: the NHS attendance codes.
  for (const [code, activity] of [
    ['5', 'contact'],
    ['6', 'contact'],
    ['7', 'did not attend'],
    ['3', 'did not attend'],
    ['2', 'declined'],
    ['4', 'Drop (skip the rows)'],
    ['0', 'Drop (skip the rows)'],
  ] as const) {
    const select = dialog.getByRole('combobox', { name: `Activity for “${code}”` });
    if ((await select.count()) > 0) await selectWithKeyboard(page, `Activity for “${code}”`, activity);
  }
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save profile' }).press('Enter');
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('camhs-export.profile.json');
  const profilePath = test.info().outputPath('camhs-export.profile.json');
  await saved.saveAs(profilePath);
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as Record<string, unknown>;
  expect(profile).toMatchObject({
    profile: 1,
    columns: { journey: 'Pseudo ID', time: 'Event date', service: 'Team', activity: 'Event' },
    services: { 'GP surgery': 'gp', Admin: 'drop' },
    activities: { '7': 'did_not_attend' },
  });

  // Remembered for this pathway on this device: the user's choice, with Space.
  await dialog.getByRole('checkbox', { name: /Remember this mapping/ }).focus();
  await page.keyboard.press('Space');
  await dialog.getByRole('button', { name: 'Open with this mapping' }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('cohort-banner')).toContainText('camhs-export.csv');
  await expect(node(page, 'crisis_line')).toHaveAttribute('aria-label', /journeys?/);
  await expect(page.getByTestId('problems-panel')).toBeHidden();
  await expectNoAxeViolations(page);
  await shot(page, 'mapping-opened');

  // A colleague's reload: the saved profile, loaded back in the dialog, opens the same export.
  await page.reload();
  await expect(node(page, 'school')).toHaveAttribute('aria-label', /journeys?/);
  await chooseWithKeyboard(page, 'Open cohort file', camhs);
  await expect(dialog).toBeVisible();
  // The remembered mapping is where the dialog starts.
  await expect(dialog.getByRole('combobox', { name: 'Service for “GP surgery”' })).toHaveValue('gp');
  // A change, undone by loading the saved profile back.
  await selectWithKeyboard(page, 'Service for “GP surgery”', 'School');
  await chooseWithKeyboard(page, 'Load profile', profilePath);
  await expect(dialog.getByText('Loaded camhs-export.profile.json.')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Service for “GP surgery”' })).toHaveValue('gp');
  await dialog.getByRole('button', { name: 'Open with this mapping' }).press('Enter');
  await expect(page.getByTestId('cohort-banner')).toContainText('camhs-export.csv');
  await expect(node(page, 'crisis_line')).toHaveAttribute('aria-label', /journeys?/);
});

test('a cohort that does not fit the pathway says so and offers the mapping dialog', async ({ page }) => {
  await page.goto('/');
  await expect(node(page, 'school')).toHaveAttribute('aria-label', /journeys?/);
  await chooseWithKeyboard(
    page,
    'Open cohort file',
    fileURLToPath(new URL('../fixtures/cohorts/explorer-broken.csv', import.meta.url)),
  );
  const panel = page.getByTestId('problems-panel');
  await expect(panel).toContainText('moon_base');
  const dialog = page.getByTestId('mapping-dialog');
  // A §2 file with wrong values is listed first; the dialog is offered, not forced.
  await expect(dialog).toBeHidden();
  await panel.getByRole('button', { name: 'Map columns and values…' }).press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Service for “moon_base”' })).toHaveValue('');
  await expect(dialog.getByRole('combobox', { name: 'Service for “school”' })).toHaveValue('school');
  await expect(
    dialog.getByText('Day offsets in “day”: whole days (may be negative), no format needed.'),
  ).toBeVisible();
  await expect(dialog.getByText('1 of 4 values are not mapped yet (1 row).').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, 'mapping-dialog-1920');
  // Cancel keeps what was loaded.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('cohort-banner')).toContainText('cohort.csv');
});
