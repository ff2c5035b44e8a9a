import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import type { RuleParameters } from '../../../src/core/analysis/parameters.ts';
import { summariseAnalysis } from '../../../src/core/analysis/summariseAnalysis.ts';
import { importCsv } from '../../../src/core/cohort/importCsv.ts';
import { compareGroups } from '../../../src/core/compare/compareGroups.ts';
import { groupMasks, splitByColumn, splitByDate } from '../../../src/core/compare/splitCohort.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import type { Days } from '../../../src/core/pathway/types.ts';
import { okValue, pathway } from '../cohort/helpers.ts';

const loaded = loadPathway(pathway);
const SERVICES = pathway.services.map((s) => s.id);
const CONCERNS = ['', '', 'self_harm', 'anxiety;low_mood', 'parental_conflict'];
const ACTIVITIES = ['concern', 'contact', 'referral', 'assessment', 'admission', 'did_not_attend'];
const HEADER = 'journey_id,date,service,activity,concerns,area';
const BASE = Date.UTC(2019, 0, 1);
const iso = (day: number) => new Date(BASE + day * 86_400_000).toISOString().slice(0, 10);

interface Row {
  readonly journey: number;
  readonly day: number;
  readonly line: string;
}

/** Random cohorts: journeys of 1–8 events over two years, their rows shuffled together. */
const arbCohort = fc
  .array(
    fc.record({
      area: fc.constantFrom('north', 'south', 'east', ''),
      events: fc.array(
        fc.record({
          day: fc.integer({ min: 0, max: 730 }),
          service: fc.constantFrom(...SERVICES),
          activity: fc.constantFrom(...ACTIVITIES),
          concerns: fc.constantFrom(...CONCERNS),
        }),
        { minLength: 1, maxLength: 8 },
      ),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .chain((journeys) => {
    const rows: Row[] = journeys.flatMap((j, k) =>
      j.events.map((e) => ({
        journey: k,
        day: e.day,
        // The area is a journey attribute, written on the first row by time only: other rows leave it empty.
        line: `J${k},${iso(e.day)},${e.service},${e.activity},${e.concerns},${e.day === Math.min(...j.events.map((x) => x.day)) ? j.area : ''}`,
      })),
    );
    return fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length });
  });

/** `analyse` on a cohort file of its own: import, analyse, summarise. */
function analyseAlone(rows: readonly Row[], parameters: RuleParameters) {
  const cohort = okValue(
    importCsv(`${HEADER}\n${rows.map((r) => r.line).join('\n')}\n`, pathway, { file: 'group.csv' }),
  );
  return summariseAnalysis(cohort, pathway, analyseCohort(cohort, pathway, loaded.table, parameters));
}

function checkGroups(
  rows: readonly Row[],
  parameters: RuleParameters,
  groupOfJourney: (journey: number) => number,
  comparison: ReturnType<typeof compareGroups>,
) {
  comparison.groups.forEach((g, i) => {
    const own = rows.filter((r) => groupOfJourney(r.journey) === i);
    const alone = analyseAlone(own, parameters);
    expect(g.figures).toEqual({
      label: g.figures.label,
      journeys: alone.journeys,
      events: alone.events,
      reachedCrisis: alone.reachedCrisis,
      missedPoints: alone.missedPoints,
      missedPointsByService: alone.missedPointsByService,
      journeysWithMissedPoints: alone.journeysWithMissedPoints,
      leadTimeMedianDays: alone.medianLeadTimeDays,
    });
  });
}

const arbParameters = fc.record({
  windowDays: fc.integer({ min: 0, max: 60 }).map((d) => d as Days),
  horizonDays: fc.integer({ min: 1, max: 400 }).map((d) => d as Days),
});

describe('compare (property): each group’s figures equal analyse on that group’s journeys alone', () => {
  it('split by a date', () => {
    fc.assert(
      fc.property(
        arbCohort,
        fc.integer({ min: -10, max: 740 }),
        arbParameters,
        (rows, splitDay, parameters) => {
          const cohort = okValue(importCsv(`${HEADER}\n${rows.map((r) => r.line).join('\n')}\n`, pathway));
          const first = new Map<number, number>();
          for (const r of rows) first.set(r.journey, Math.min(first.get(r.journey) ?? Infinity, r.day));
          const groupOf = (j: number) => ((first.get(j) ?? 0) < splitDay ? 0 : 1);
          const split = splitByDate(cohort, iso(splitDay));
          const sizes = [0, 1].map((g) => [...first.keys()].filter((j) => groupOf(j) === g).length);
          if (sizes.includes(0)) {
            // An empty group is refused with a message, never compared.
            expect(split.ok).toBe(false);
            return;
          }
          const groups = okValue(split);
          const parts = groupMasks(groups).map((mask, i) => ({
            label: groups.labels[i] ?? '',
            cohort,
            mask,
          }));
          const comparison = compareGroups(loaded, parameters, { kind: 'date', value: iso(splitDay) }, parts);
          expect(comparison.groups.map((g) => g.figures.label)).toEqual([
            `before ${iso(splitDay)}`,
            `from ${iso(splitDay)}`,
          ]);
          checkGroups(rows, parameters, groupOf, comparison);
          expect(comparison.differences).toHaveLength(1);
        },
      ),
      { seed: 1207, numRuns: 120 },
    );
  });

  it('split by a column on the first row', () => {
    fc.assert(
      fc.property(arbCohort, arbParameters, (rows, parameters) => {
        const cohort = okValue(importCsv(`${HEADER}\n${rows.map((r) => r.line).join('\n')}\n`, pathway));
        const split = splitByColumn(cohort, pathway, 'Area');
        if (!split.ok) return;
        const groups = split.value;
        // The test's own assignment: the area on each journey's first row by time (ties: file order).
        const firstRow = new Map<number, Row>();
        for (const r of rows) {
          const seen = firstRow.get(r.journey);
          if (!seen || r.day < seen.day) firstRow.set(r.journey, r);
        }
        const areaOf = (j: number) => firstRow.get(j)?.line.split(',')[5] || '(no value)';
        const groupOf = (j: number) => groups.labels.indexOf(areaOf(j));
        const parts = groupMasks(groups).map((mask, i) => ({ label: groups.labels[i] ?? '', cohort, mask }));
        checkGroups(
          rows,
          parameters,
          groupOf,
          compareGroups(loaded, parameters, { kind: 'column', value: 'area' }, parts),
        );
      }),
      { seed: 1208, numRuns: 80 },
    );
  });
});
