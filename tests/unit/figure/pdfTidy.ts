import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { figureToPdf } from '../../../src/cli/figureFiles.ts';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import { figureForCohort, type CohortFigureOptions } from '../../../src/core/figure/figureForCohort.ts';
import type { FigureSize } from '../../../src/core/figure/figureTypes.ts';
import { fontSizeOf, overlappingWords, pdfWords, wordsOutside } from './pdfWords.ts';
import type { Volume } from './volumeFixtures.ts';

/** The board-paper PDF of a cohort, written into `dir` as `render` writes it. */
export async function pdfFile(
  dir: string,
  name: string,
  v: Volume,
  size: FigureSize,
  options: Partial<CohortFigureOptions> = {},
) {
  const figure = figureForCohort(v.loaded, v.cohort, { parameters: DEFAULT_PARAMETERS, size, ...options });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(
    file,
    await figureToPdf(figure, size, { title: figure.metadata.title, creationDate: new Date(0) }),
  );
  return { file, figure };
}

/** One page; no word outside it; no two words overlapping; no text under 8 pt; tagged (pdfinfo). */
export function expectTidy(file: string): void {
  const { pages, words } = pdfWords(file);
  expect(pages).toHaveLength(1);
  expect(words.length).toBeGreaterThan(200);
  expect(wordsOutside(pages, words).map((w) => w.text)).toEqual([]);
  expect(overlappingWords(words).map(([a, b]) => `${a.text} × ${b.text}`)).toEqual([]);
  expect(
    words.filter((w) => fontSizeOf(w) < 7.98).map((w) => `${w.text} ${fontSizeOf(w).toFixed(1)} pt`),
  ).toEqual([]);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  expect(info).toMatch(/^Pages:\s+1$/m);
}
