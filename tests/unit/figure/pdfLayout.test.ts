import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { figureToPdf } from '../../../src/cli/figureFiles.ts';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import { figureForCohort, type CohortFigureOptions } from '../../../src/core/figure/figureForCohort.ts';
import type { FigureSize } from '../../../src/core/figure/figureTypes.ts';
import { fontSizeOf, hasPoppler, overlappingWords, pdfWords, wordsOutside } from './pdfWords.ts';
import { expectTidy, pdfFile } from './pdfTidy.ts';
import { discoveredVolume, generatedVolume, type Volume } from './volumeFixtures.ts';

/**
 * The board-paper PDF at real volumes, read back as a reader's software sees it: poppler's
 * `pdftotext -bbox` gives every word's box. One page; no word outside it; no two words overlapping; no
 * text under 8 pt; `pdfinfo` says the file is tagged. CI installs poppler-utils (.ci/run); elsewhere,
 * without it, these tests are skipped and say why.
 */
const poppler = hasPoppler();
if (!poppler) {
  if (process.env.CI === 'true') throw new Error('CI needs poppler-utils (pdftotext, pdfinfo): see .ci/run.');
  console.warn('Skipping the PDF layout tests: poppler-utils (pdftotext, pdfinfo) is not installed.');
}

const dir = mkdtempSync(join(tmpdir(), 'pathway-lens-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pdfOf = (name: string, v: Volume, size: FigureSize, options: Partial<CohortFigureOptions> = {}) =>
  pdfFile(dir, name, v, size, options);

describe.skipIf(!poppler)('the PDF at real volumes: one tidy, legible, tagged page', () => {
  const cases: [string, () => Volume, FigureSize][] = [
    ['10 journeys', () => generatedVolume(10), 'a4-landscape'],
    ['300 journeys', () => generatedVolume(300), 'a4-landscape'],
    ['5,000 journeys', () => generatedVolume(5000), 'a4-landscape'],
    ['5,000 journeys, portrait', () => generatedVolume(5000), 'a4-portrait'],
    ['a 40-service discovered pathway', discoveredVolume, 'a4-landscape'],
    ['a 40-service discovered pathway, portrait', discoveredVolume, 'a4-portrait'],
  ];
  it.each(cases)('%s', async (name, volume, size) => {
    const { file, figure } = await pdfOf(name.replace(/\W+/g, '-'), volume(), size);
    expect(figure.warnings).toEqual([]);
    expectTidy(file);
  });

  it('the time view and a filtered figure too', async () => {
    const v = generatedVolume(5000);
    expectTidy((await pdfOf('time', v, 'a4-landscape', { view: 'time' })).file);
    const filtered = await pdfOf('filtered', v, 'a4-portrait', {
      filter: { concerns: ['self_harm'], reachedCrisis: true, attributes: { age_band: ['14-15'] } },
    });
    expectTidy(filtered.file);
    const text = execFileSync('pdftotext', [filtered.file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Filters: concern: Self-harm; age band: 14-15; reached crisis: yes.');
  });

  it('the check can fail: a page with text off its edge and text on text is caught', async () => {
    const v = generatedVolume(10);
    const figure = figureForCohort(v.loaded, v.cohort, { parameters: DEFAULT_PARAMETERS });
    const broken = {
      ...figure,
      parts: [
        ...figure.parts,
        { tag: 'P' as const, svg: '<text x="280" y="100" font-size="5">Off the edge of the page</text>' },
        { tag: 'P' as const, svg: '<text x="10" y="16" font-size="2">tiny words on the title</text>' },
      ],
    };
    const file = join(dir, 'broken.pdf');
    writeFileSync(file, await figureToPdf(broken, 'a4-landscape', { title: 'Broken' }));
    const { pages, words } = pdfWords(file);
    expect(wordsOutside(pages, words).length).toBeGreaterThan(0);
    expect(overlappingWords(words).length).toBeGreaterThan(0);
    expect(words.some((w) => fontSizeOf(w) < 7.98)).toBe(true);
  });
});
