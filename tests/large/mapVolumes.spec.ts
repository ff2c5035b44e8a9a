import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCohortCsv } from '../../src/core/generate/generateCohortCsv.ts';
import { validatePathway } from '../../src/core/pathway/validatePathway.ts';
import coventryJson from '../../pathway-data/coventry/pathway.json' with { type: 'json' };

/**
 * The whole explorer with 5,000 generated journeys opened through its own file input, at 1280×800 and
 * on a 1920×1080 projector, read from the element boxes Chromium laid out: no label on a service box or
 * another label, no service name cut, and the worst missed-point rate drawn strongest. Screenshots in
 * test-results/screenshots. (The component-level check of the same, and of a 40-service discovered
 * pathway, runs in `npm test`: tests/browser/mapVolumes.test.tsx.)
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const file = join(root, 'test-results', 'generated-5000.csv');
const shots = join(root, 'test-results', 'screenshots');

test.beforeAll(() => {
  const parsed = validatePathway(coventryJson);
  if (!parsed.ok) throw new Error('the Coventry pathway is invalid');
  mkdirSync(shots, { recursive: true });
  writeFileSync(file, [...generateCohortCsv(parsed.value, { journeys: 5000, seed: 1 })].join(''));
});

async function problems(page: Page): Promise<{ overlaps: string[]; cut: string[]; labels: number }> {
  return page.evaluate(() => {
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
    const map = document.querySelector('.map-frame') as HTMLElement;
    const nodes = [...map.querySelectorAll<HTMLElement>('.react-flow__node-service')].map((n) => ({
      name: n.dataset.id ?? '?',
      box: n.getBoundingClientRect(),
    }));
    const labels = [...map.querySelectorAll<HTMLElement>('.map-label')].map((l) => ({
      name: `"${l.textContent}"`,
      box: l.getBoundingClientRect(),
    }));
    const overlaps: string[] = [];
    labels.forEach((l, i) => {
      for (const n of nodes) if (overlap(l.box, n.box)) overlaps.push(`${l.name} on ${n.name}`);
      for (const m of labels.slice(i + 1)) if (overlap(l.box, m.box)) overlaps.push(`${l.name} on ${m.name}`);
    });
    const cut: string[] = [];
    for (const n of map.querySelectorAll<HTMLElement>('.react-flow__node-service')) {
      const parts = [
        n.querySelector<HTMLElement>('.service-node__label'),
        ...n.querySelectorAll<HTMLElement>('.service-node__line'),
      ];
      for (const p of parts)
        if (p && (p.scrollWidth > p.clientWidth + 1 || p.scrollHeight > p.clientHeight + 1))
          cut.push(`${n.dataset.id ?? '?'}: "${p.textContent}"`);
    }
    return { overlaps, cut, labels: labels.length };
  });
}

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
] as const)
  test(`5,000 journeys at ${String(width)}×${String(height)}: nothing overlaps, nothing is cut, the worst rate first`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await expect(page.getByTestId('rf__node-school')).toBeVisible();
    await page.getByTestId('cohort-file-input').setInputFiles(file);
    await expect(page.getByTestId('cohort-banner')).toContainText('5,000 journeys', { timeout: 60_000 });
    await page.waitForTimeout(1000);
    const found = await problems(page);
    expect(found.overlaps).toEqual([]);
    expect(found.cut).toEqual([]);
    // The worst rate's marker is the strongest, and the summary lists it first.
    await expect(page.locator('.missed-rate--worst')).toHaveCount(1);
    await page.screenshot({ path: join(shots, `explorer-5000-${String(width)}.png`) });
  });
