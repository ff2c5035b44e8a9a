import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectTidy, pdfFile } from '../unit/figure/pdfTidy.ts';
import { hasPoppler } from '../unit/figure/pdfWords.ts';
import { generatedVolume } from '../unit/figure/volumeFixtures.ts';

/**
 * Issue 14's largest volume: the board-paper PDF of 100,000 generated journeys (about 1.1 million
 * events), landscape and portrait, read back with poppler: one tidy, legible, tagged page.
 */
const dir = mkdtempSync(join(tmpdir(), 'pathway-lens-pdf-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasPoppler())('the PDF of 100,000 journeys', () => {
  const volume = generatedVolume(100_000);
  it.each(['a4-landscape', 'a4-portrait'] as const)('%s: one tidy, legible, tagged page', async (size) => {
    const started = performance.now();
    const { file, figure } = await pdfFile(dir, `100k-${size}`, volume, size);
    console.log(
      `100,000 journeys, ${size}: figure and PDF in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(figure.metadata.cohort.journeys).toBe('100000');
    expect(figure.warnings).toEqual([]);
    expectTidy(file);
  });
});
