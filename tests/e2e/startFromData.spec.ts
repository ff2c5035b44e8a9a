import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validatePathway } from '../../src/core/pathway/validatePathway.ts';
import { expectNoAxeViolations } from './axe.ts';
import { press, shot } from './steps.ts';

/**
 * "Start from data" with a log that is not in Pathway Lens's columns and no import profile (issue 11:
 * from a log to a saved, tagged pathway without touching JSON), with the keyboard only: the mapping
 * dialog opens in discovery mode, the roles and the time format are set, the draft is discovered and
 * drawn, a service is tagged in the editor and pathway.json saved. Then bad input through the same path:
 * times no format reads, an empty file, a log of one journey. Screenshots of the dialog go to
 * test-results/screenshots/ (and to $SHOTS_DIR when set).
 */
const camhs = fileURLToPath(new URL('../fixtures/profiles/camhs-export.csv', import.meta.url));
const DOWNLOADS = 'test-results/downloads';
mkdirSync('test-results/screenshots', { recursive: true });
mkdirSync(DOWNLOADS, { recursive: true });

/** Start from data from the keyboard: Enter on the button opens the browser's file chooser. */
async function startFromData(page: Page, files: Parameters<Locator['setInputFiles']>[0]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await press(page.getByTestId('start-from-data'), 'Enter');
  await (await chooser).setFiles(files);
}

/** Picks an option of a select from the keyboard: focus, then type its words (the select's type-ahead). */
async function selectWithKeyboard(select: Locator, label: string): Promise<void> {
  await select.focus();
  await select.page().keyboard.type(label);
  await expect(select.locator('option:checked')).toHaveText(label);
}

/** Replaces a text box's value from the keyboard. */
async function typeInto(box: Locator, text: string): Promise<void> {
  await box.focus();
  await box.page().keyboard.press('ControlOrMeta+a');
  await box.page().keyboard.type(text);
}

const dialog = (page: Page) => page.getByTestId('mapping-dialog');
const editor = (page: Page) => page.getByTestId('pathway-editor');
const title = (page: Page) => page.getByRole('heading', { level: 1 });

async function coventryLoaded(page: Page): Promise<void> {
  await expect(page.getByTestId('rf__node-school')).toHaveAttribute('aria-label', /journeys?/);
}

test('a log not in Pathway Lens’s columns becomes a saved, tagged pathway through the discovery dialog', async ({
  page,
}) => {
  await page.goto('/');
  await coventryLoaded(page);
  await startFromData(page, camhs);
  const d = dialog(page);
  await expect(d).toHaveAttribute('data-mode', 'discover');
  await expect(d.getByRole('heading', { name: 'Discover a pathway from camhs-export.csv' })).toBeVisible();
  await expect(d.getByText('camhs-export.csv: 23 rows, header on row 3')).toBeVisible();
  await expect(d.getByTestId('discovered-services')).toContainText('“Team”: 11 distinct values');
  // No value tables in this mode: nothing to map.
  await expect(d.getByRole('combobox', { name: /Map all remaining/ })).toHaveCount(0);

  // Roles by keyboard: the activity codes kept as an attribute, the needs as concerns.
  await selectWithKeyboard(d.getByRole('combobox', { name: 'Role of column “Event”' }), 'Keep as attribute');
  await selectWithKeyboard(
    d.getByRole('combobox', { name: 'Role of column “Presenting needs”' }),
    'Concerns (list of words)',
  );
  await expect(d.getByTestId('discovered-services')).toContainText('every event is read as a contact');
  // The time format by keyboard, with its live preview.
  const format = d.getByRole('combobox', { name: /^Format/ });
  await typeInto(format, 'yyyy-MM-dd');
  await expect(d.getByText(/distinct values are not read/)).toBeVisible();
  await typeInto(format, 'dd/MM/yyyy HH:mm | dd/MM/yyyy | excel');
  await expect(d.getByText(/^Every one of \d+ distinct values is read/)).toBeVisible();
  await shot(page, 'discover-1280x800');
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, 'discover-1920x1080');
  await page.setViewportSize({ width: 1280, height: 800 });

  await press(d.getByRole('button', { name: 'Discover the pathway' }), 'Enter');
  await expect(d).toHaveCount(0);
  await expect(title(page)).toHaveText('Pathway discovered from camhs-export.csv');
  await expect(page.getByTestId('editor-notes')).toContainText('Discovered 11 services');
  await expect(page.getByTestId('cohort-banner')).toContainText('camhs-export.csv');
  await expect(page.getByTestId('rf__node-school')).toHaveAttribute('aria-label', /journeys?/);

  // Tag School as early intervention in the editor, and save the pathway.
  const school = editor(page).locator('[data-card="school"]');
  await press(school, 'Enter');
  await press(editor(page).getByRole('checkbox', { name: 'early intervention' }), ' ');
  await expect(school).toHaveAccessibleName('School early intervention');
  const save = editor(page).getByTestId('save-pathway');
  const [download] = await Promise.all([page.waitForEvent('download'), press(save, 'Enter')]);
  expect(download.suggestedFilename()).toBe('pathway.json');
  const path = `${DOWNLOADS}/start-from-data-pathway.json`;
  await download.saveAs(path);
  const saved = validatePathway(JSON.parse(readFileSync(path, 'utf8')) as unknown, 'pathway.json');
  if (!saved.ok) throw new Error(saved.problems.map((p) => p.message).join('\n'));
  expect(saved.value.services).toHaveLength(11);
  expect(saved.value.services.find((s) => s.id === 'school')?.tags).toEqual(['early-intervention']);
  expect(saved.value.concerns.map((c) => c.label)).toContain('Low mood');
});

const csvFile = (name: string, ...lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`${lines.join('\n')}\n`),
});

test('bad input through Start from data: unread times, an empty file, one journey; nothing loaded is lost', async ({
  page,
}) => {
  await page.goto('/');
  await coventryLoaded(page);
  const coventry = (await title(page).textContent()) ?? '';
  const header = 'case:concept:name,concept:name,time:timestamp';

  // Times no format reads: the failing values in the dialog, then the refusal listed there; Esc keeps all.
  await startFromData(
    page,
    csvFile('bad-times.csv', header, '1,Triage,yesterday', '1,Ward,today', '2,Triage,soon'),
  );
  await expect(dialog(page)).toHaveAttribute('data-mode', 'discover');
  await expect(
    dialog(page).getByText(/3 distinct values are not read \(3 rows\), e.g. “yesterday” on row 2/),
  ).toBeVisible();
  await press(dialog(page).getByRole('button', { name: 'Discover the pathway' }), 'Enter');
  await expect(dialog(page).getByTestId('mapping-problems')).toContainText(
    'bad-times.csv could not be discovered with this mapping:',
  );
  await expect(dialog(page).getByTestId('mapping-problems')).toContainText('bad-times.csv:2');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(title(page)).toHaveText(coventry);
  await expect(page.getByTestId('cohort-banner')).toContainText('cohort.csv');

  // An empty file: refused in the load panel, the pathway and cohort stay.
  await startFromData(page, csvFile('empty.csv'));
  await expect(page.getByTestId('problems-panel')).toContainText('empty.csv');
  await expect(page.getByTestId('problems-panel')).toContainText('the file is empty');
  await expect(dialog(page)).toHaveCount(0);
  await expect(title(page)).toHaveText(coventry);
  await expect(page.getByTestId('cohort-banner')).toContainText('cohort.csv');

  // One journey: a draft with no routes, and the editor says why.
  await startFromData(
    page,
    csvFile('one-journey.csv', header, '1,Triage,2020-01-02T10:00:00Z', '1,Ward,2020-01-03T10:00:00Z'),
  );
  // The dialog has read the file's first rows (it moves focus into itself when they arrive).
  await expect(dialog(page).getByText(/Every one of 2 distinct values is read/)).toBeVisible();
  await press(dialog(page).getByRole('button', { name: 'Discover the pathway' }), 'Enter');
  await expect(title(page)).toHaveText('Pathway discovered from one-journey.csv');
  await expect(page.getByTestId('editor-notes')).toContainText(
    'No move between two services was made by 2 journeys or more, so the draft has no routes',
  );
});
