import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import { discoverPathway } from '../../../src/core/discover/discoverPathway.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import { validatePathway } from '../../../src/core/pathway/validatePathway.ts';
import { MOVE_OFF, MOVE_ON } from '../../../src/core/replay/moveKinds.ts';
import { analyseWith, okValue } from './helpers.ts';

/** Values that collide, differ only in case or spaces, start with a digit, or are "other". */
const VALUES = [
  'School',
  'school ',
  'A&E',
  'a_e',
  'A E',
  'GP',
  'Ward 14',
  '2nd line',
  'Other',
  'x',
  'y',
  '&',
  'z9',
];
const ACTIVITIES = ['contact', 'referral', 'assessment', 'concern'];

interface Row {
  readonly journey: number;
  readonly day: number;
  readonly value: string;
  readonly activity: string;
}

const arbLog = fc
  .array(
    fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 20 }),
        value: fc.constantFrom(...VALUES),
        activity: fc.constantFrom(...ACTIVITIES),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    { minLength: 1, maxLength: 40 },
  )
  .chain((list) => {
    const rows: Row[] = list.flatMap((events, journey) => events.map((e) => ({ journey, ...e })));
    // Rows of different journeys interleave in the file, as in real exports.
    return fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length });
  });

const key = (v: string) => v.trim().toLowerCase();

describe('discover (property)', () => {
  it('always makes a valid draft whose routes are exactly the directly-follows pairs made by N journeys or more', () => {
    fc.assert(
      fc.property(
        arbLog,
        fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        (rows, minJourneys, maxServices) => {
          const text = `journey_id,day,service,activity\n${rows.map((r) => `J${r.journey},${r.day},${r.value},${r.activity}`).join('\n')}\n`;
          const d = okValue(discoverPathway('log.csv', text, { minJourneys, maxServices }));
          const draft = d.pathway;
          expect(validatePathway(JSON.parse(JSON.stringify(draft)) as unknown).ok).toBe(true);

          // The log's journeys, each in time order (ties in file order), with each value mapped to the
          // draft service whose label it is, or to "other".
          const idOf = new Map(
            draft.services.filter((s) => s.id !== 'other').map((s) => [key(s.label), s.id]),
          );
          const order: number[] = [];
          const byJourney = new Map<number, Row[]>();
          for (const r of rows) {
            if (!byJourney.has(r.journey)) order.push(r.journey);
            byJourney.set(r.journey, [...(byJourney.get(r.journey) ?? []), r]);
          }
          const pairs = new Map<string, Set<number>>();
          for (const j of order) {
            const seq = [...(byJourney.get(j) ?? [])]
              .sort((a, b) => a.day - b.day)
              .map((r) => idOf.get(key(r.value)) ?? 'other');
            for (let i = 1; i < seq.length; i++) {
              if (seq[i] === seq[i - 1]) continue;
              const p = `${seq[i - 1]}>${seq[i]}`;
              pairs.set(p, (pairs.get(p) ?? new Set()).add(j));
            }
          }
          const N = minJourneys ?? Math.max(2, Math.ceil(order.length / 100));
          expect(d.minJourneys).toBe(N);
          const expected = [...pairs].filter(([, js]) => js.size >= N).map(([p]) => p);
          expect(new Set(draft.routes.map((r) => `${r.from}>${r.to}`))).toEqual(new Set(expected));
          expect(draft.routes.every((r) => r.activity === undefined)).toBe(true);

          // Services: every distinct value, or the K touched by most journeys and "other".
          const distinct = new Set(rows.map((r) => key(r.value)));
          const K = maxServices ?? 40;
          const merging = distinct.size > K;
          expect(draft.services.length).toBe(
            merging ? Math.min(K, distinct.size - (distinct.has('other') ? 1 : 0)) + 1 : distinct.size,
          );
          if (merging) {
            const least = Math.min(...d.services.slice(0, -1).map((s) => s.journeys));
            for (const v of d.merged) {
              if (v.key === 'other') continue;
              const journeys = order.filter((j) =>
                (byJourney.get(j) ?? []).some((r) => key(r.value) === v.key),
              ).length;
              expect(journeys).toBeLessThanOrEqual(least);
            }
          }
          expect(draft.levels.length).toBeLessThanOrEqual(8);

          // analyse runs on the draft at once: with no merging straight from the log; with merging on
          // the cohort discovery returns. Either way a move is on pathway exactly when it is a route.
          const loaded = loadPathway(draft);
          const { cohort, analysis } = merging
            ? { cohort: d.cohort, analysis: analyseCohort(d.cohort, draft, loaded.table, DEFAULT_PARAMETERS) }
            : analyseWith(draft, text);
          const routes = new Set(expected);
          for (let e = 0; e < cohort.time.length; e++) {
            if (analysis.move[e] !== MOVE_ON && analysis.move[e] !== MOVE_OFF) continue;
            const from = draft.services[cohort.service[e - 1] as number]?.id;
            const to = draft.services[cohort.service[e] as number]?.id;
            expect(analysis.move[e] === MOVE_ON).toBe(routes.has(`${from}>${to}`));
          }
        },
      ),
      { seed: 1106, numRuns: 150 },
    );
  });
});
