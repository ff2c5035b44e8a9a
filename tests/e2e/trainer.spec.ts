import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { axeViolations } from './axe.ts';

const shots = 'test-results/screenshots';

/** Collects console errors and requests that leave the app's origin, for the end of each test. */
function watch(page: Page) {
  const outside: string[] = [];
  const errors: string[] = [];
  const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4173').origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) outside.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { outside, errors };
}

const progress = (page: Page) => page.getByRole('progressbar', { name: 'Progress through the case' });
const stepNow = async (page: Page) => Number(await progress(page).getAttribute('aria-valuenow'));

test.beforeAll(() => {
  mkdirSync(shots, { recursive: true });
});

test('C01 is presented to its end with the keyboard alone, stopping at every missed point; a what-if branch and back', async ({
  page,
}) => {
  const { outside, errors } = watch(page);
  // The player's clock is Playwright's, so autoplay can be moved on a step at a time instead of waited for.
  await page.clock.install();
  await page.goto('/#/trainer?case=C01');
  await expect(page.getByRole('heading', { level: 1, name: /Trainer mode/ })).toBeVisible();
  await expect(page.getByText('Synthetic case — invented for training')).toBeVisible();
  const narration = page.getByTestId('narration');
  await expect(narration).toContainText('Step 1 of 11');
  await expect(narration).toContainText('Mon 16 September 2019');
  await expect(narration).toContainText('157 days before the first crisis');
  await expect(page.getByTestId('missed-flag')).toBeVisible();
  await expect(page.getByTestId('signs-of-safety')).toContainText('What we are worried about');
  await page.screenshot({ path: `${shots}/trainer-player.png` });

  // The rows README.md lists as C01's missed points: steps 1, 2 and 3.
  const expectedMissed = [1, 2, 3];
  const stops: number[] = [await stepNow(page)];
  await page.keyboard.press('s'); // 2× speed
  await expect(page.getByRole('button', { name: '2×' })).toHaveAttribute('aria-pressed', 'true');
  const play = page
    .getByRole('group', { name: 'Player controls' })
    .getByRole('button', { name: /^(Play|Pause)$/ });
  for (let i = 0; i < 10 && (await stepNow(page)) < 11; i++) {
    await page.keyboard.press(' ');
    await expect(play).toHaveText(/Pause/);
    // Autoplay moves on every few seconds until a missed point or the end: run its timers until it stops.
    for (let tick = 0; tick < 20 && /Pause/.test((await play.textContent()) ?? ''); tick++)
      await page.clock.runFor(1000);
    await expect(play).toHaveText(/Play/);
    const step = await stepNow(page);
    stops.push(step);
    if (step < 11) {
      // Autoplay stopped before the end: only at a missed point, with its Signs of Safety card.
      expect(expectedMissed).toContain(step);
      await expect(page.getByTestId('missed-flag')).toBeVisible();
      await expect(page.getByTestId('signs-of-safety')).toContainText(
        'Early-help routes the pathway offered from School',
      );
    }
  }
  expect(stops).toEqual([1, 2, 3, 11]);
  await expect(narration).toContainText('Step 11 of 11');
  await expect(narration).toContainText('The child received help from Rise community CAMHS.');
  // The address bar holds a link to the step on screen.
  await expect(page).toHaveURL(/#\/trainer\?case=C01&step=11$/);

  // Back with ← and Home, forwards with → and N.
  await page.keyboard.press('ArrowLeft');
  await expect(narration).toContainText('Step 10 of 11');
  await page.keyboard.press('Home');
  await expect(narration).toContainText('Step 1 of 11');
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expect(narration).toContainText('Step 3 of 11');
  await expect(narration).toContainText('Pupil tells a teaching assistant about arguments at home');
  await page.keyboard.press('ArrowRight');
  await expect(narration).toContainText('Step 4 of 11');
  await expect(narration).toContainText('Rise 24-hour crisis line');
  await page.keyboard.press('ArrowLeft');

  // What if, at the third missed point, school had referred to its Mental Health Support Team?
  const whatIf = page.getByTestId('what-if');
  await whatIf.getByRole('button', { name: /Mental Health Support Team \(MHST\)/ }).click();
  const banner = page.getByTestId('hypothetical-banner');
  await expect(banner).toContainText('Hypothetical');
  await expect(banner).toContainText('This is not what happened to this child.');
  await expect(page.getByTestId('hypothetical')).toContainText('Hypothetical — not what happened');
  await expect(page.locator('.trainer-edge-label--hypothetical')).toHaveText(['Hypothetical 1']);
  // Continue on the machine from there: the MHST can step up to community CAMHS.
  await whatIf.getByRole('button', { name: /Rise community CAMHS/ }).click();
  // Each hypothetical move is tagged: on its line where the layout found room, else in its tooltip.
  await expect
    .poll(() =>
      page.getByTestId('trainer-map').evaluate((map) =>
        [...map.querySelectorAll('.trainer-edge-label--hypothetical, .react-flow__edge-path title')]
          .map((e) => /Hypothetical \d/.exec(e.textContent)?.[0])
          .filter((t, i, all) => t !== undefined && all.indexOf(t) === i)
          .sort(),
      ),
    )
    .toEqual(['Hypothetical 1', 'Hypothetical 2']);
  await expect(page.getByTestId('trainer-map').getByTestId('rf__node-rise_community')).toHaveAttribute(
    'aria-label',
    /hypothetical: here now( — |$)/,
  );
  await expect(page.getByTestId('trainer-map').getByTestId('rf__node-school')).toHaveAttribute(
    'aria-label',
    /where the real case is( — |$)/,
  );
  await page.screenshot({ path: `${shots}/trainer-whatif.png` });

  // Back to the real case (Esc), where the case was.
  await page.keyboard.press('Escape');
  await expect(banner).toHaveCount(0);
  await expect(narration).toContainText('Step 3 of 11');
  await expect(page.getByTestId('trainer-map').getByTestId('rf__node-school')).toHaveAttribute(
    'aria-label',
    /the case is here now( — |$)/,
  );

  expect(await axeViolations(page)).toEqual([]);
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('the presenter view: a link opens a case at a step, full window, progress bar, no accessibility violations', async ({
  page,
}) => {
  const { outside, errors } = watch(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/#/trainer?case=C04&step=3&presenter=1');
  const presenter = page.getByTestId('presenter-view');
  await expect(presenter).toBeVisible();
  await expect(presenter.getByText('Synthetic case — invented for training')).toBeVisible();
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '3');
  await expect(progress(page)).toHaveAttribute('aria-valuemax', '14');
  await expect(page.getByTestId('narration')).toContainText('Step 3 of 14');
  // No case chooser; the what-if list is there, so that a branch can be started in front of the room.
  await expect(page.getByTestId('what-if')).toBeVisible();
  await expect(page.getByRole('combobox')).toHaveCount(0);
  // It fills the window.
  const box = await presenter.boundingBox();
  expect(box).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
  // A missed point: the Signs of Safety frame, and M flips to the map.
  await expect(page.getByTestId('signs-of-safety')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${shots}/trainer-presenter-missed.png` });
  await page.keyboard.press('m');
  await expect(page.getByTestId('trainer-map')).toBeVisible();
  await expect(page.getByTestId('trainer-map').getByTestId('rf__node-school')).toHaveAttribute(
    'aria-label',
    /the case is here now( — |$)/,
  );
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${shots}/trainer-presenter-map.png` });

  // Stepping on shows the map and narration in large type.
  await page.keyboard.press('ArrowRight');
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '4');
  await expect(page.getByTestId('narration')).toContainText('The child was referred to Early Help.');
  await expect(page).toHaveURL(/#\/trainer\?case=C04&step=4&presenter=1$/);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${shots}/trainer-presenter.png` });

  // P leaves the presenter view for the trainer's screen, at the same step.
  await page.keyboard.press('p');
  await expect(presenter).toHaveCount(0);
  await expect(page.getByTestId('case-player')).toBeVisible();
  await expect(page.getByTestId('narration')).toContainText('Step 4 of 14');
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('the case chooser lists the ten synthetic cases; the explorer is one link away', async ({ page }) => {
  const { errors } = watch(page);
  await page.goto('/#/trainer');
  const chooser = page.getByTestId('case-chooser');
  await expect(chooser.getByRole('listitem')).toHaveCount(10);
  await expect(chooser.getByRole('listitem').first()).toContainText(
    'First concerns at School (self-harm, parental conflict); crisis 157 days later; 3 missed points; 11 steps',
  );
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${shots}/trainer-chooser.png` });
  await chooser.getByRole('link', { name: 'Case C07', exact: true }).click();
  await expect(page.getByTestId('narration')).toContainText('Step 1 of 14');
  await expect(page.getByRole('combobox', { name: 'Case' })).toHaveValue('C07');
  await page.getByRole('combobox', { name: 'Case' }).selectOption('C09');
  await expect(page.getByTestId('narration')).toContainText('Step 1 of 13');
  await expect(page).toHaveURL(/case=C09/);
  await page.getByRole('link', { name: 'Back to the explorer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Trainer mode/);
  await expect(page.getByTestId('rf__node-school')).toBeVisible();
  expect(errors).toEqual([]);
});
