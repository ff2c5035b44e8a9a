import { expect, type Locator, type Page } from '@playwright/test';

/** Focuses a control and presses a key on it, as a keyboard user reaching it with Tab would. */
export async function press(target: Locator, key: string): Promise<void> {
  await target.focus();
  await expect(target).toBeFocused();
  await target.press(key);
}

/** A screenshot in test-results/screenshots/ (which must exist), and in $SHOTS_DIR too when it is set. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}
