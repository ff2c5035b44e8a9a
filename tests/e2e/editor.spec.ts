import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validatePathway } from '../../src/core/pathway/validatePathway.ts';
import { expectNoAxeViolations } from './axe.ts';
import { press, shot } from './steps.ts';

/**
 * "Start from data" and the pathway editor, with the keyboard only (files are chosen through the file
 * input, as the browser's own chooser would): a draft discovered from a log, two services tagged, a
 * route added that turns an off-pathway move on-pathway on the map, undone, saved as pathway.json and
 * kept on this device, and the saved pathway back after a reload. Axe clean on the editor.
 * Screenshots go to test-results/screenshots/ (and to $SHOTS_DIR when set).
 */
const log = fileURLToPath(new URL('../../pathway-data/coventry/cohort.csv', import.meta.url));
const DOWNLOADS = 'test-results/downloads';
mkdirSync('test-results/screenshots', { recursive: true });
mkdirSync(DOWNLOADS, { recursive: true });

const editor = (page: Page) => page.getByTestId('pathway-editor');
const card = (page: Page, id: string) => editor(page).locator(`[data-card="${id}"]`);
const offMoves = (page: Page) => page.locator('[aria-label^="Off-pathway move from "]');

/** The title of the pathway kept in the app's IndexedDB store, or null. */
function keptPathwayTitle(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    // Opening a database that does not exist would create it without the app's store: look first.
    if (!(await indexedDB.databases()).some((d) => d.name === 'pathway-lens')) return null;
    return new Promise<string | null>((resolve) => {
      const open = indexedDB.open('pathway-lens', 1);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('device')) {
          db.close();
          resolve(null);
          return;
        }
        const get = db.transaction('device').objectStore('device').get('pathway');
        get.onsuccess = () => {
          db.close();
          const text = get.result as string | undefined;
          resolve(text ? (JSON.parse(text) as { data: { title: string } }).data.title : null);
        };
      };
    });
  });
}

async function startFromData(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('rf__node-school')).toHaveAttribute('aria-label', /journeys?/);
  await page.getByTestId('start-from-data-input').setInputFiles(log);
  await expect(editor(page)).toBeVisible();
  await expect(page.getByTestId('editor-notes')).toContainText(/Discovered \d+ services in \d+ levels?/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pathway discovered from cohort.csv');
}

test('start from a log, tag two services, add a route, undo, save and get the pathway back', async ({
  page,
}) => {
  await startFromData(page);
  await expect(page.getByTestId('editor-validity')).toHaveText(/The pathway is valid/);

  // Tag two services, each selected on the editor's board with the keyboard.
  await press(card(page, 'school'), 'Enter');
  await press(editor(page).getByRole('checkbox', { name: 'early intervention' }), ' ');
  await press(card(page, 'ed'), 'Enter');
  await press(editor(page).getByRole('checkbox', { name: 'crisis' }), ' ');
  await expect(editor(page).getByRole('checkbox', { name: 'crisis' })).toBeChecked();
  await expect(card(page, 'school')).toHaveAccessibleName('school early intervention');

  // An off-pathway move on the map (made by fewer journeys than a discovered route needs).
  await expect(offMoves(page).first()).toBeAttached();
  const label = (await offMoves(page).first().getAttribute('aria-label')) ?? '';
  const [, from = '', to = ''] = /^Off-pathway move from (.+) to (.+?): /.exec(label) ?? [];
  expect(from).not.toBe('');
  const onMove = page.locator(`[aria-label^="Move from ${from} to ${to}: "]`);
  const offMove = page.locator(`[aria-label^="Off-pathway move from ${from} to ${to}: "]`);
  await expect(onMove).toHaveCount(0);

  // Add its route: the move is on the pathway at once.
  const routes = editor(page).getByRole('region', { name: /^Routes/ });
  await routes.getByRole('combobox', { name: 'From' }).selectOption({ label: from });
  await routes.getByRole('combobox', { name: 'To' }).selectOption({ label: to });
  await press(routes.getByRole('button', { name: 'Add route' }), 'Enter');
  await expect(onMove.first()).toBeAttached();
  await expect(offMove).toHaveCount(0);
  await shot(page, 'editor-route-added');
  await expectNoAxeViolations(page);

  // Undo: the route goes, and the move is off the pathway again.
  await press(editor(page).getByRole('button', { name: 'Undo' }), 'Enter');
  await expect(offMove.first()).toBeAttached();
  await expect(onMove).toHaveCount(0);

  // An invalid pathway cannot be saved: the button says what to fix first.
  const name = editor(page).getByRole('textbox', { name: 'Name', exact: true });
  await name.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('editor-validity')).toContainText('services[');
  const save = editor(page).getByTestId('save-pathway');
  await expect(save).toHaveAttribute('aria-disabled', 'true');
  await expect(save).toHaveAccessibleDescription(/Fix the problem listed below first/);
  let downloads = 0;
  page.on('download', () => downloads++);
  await press(save, 'Enter');
  await name.focus();
  await page.keyboard.type('Emergency department');
  await expect(page.getByTestId('editor-validity')).toHaveText(/The pathway is valid/);
  expect(downloads).toBe(0);

  // Save: pathway.json, valid, with the two tags and without the undone route.
  const [download] = await Promise.all([page.waitForEvent('download'), press(save, 'Enter')]);
  expect(download.suggestedFilename()).toBe('pathway.json');
  const path = `${DOWNLOADS}/editor-pathway.json`;
  await download.saveAs(path);
  const saved = validatePathway(JSON.parse(readFileSync(path, 'utf8')) as unknown, 'pathway.json');
  if (!saved.ok) throw new Error(saved.problems.map((p) => p.message).join('\n'));
  const tags = (id: string) => saved.value.services.find((s) => s.id === id)?.tags;
  expect(tags('school')).toEqual(['early-intervention']);
  expect(tags('ed')).toEqual(['crisis']);
  expect(saved.value.services.find((s) => s.id === 'ed')?.label).toBe('Emergency department');

  // Kept on this device: after a reload the edited pathway is back, with its tags.
  await press(editor(page).getByRole('checkbox', { name: 'Keep this pathway on this device' }), ' ');
  await expect(
    editor(page).getByRole('checkbox', { name: 'Keep this pathway on this device' }),
  ).toBeChecked();
  // Stored (IndexedDB writes are asynchronous) before the reload.
  await expect.poll(() => keptPathwayTitle(page)).toBe('Pathway discovered from cohort.csv');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pathway discovered from cohort.csv');
  await expect(page.getByText(/Restored your pathway/)).toBeVisible();
  await expect(page.getByTestId('rf__node-ed')).toHaveAttribute(
    'aria-label',
    /Emergency department.*crisis/i,
  );
});

test('the editor moves services with the keyboard and refuses what would break the pathway', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('rf__node-school')).toHaveAttribute('aria-label', /journeys?/);
  await press(page.getByTestId('edit-pathway'), 'Enter');
  await expect(editor(page)).toBeVisible();
  const school = card(page, 'school');
  await press(school, 'Enter');
  const levels = editor(page).getByRole('region', { name: /^Level / });
  const firstLevel = levels.first();
  const before = await firstLevel.getByRole('listitem').count();
  // Alt+Right: to the next level (focus stays on the card).
  await press(school, 'Alt+ArrowRight');
  await expect(firstLevel.locator('[data-card="school"]')).toHaveCount(0);
  await expect(levels.nth(1).locator('[data-card="school"]')).toBeFocused();
  await expect(firstLevel.getByRole('listitem')).toHaveCount(before - 1);
  // A level that still has services cannot be removed: the editor says why.
  await press(
    editor(page)
      .getByRole('button', { name: /^Remove level / })
      .first(),
    'Enter',
  );
  await expect(page.getByTestId('editor-refused')).toHaveText(
    /move its \d+ services? to another level first/,
  );
  await press(editor(page).getByRole('button', { name: 'Undo' }), 'Enter');
  await expect(firstLevel.locator('[data-card="school"]')).toBeVisible();
  await shot(page, 'editor-1280x800');
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, 'editor-1920x1080');
});

test('start from a log with its import profile; a log that cannot be read is refused and nothing is lost', async ({
  page,
}) => {
  const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/profiles/${name}`, import.meta.url));
  await page.goto('/');
  await expect(page.getByTestId('rf__node-school')).toHaveAttribute('aria-label', /journeys?/);
  const input = page.getByTestId('start-from-data-input');

  // A log whose columns are not §2's, without its profile: the mapping dialog asks for them (see
  // startFromData.spec.ts); closed, the pathway and cohort stay.
  await input.setInputFiles(fixture('camhs-export.csv'));
  await expect(page.getByTestId('mapping-dialog')).toHaveAttribute('data-mode', 'discover');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('mapping-dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Coventry');
  await expect(page.getByTestId('cohort-banner')).toContainText('cohort.csv');

  // With its profile: a draft of the profile's services, the export as its cohort.
  await input.setInputFiles([fixture('camhs-export.csv'), fixture('camhs-export.profile.json')]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Pathway discovered from camhs-export.csv',
  );
  await expect(page.getByTestId('editor-notes')).toContainText(/Discovered \d+ services/);
  await expect(page.getByTestId('cohort-banner')).toContainText('camhs-export.csv');
  await expect(page.getByTestId('rf__node-school')).toHaveAttribute('aria-label', /journeys?/);
  await expectNoAxeViolations(page);
});

/** A synthetic §2 log of 40 services: 400 journeys wandering between neighbouring services. */
function fortyServiceLog(): string {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rows = ['journey_id,date,service,activity,synthetic'];
  for (let j = 0; j < 400; j++) {
    let s = Math.floor(random() * 40);
    const steps = 3 + Math.floor(random() * 6);
    for (let e = 0; e < steps; e++) {
      const day = String(1 + e * 3).padStart(2, '0');
      rows.push(
        `J${String(j)},2021-03-${day},Team ${String(s + 1)},${e === 0 ? 'referral' : 'assessment'},yes`,
      );
      s = Math.min(39, Math.max(0, s + Math.floor(random() * 9) - 2));
    }
  }
  return `${rows.join('\n')}\n`;
}

test('a 40-service log starts simplified by the sliders, readable at once', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('rf__node-school')).toHaveAttribute('aria-label', /journeys?/);
  await page.getByTestId('start-from-data-input').setInputFiles({
    name: 'forty-teams.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(fortyServiceLog()),
  });
  await expect(page.getByTestId('editor-notes')).toContainText('Discovered 40 services');
  await expect(page.getByText(/services? and \d+ moves? hidden|services? hidden/).first()).toBeVisible();
  const drawn = await page.locator('.react-flow__node[data-testid^="rf__node-"]').count();
  expect(drawn).toBeLessThan(40);
  await expect(page.locator('[data-testid^="rf__node-team_"]').first()).toHaveAttribute(
    'aria-label',
    /journeys?/,
  );
  await shot(page, 'editor-discovered-1280x800');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, 'editor-discovered-1920x1080');
  await expectNoAxeViolations(page);
});
