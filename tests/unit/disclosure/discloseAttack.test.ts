import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CohortSummary } from '../../../src/core/analysis/summariseAnalysis.ts';
import { disclose } from '../../../src/core/disclosure/disclose.ts';
import { summaryCells } from '../../../src/core/disclosure/summaryTable.ts';
import type { DisclosedCount } from '../../../src/core/disclosure/suppressCount.ts';
import { exactSets, type Known } from './exactAttack.ts';

/**
 * The attacker of the property tests, reading only what the outputs print: every count of a disclosed
 * summary as text ("12", "<5", "≥5", "*", "all but <5", rounded to 5 or not) and the relations between
 * them that a reader knows (missed points add up by service, agency and in all; shares of a whole). For
 * random summaries, no count from 1 to 4 can be pinned to one value.
 */
interface Raw {
  readonly services: { id: string; agency: string; missed: number }[];
  readonly journeys: number;
  readonly reached: number;
  readonly withMissed: number;
  readonly referrals: number;
  readonly within: number;
  readonly cohort: number | undefined;
}

const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 16 }));
const arbRaw: fc.Arbitrary<Raw> = fc
  .record({
    services: fc.array(fc.record({ agency: fc.integer({ min: 0, max: 2 }), missed: count }), {
      minLength: 1,
      maxLength: 6,
    }),
    journeys: fc.integer({ min: 1, max: 30 }),
    reached: fc.nat(),
    withMissed: fc.nat(),
    referrals: count,
    within: fc.nat(),
    extra: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
  })
  .map((r) => ({
    services: r.services.map((s, i) => ({
      id: `s${String(i)}`,
      agency: `A${String(s.agency)}`,
      missed: s.missed,
    })),
    journeys: r.journeys,
    reached: r.reached % (r.journeys + 1),
    withMissed: r.withMissed % (r.journeys + 1),
    referrals: r.referrals,
    within: r.within % (r.referrals + 1),
    cohort: r.extra === undefined ? undefined : r.journeys + r.extra,
  }));

function summaryOf(r: Raw): CohortSummary {
  const missedPointsByService: Record<string, number> = {};
  for (const s of r.services) if (s.missed > 0) missedPointsByService[s.id] = s.missed;
  return {
    journeys: r.journeys,
    events: r.journeys * 3,
    reachedCrisis: r.reached,
    missedPoints: r.services.reduce((a, s) => a + s.missed, 0),
    journeysWithMissedPoints: r.withMissed,
    missedPointsByService,
    serviceJourneys: {},
    transitions: [],
    acuteLiaison48h: { referrals: r.referrals, withinTarget: r.within },
    targets: [
      {
        service: 's0',
        hours: 48,
        label: 'within 48 hours',
        referrals: r.referrals,
        withinTarget: r.within,
        medianDays: null,
      },
    ],
    medianLeadTimeDays: null,
    medianWaitDays: {},
  };
}

/** What a printed count tells a reader. */
function knownFrom(c: DisclosedCount, roundTo: 0 | 5): Known {
  if (c.text === '<5') return { lo: 1, hi: 4 };
  if (c.text === '≥5') return { lo: 5, hi: Infinity };
  if (c.text === '*' || c.text === 'all but <5') return { lo: 0, hi: Infinity };
  const v = Number(c.text);
  if (roundTo === 5 && v >= 5) return { lo: Math.max(5, v - 2), hi: v + 2 };
  return { lo: v, hi: v };
}

describe('disclose: what every output prints gives no "<5" away', () => {
  it('for random summaries, an attacker solving the printed counts cannot pin any count from 1 to 4', () => {
    fc.assert(
      fc.property(arbRaw, fc.constantFrom<0 | 5>(0, 5), (raw, roundTo) => {
        const summary = summaryOf(raw);
        const services = raw.services.map((s) => ({ id: s.id, agency: s.agency }));
        const d = disclose(summary, { suppress: true, roundTo }, { services, cohortJourneys: raw.cohort });
        const cells = summaryCells(summary, services, raw.cohort);
        const known: Known[] = cells.table.cells.map(() => ({ lo: 0, hi: Infinity }));
        const read = (i: number | undefined, c: DisclosedCount | undefined) => {
          if (i !== undefined && c) known[i] = knownFrom(c, roundTo);
        };
        // A part printed "all but <5": its remainder is 1 to 4.
        const share = (part: number, rest: number, c: DisclosedCount) => {
          read(part, c);
          if (c.text === 'all but <5') known[rest] = { lo: 1, hi: 4 };
        };
        read(cells.cohortJourneys, d.cohortJourneys);
        if (cells.excludedJourneys !== undefined) share(cells.journeys, cells.excludedJourneys, d.journeys);
        else read(cells.journeys, d.journeys);
        share(cells.reachedCrisis, cells.notReachedCrisis, d.reachedCrisis);
        share(cells.journeysWithMissedPoints, cells.journeysWithoutMissedPoints, d.journeysWithMissedPoints);
        read(cells.missedPoints, d.missedPoints);
        cells.services.forEach((s, k) => read(s.missedPoints, d.services[k]?.missedPoints));
        for (const a of d.agencies) read(cells.agencies.get(a.agency), a.missedPoints);
        const t = cells.targets[0];
        if (t && d.targets[0]) {
          read(t.referrals, d.targets[0].referrals);
          share(t.withinTarget, t.notWithinTarget, d.targets[0].withinTarget);
        }
        read(cells.events, d.events);
        const related = new Set(cells.table.relations.flatMap((r) => [r.total, ...r.parts]));
        const sets = exactSets(cells.table, known, 60, related);
        cells.table.cells.forEach((c, i) => {
          if (!related.has(i)) {
            // A count in no relation is protected by "<5" alone.
            if (c.value >= 1 && c.value <= 4 && c.published) expect(known[i]).toEqual({ lo: 1, hi: 4 });
            return;
          }
          const possible = sets[i] as Set<number>;
          expect(possible.has(c.value), c.name).toBe(true);
          if (c.value >= 1 && c.value <= 4)
            expect(possible.size, `${c.name} = ${String(c.value)}`).toBeGreaterThanOrEqual(2);
        });
      }),
      { seed: 1714, numRuns: 250 },
    );
  });
});
