import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import { journeyMask, refineMask, type JourneyFilter } from '../../../src/core/analysis/journeyMask.ts';
import {
  journeyRows,
  journeyRowsFromColumns,
  journeyRowsInSlices,
} from '../../../src/core/analysis/journeyRows.ts';
import { ViewAnalyser } from '../../../src/core/analysis/viewAnalyser.ts';
import { journeyRow, type JourneyRow } from '../../../src/core/analysis/viewModel.ts';
import { importCohort } from '../../../src/core/cohort/importCohort.ts';
import { generateCohortCsv } from '../../../src/core/generate/generateCohortCsv.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import { readPathway, root, rule } from '../helpers.ts';

const pathway = readPathway('pathway-data/coventry/pathway.json');
const loaded = loadPathway(pathway);

function cohortOf(name: string, csv: string) {
  const r = importCohort(name, csv, pathway);
  if (!r.ok) throw new Error(`${name} refused`);
  return r.value;
}
const shipped = cohortOf('cohort.csv', readFileSync(`${root}pathway-data/coventry/cohort.csv`, 'utf8'));
const generated = cohortOf('g.csv', [...generateCohortCsv(pathway, { journeys: 1200, seed: 5 })].join(''));

/** The explorer's way: the worker's table and list, then rows made on the page. */
function rowsAsTheExplorerMakesThem(analyser: ViewAnalyser, filter: JourneyFilter, windowDays: number) {
  const { list } = analyser.analyse({
    parameters: rule(windowDays, 365),
    filter,
    focus: null,
    throughService: null,
    timings: false,
    variantLimit: 5,
  });
  return journeyRowsFromColumns(pathway, analyser.index.table, list());
}

describe('journey rows', () => {
  const cases: [string, typeof shipped, JourneyFilter, number][] = [
    ['the shipped cohort', shipped, {}, 28],
    ['the shipped cohort, W = 7, reached crisis', shipped, { reachedCrisis: true }, 7],
    ['a generated cohort', generated, {}, 28],
    ['a generated cohort, two concerns, W = 90', generated, { concerns: ['self_harm', 'low_mood'] }, 90],
    ['a generated cohort, an age band', generated, { attributes: { age_band: ['14-15'] } }, 14],
  ];
  it.each(cases)('from the columns equal the core’s row of each journey: %s', (_, cohort, filter, w) => {
    const analyser = new ViewAnalyser(loaded, cohort);
    const rows = rowsAsTheExplorerMakesThem(analyser, filter, w);
    const analysis = analyseCohort(
      cohort,
      pathway,
      loaded.table,
      rule(w, 365),
      journeyMask(cohort, pathway, filter),
    );
    refineMask(analysis, filter);
    const expected: JourneyRow[] = [];
    for (let j = 0; j < cohort.journeyIds.length; j++)
      if (analysis.included[j] === 1) expected.push(journeyRow(cohort, pathway, analysis, j));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(expected);
    // The stories' rows come from the same builder.
    expect(journeyRows(cohort, pathway, analysis)).toEqual(expected);
  });

  it('reuse a row while its missed points stay, and share concern lists and attributes', () => {
    const analyser = new ViewAnalyser(loaded, generated);
    const first = rowsAsTheExplorerMakesThem(analyser, {}, 28);
    const again = rowsAsTheExplorerMakesThem(analyser, {}, 28);
    expect(again.every((r, i) => r === first[i])).toBe(true);
    const other = rowsAsTheExplorerMakesThem(analyser, {}, 0);
    const changed = other.filter((r, i) => r !== first[i]);
    expect(changed.length).toBeGreaterThan(0);
    for (const r of changed) {
      const before = first[r.index] as JourneyRow;
      expect(r.missedPoints).not.toBe(before.missedPoints);
      expect(r.concerns).toBe(before.concerns);
      expect(r.attributes).toBe(before.attributes);
    }
  });

  it('in slices give the same rows, and nothing once cancelled', async () => {
    const analyser = new ViewAnalyser(loaded, generated);
    const { list } = analyser.analyse({
      parameters: rule(21, 365),
      filter: {},
      focus: null,
      throughService: null,
      timings: false,
      variantLimit: 5,
    });
    const columns = list();
    const whole = journeyRowsFromColumns(pathway, analyser.index.table, columns);
    const sliced = await new Promise<JourneyRow[]>((resolve) => {
      journeyRowsInSlices(pathway, analyser.index.table, columns, resolve, () => false, 0);
    });
    expect(sliced).toEqual(whole);
    // Cancelled after its first slice (of 2,048 rows): a longer list never finishes.
    const n = 5000;
    const long = {
      indices: Int32Array.from(
        { length: n },
        (_, i) => columns.indices[i % columns.indices.length] as number,
      ),
      missedCount: Int32Array.from(
        { length: n },
        (_, i) => columns.missedCount[i % columns.indices.length] as number,
      ),
    };
    let done = false;
    let calls = 0;
    journeyRowsInSlices(
      pathway,
      analyser.index.table,
      long,
      () => {
        done = true;
      },
      () => ++calls > 1,
      0,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(done).toBe(false);
  });
});
