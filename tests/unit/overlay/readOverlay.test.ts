import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import { importCsv } from '../../../src/core/cohort/importCsv.ts';
import { leadTimeJourneys } from '../../../src/core/analysis/leadTimeJourneys.ts';
import { buildPathwayFigure } from '../../../src/core/figure/buildPathwayFigure.ts';
import { aggregateOverlay } from '../../../src/core/overlay/aggregateOverlay.ts';
import { overlayFigureInput, readOverlay } from '../../../src/core/overlay/readOverlay.ts';
import { formatProblem } from '../../../src/core/problems.ts';
import { cohortPeriod } from '../../../src/core/analysis/cohortMeta.ts';
import { periodOf } from '../../../src/core/figure/cohortInfo.ts';
import { root } from '../helpers.ts';
import { coventry, params } from '../sql/cohortCases.ts';

const csv = readFileSync(join(root, 'pathway-data/coventry/cohort.csv'), 'utf8');
const imported = importCsv(csv, coventry.pathway, { file: 'cohort.csv' });
if (!imported.ok) throw new Error('the Coventry cohort must import');
const cohort = imported.value;
const analysis = analyseCohort(cohort, coventry.pathway, coventry.table, params(28, 365));
const overlay = aggregateOverlay(cohort, coventry.pathway, analysis);
const text = JSON.stringify(overlay);
/** The overlay's JSON with one change made to its parsed form. */
const edited = (change: (o: Record<string, any>) => void) => {
  const o = JSON.parse(text) as Record<string, any>;
  change(o);
  return JSON.stringify(o);
};
const problems = (t: string) => {
  const r = readOverlay(t, 'overlay.json', coventry.pathway);
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('readOverlay (CONTRACT §8)', () => {
  it('reads back what aggregateOverlay wrote', () => {
    expect(readOverlay(text, 'overlay.json', coventry.pathway)).toEqual({ ok: true, value: overlay });
  });

  it('refuses text that is not JSON, naming the file', () => {
    expect(problems('{"overlay": 1,')).toEqual([expect.stringMatching(/^overlay\.json: .*JSON.*\[PL410\]$/)]);
  });

  it('names the field and the value when a field has the wrong type or is missing', () => {
    expect(problems(edited((o) => (o.summary.journeys = 'ten')))).toEqual([
      'overlay.json: summary.journeys: "ten" should be number. [PL411]',
    ]);
    expect(problems(edited((o) => delete o.summary.transitions))[0]).toBe(
      'overlay.json: summary.transitions: is required (array) but missing. [PL411]',
    );
    expect(problems(edited((o) => (o.overlay = 2)))[0]).toMatch(/^overlay\.json: overlay: 2 is not allowed/);
    expect(problems(edited((o) => (o.parameters.windowDays = 900)))[0]).toMatch(
      /^overlay\.json: parameters: window must be a whole number of days from 0 to 365, not 900/,
    );
  });

  it('refuses an overlay of another pathway, and services the pathway does not have', () => {
    expect(problems(edited((o) => (o.pathway = 'leeds')))).toEqual([
      'overlay.json: pathway: the overlay was computed for pathway "leeds"; open it with that pathway (this one is "coventry"). [PL412]',
    ]);
    const p = problems(
      edited((o) => {
        o.summary.serviceJourneys.narnia = 3;
        o.summary.transitions[0].to = 'wardrobe';
      }),
    );
    expect(p).toEqual([
      expect.stringContaining(
        'summary.serviceJourneys.narnia: "narnia" is not a service of pathway coventry',
      ),
      expect.stringContaining('summary.transitions[0].to: "wardrobe" is not a service of pathway coventry'),
    ]);
  });

  it('refuses counts that cannot be', () => {
    expect(problems(edited((o) => (o.summary.reachedCrisis = 11)))).toEqual([
      'overlay.json: summary.reachedCrisis: 11 is more than the 10 journeys. [PL412]',
    ]);
  });

  it('refuses an overlay that carries the problems of a warehouse, worded as the importer words them', () => {
    const p = problems(
      JSON.stringify({
        overlay: 1,
        pathway: 'coventry',
        parameters: { windowDays: 28, horizonDays: 365 },
        problems: [
          { column: 'service', value: 'Narnia', rows: 412, firstRow: 2 },
          { column: 'service', value: 'Atlantis', rows: 3, firstRow: 9 },
          { column: 'journey_id', value: '', rows: 5, firstRow: 7 },
          { column: 'concerns', value: '943 476 5919', rows: 1, firstRow: 4 },
        ],
      }),
    );
    expect(p).toEqual([
      'overlay.json:7: journey_id: is empty in 5 rows, first row 7; every row needs a journey id (a pseudonym such as C01). [PL413]',
      expect.stringMatching(
        /^overlay\.json:2: service: 2 values are not services of pathway coventry: "Narnia" \(412 rows, first row 2\), "Atlantis" \(3 rows, first row 9\); allowed: school, .* \(service labels are accepted too\)\. \[PL413\]$/,
      ),
      expect.stringMatching(
        /^overlay\.json:4: concerns: "943 \*\*\* \*\*\*\*" \(masked: it looks like an NHS number\) \(1 row, first row 4\) is not a concern code/,
      ),
    ]);
  });

  it('gives the figure what the in-process analysis gives it, so the figure is the same', () => {
    const read = readOverlay(text, 'overlay.json', coventry.pathway);
    if (!read.ok) throw new Error('must read');
    const fromOverlay = buildPathwayFigure(overlayFigureInput(read.value, coventry.pathway, 'cohort.csv'));
    const fromCohort = buildPathwayFigure({
      pathway: coventry.pathway,
      summary: overlay.summary,
      parameters: params(28, 365),
      cohortInfo: {
        name: 'cohort.csv',
        synthetic: true,
        journeys: 10,
        ...periodOf(cohort.timeBase, cohortPeriod(cohort)),
      },
      leadTimeJourneys: leadTimeJourneys(analysis),
    });
    expect(fromOverlay.svg).toBe(fromCohort.svg);
    expect(fromOverlay.csv).toBe(fromCohort.csv);
  });
});
