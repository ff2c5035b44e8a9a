import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { journeyStarts } from '../../../src/core/analysis/cohortMeta.ts';
import { importCohort } from '../../../src/core/cohort/importCohort.ts';
import { compareCohort, type CompareRequest } from '../../../src/core/compare/compareCohort.ts';
import { compareGroups } from '../../../src/core/compare/compareGroups.ts';
import { groupMasks, splitByDate } from '../../../src/core/compare/splitCohort.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import { okValue, problemsOf } from '../cohort/helpers.ts';
import { readPathway, root, rule } from '../helpers.ts';

const pathway = readPathway('pathway-data/coventry/pathway.json');
const loaded = loadPathway(pathway);
const text = readFileSync(`${root}pathway-data/coventry/cohort.csv`, 'utf8');
const shipped = { name: 'cohort.csv', cohort: okValue(importCohort('cohort.csv', text, pathway)) };
const request = (over: Partial<CompareRequest> = {}): CompareRequest => ({
  choice: { kind: 'date', value: '2019-05-20' },
  parameters: rule(28, 365),
  filter: {},
  ...over,
});

describe('compareCohort: the explorer’s comparison', () => {
  it('splits by a date exactly as the command line does (the same groups, the same figures)', () => {
    const made = okValue(compareCohort(loaded, shipped, null, request()));
    const groups = okValue(splitByDate(shipped.cohort, '2019-05-20'));
    const cli = compareGroups(
      loaded,
      rule(28, 365),
      { kind: 'date', value: '2019-05-20' },
      groupMasks(groups).map((mask, i) => ({ label: groups.labels[i] ?? '', cohort: shipped.cohort, mask })),
    );
    expect(made.comparison).toEqual(cli);
    expect(made.comparison.groups.map((g) => [g.figures.label, g.figures.journeys])).toEqual([
      ['before 2019-05-20', 5],
      ['from 2019-05-20', 5],
    ]);
    expect(made.filteredOut).toEqual([0, 0]);
  });

  it('splits by a column, one group per value, and narrows every group by the filters on the cohort', () => {
    const byBand = okValue(
      compareCohort(loaded, shipped, null, request({ choice: { kind: 'column', value: 'age_band' } })),
    );
    const labels = byBand.comparison.groups.map((g) => g.figures.label);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    const total = byBand.comparison.groups.reduce((n, g) => n + g.figures.journeys, 0);
    expect(total).toBe(10);

    const selfHarm = okValue(
      compareCohort(loaded, shipped, null, request({ filter: { concerns: ['self_harm'] } })),
    );
    const kept = selfHarm.comparison.groups.reduce((n, g) => n + g.figures.journeys, 0);
    expect(kept).toBeLessThanOrEqual(10);
    expect(kept + selfHarm.filteredOut.reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('compares the cohort with a second file, naming both; without one it says how to open it', () => {
    const second = { name: 'cohort.csv', cohort: shipped.cohort };
    const files = okValue(
      compareCohort(loaded, shipped, second, request({ choice: { kind: 'file', value: 'cohort.csv' } })),
    );
    expect(files.comparison.split).toEqual({ kind: 'files', value: ['cohort.csv', 'cohort.csv'] });
    expect(files.comparison.groups.map((g) => g.figures.label)).toEqual([
      'cohort.csv',
      'cohort.csv (second file)',
    ]);
    // The same journeys on both sides: no difference at all.
    expect(files.comparison.differences[0]?.missedPointsPer100Journeys.value).toBe(0);

    const [missing] = problemsOf(
      compareCohort(loaded, shipped, null, request({ choice: { kind: 'file', value: 'after.csv' } })),
    );
    expect(missing?.code).toBe('PL400');
    expect(missing?.message).toMatch(/no second file is open.*"after\.csv".*Second file/);
  });

  it('refuses a date outside the range of journey starts, giving the range', () => {
    const [p] = problemsOf(
      compareCohort(loaded, shipped, null, request({ choice: { kind: 'date', value: '2021-01-01' } })),
    );
    expect(p).toMatchObject({ code: 'PL400', file: 'cohort.csv', column: 'split date' });
    expect(p?.message).toContain('from 2019-01-07 to 2019-10-28');
    const [bad] = problemsOf(
      compareCohort(loaded, shipped, null, request({ choice: { kind: 'date', value: '20/05/2019' } })),
    );
    expect(bad?.message).toMatch(/is not a date; give the split date as YYYY-MM-DD/);
  });

  it('refuses a column the cohort does not have, listing those it has', () => {
    const [p] = problemsOf(
      compareCohort(loaded, shipped, null, request({ choice: { kind: 'column', value: 'locality' } })),
    );
    expect(p).toMatchObject({ code: 'PL400', column: 'split column' });
    expect(p?.message).toContain('it can be split by age_band, service, activity');
  });

  it('refuses a group that the filters leave empty, saying which and what to do', () => {
    // Age bands are journey-wide: a filter on one band leaves the other band's group empty.
    const bands = okValue(
      compareCohort(loaded, shipped, null, request({ choice: { kind: 'column', value: 'age_band' } })),
    );
    const [first, second] = bands.comparison.groups.map((g) => g.figures.label);
    const [p] = problemsOf(
      compareCohort(
        loaded,
        shipped,
        null,
        request({
          choice: { kind: 'column', value: 'age_band' },
          filter: { attributes: { age_band: [first ?? ''] } },
        }),
      ),
    );
    expect(p?.code).toBe('PL400');
    expect(p?.message).toContain(JSON.stringify(second));
    expect(p?.message).toMatch(/no journeys under the current filters: clear a filter/);
  });
});

describe('journeyStarts', () => {
  it('gives the first, last and median start of the journeys (a split there halves them)', () => {
    const s = journeyStarts(shipped.cohort);
    expect(s).not.toBeNull();
    const day = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
    expect([day(s?.first ?? 0), day(s?.last ?? 0), day(s?.median ?? 0)]).toEqual([
      '2019-01-07',
      '2019-10-28',
      '2019-05-20',
    ]);
    const groups = okValue(splitByDate(shipped.cohort, day(s?.median ?? 0)));
    expect(Array.from(groups.groupOf).filter((g) => g === 0)).toHaveLength(5);
  });
});
