import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import { compareFigureForCohort } from '../../../src/core/figure/compareFigureForCohort.ts';
import { readFigureMetadata } from '../../../src/core/figure/figureMetadata.ts';
import type { PathwayFigure } from '../../../src/core/figure/figureTypes.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import { formatProblem } from '../../../src/core/problems.ts';
import { readCoventryCohort } from './coventryCohort.ts';
import { coventry } from './figureFixtures.ts';
import { expectSvgSnapshot } from './svgSnapshot.ts';
import { smallCountsIn, svgTextRuns } from './svgText.ts';

const loaded = loadPathway(coventry);
const cohort = readCoventryCohort(coventry);
const options = { parameters: DEFAULT_PARAMETERS, name: 'cohort.csv' };

function figure(
  choice: { kind: 'date' | 'column'; value: string },
  extra: Partial<Parameters<typeof compareFigureForCohort>[3]> = {},
): PathwayFigure {
  const r = compareFigureForCohort(loaded, cohort, choice, { ...options, ...extra });
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.value;
}

function refusal(choice: { kind: 'date' | 'column'; value: string }): string {
  const r = compareFigureForCohort(loaded, cohort, choice, options);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.problems.map(formatProblem).join('\n');
}

describe('the before / after figure (issue 12.5)', () => {
  const split = figure({ kind: 'date', value: '2019-06-01' });
  const text = svgTextRuns(split.svg).join(' ');

  it('draws the shipped cohort split by a date as two maps on A4 (snapshot)', () => {
    expectSvgSnapshot('coventry-compare', split.svg);
    expect(split.widthMm).toBe(297);
    expect(split.heightMm).toBe(210);
    expect(split.parts.filter((p) => p.tag === 'Figure').length).toBeGreaterThanOrEqual(2);
  });

  it('says the split and each group size in the header, and the caveats in the data note', () => {
    expect(text).toContain('Split by the date of each journey’s first event, 2019-06-01.');
    expect(text).toContain('before 2019-06-01: 6 journeys');
    expect(text).toContain('from 2019-06-01: <5 journeys');
    expect(text).toContain('“from 2019-06-01” has fewer than 5 journeys: nothing in its map is a finding.');
    expect(text).toContain('the two maps share one line-width scale');
    expect(text).toContain('SYNTHETIC DATA');
    expect(split.warnings).toEqual([
      'The group "from 2019-06-01" has fewer than 5 journeys: nothing in its map is a finding.',
    ]);
    expect(readFigureMetadata(split.svg)?.comparison).toEqual({
      split: 'by the date of each journey’s first event, 2019-06-01',
      groups: [
        { label: 'before 2019-06-01', journeys: '6' },
        { label: 'from 2019-06-01', journeys: '<5' },
      ],
    });
  });

  it('puts every count of both groups through disclosure control', () => {
    expect(smallCountsIn(text)).toEqual([]);
    expect(smallCountsIn(split.csv.replace(/^#.*$/gm, ''))).toEqual([]);
    expect(split.altText).toContain('before 2019-06-01, 6 journeys');
  });

  it('keeps every id unique though the page holds two maps', () => {
    const ids = [...split.svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('group-1-services');
    expect(ids).toContain('group-2-services');
  });

  it('refuses a date outside the cohort, a column that does not exist, and a split into more than two groups', () => {
    expect(refusal({ kind: 'date', value: '2030-01-01' })).toMatch(
      /no journey starts on or after 2030-01-01: the journeys' first events run from 2019-01-07 to 2019-10-28/,
    );
    expect(refusal({ kind: 'column', value: 'school_year' })).toMatch(/school_year/);
    expect(refusal({ kind: 'column', value: 'age_band' })).toMatch(
      /the figure shows two groups side by side, and the split made 3: "14-15", "16-17", "11-13"\. Split by a column with two values, or by a date\./,
    );
  });
});
