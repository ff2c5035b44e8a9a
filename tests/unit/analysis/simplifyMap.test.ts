import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import { FULL_DETAIL, missedOnMoves, moveKey, simplifyMap } from '../../../src/core/analysis/simplifyMap.ts';
import { summariseAnalysis, type CohortSummary } from '../../../src/core/analysis/summariseAnalysis.ts';
import { cohortFromEvents, type PlainEvent } from '../../../src/core/cohort/cohortFromEvents.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import type { Activity, Pathway } from '../../../src/core/pathway/types.ts';
import { readPathway } from '../helpers.ts';
import { arbitraryPathway } from '../pathwayArbitrary.ts';

const coventry = readPathway('pathway-data/coventry/pathway.json');

type Row = [journey: string, time: number, service: string, activity: Activity, concerns?: string[]];
function analysed(rows: Row[]) {
  const events: PlainEvent[] = rows.map(([journey, time, service, activity, concerns], i) => ({
    journey,
    time,
    service,
    activity,
    concerns: concerns ?? [],
    row: i + 2,
  }));
  const cohort = cohortFromEvents(events, coventry);
  const analysis = analyseCohort(cohort, coventry, loadPathway(coventry).table, DEFAULT_PARAMETERS);
  return { cohort, analysis, summary: summariseAnalysis(cohort, coventry, analysis) };
}

describe('missedOnMoves', () => {
  it('credits a missed point to the move that arrived at its row, and none to a journey’s first row', () => {
    const { cohort, analysis } = analysed([
      ['A', 0, 'school', 'concern', ['self_harm']],
      ['A', 100, 'ed', 'contact'],
      ['B', 0, 'gp', 'contact'],
      ['B', 10, 'school', 'concern', ['low_mood']],
      ['B', 200, 'ed', 'contact'],
    ]);
    expect(missedOnMoves(cohort, coventry, analysis)).toEqual({ [moveKey('gp', 'school')]: 1 });
  });
});

/** A summary of random journeys per service and move, with some missed points, for any pathway. */
const arbitraryCase = arbitraryPathway.chain((pathway) =>
  fc
    .record({
      journeys: fc.array(fc.nat(500), {
        minLength: pathway.services.length,
        maxLength: pathway.services.length,
      }),
      missed: fc.array(fc.nat(3), { minLength: pathway.services.length, maxLength: pathway.services.length }),
      routeJourneys: fc.array(fc.nat(400), {
        minLength: pathway.routes.length,
        maxLength: pathway.routes.length,
      }),
      routeMissed: fc.array(fc.nat(2), {
        minLength: pathway.routes.length,
        maxLength: pathway.routes.length,
      }),
      services: fc.integer({ min: 0, max: 100 }),
      moves: fc.integer({ min: 0, max: 100 }),
    })
    .map((r) => {
      const summary = {
        serviceJourneys: Object.fromEntries(pathway.services.map((s, i) => [s.id, r.journeys[i] ?? 0])),
        missedPointsByService: Object.fromEntries(pathway.services.map((s, i) => [s.id, r.missed[i] ?? 0])),
        transitions: pathway.routes.map((route, i) => ({
          from: route.from,
          to: route.to,
          count: r.routeJourneys[i] ?? 0,
          journeys: r.routeJourneys[i] ?? 0,
          onPathway: true,
          medianDays: null,
        })),
        missedByMove: Object.fromEntries(
          pathway.routes.map((route, i) => [moveKey(route.from, route.to), r.routeMissed[i] ?? 0]),
        ),
      } as unknown as CohortSummary;
      return { pathway, summary, detail: { services: r.services, moves: r.moves } };
    }),
);

describe('simplifyMap', () => {
  it('hides nothing at full detail', () => {
    const { summary } = analysed([
      ['A', 0, 'school', 'concern', ['self_harm']],
      ['A', 100, 'ed', 'contact'],
    ]);
    const s = simplifyMap(coventry, summary, FULL_DETAIL, []);
    expect([s.hiddenServices.size, s.hiddenMoves.size]).toEqual([0, 0]);
  });

  it('never hides a service or move with missed points, nor the ends of an off-pathway move, and hides more as detail falls (property)', () => {
    fc.assert(
      fc.property(
        arbitraryCase,
        ({
          pathway,
          summary,
          detail,
        }: {
          pathway: Pathway;
          summary: CohortSummary;
          detail: { services: number; moves: number };
        }) => {
          const off = pathway.routes.slice(0, 1).map((r) => ({ from: r.from, to: r.to }));
          const s = simplifyMap(pathway, summary, detail, off);
          for (const id of s.hiddenServices) {
            expect(summary.missedPointsByService[id] ?? 0).toBe(0);
            expect(off.some((m) => m.from === id || m.to === id)).toBe(false);
          }
          for (const key of s.hiddenMoves) {
            const [from, to] = key.split('>') as [string, string];
            const withHiddenEnd = s.hiddenServices.has(from) || s.hiddenServices.has(to);
            if (!withHiddenEnd) expect(summary.missedByMove?.[key] ?? 0).toBe(0);
          }
          // Less detail never shows more.
          const less = simplifyMap(
            pathway,
            summary,
            { services: detail.services / 2, moves: detail.moves / 2 },
            off,
          );
          for (const id of s.hiddenServices) expect(less.hiddenServices.has(id)).toBe(true);
          for (const key of s.hiddenMoves) expect(less.hiddenMoves.has(key)).toBe(true);
          // The busiest service is always shown.
          const busiest = [...pathway.services].sort(
            (a, b) => (summary.serviceJourneys[b.id] ?? 0) - (summary.serviceJourneys[a.id] ?? 0),
          )[0];
          if (busiest && detail.services > 0) expect(s.hiddenServices.has(busiest.id)).toBe(false);
        },
      ),
      { seed: 4242, numRuns: 200 },
    );
  });
});
