import { createActor, SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import { playerMachine, STEP_MS } from '../../../src/core/trainer/playerMachine.ts';
import { analysis, cases, cohort, loaded, pathway } from './coventry.ts';

/** The missed points per journey as `analyseCohort` flags them (indices within the journey). */
function missedByAnalysis(j: number): number[] {
  const start = cohort.journeyStart[j]!;
  const end = cohort.journeyStart[j + 1]!;
  const out: number[] = [];
  for (let e = start; e < end; e++) if (analysis.missed[e] === 1) out.push(e - start);
  return out;
}

/** Missed points per journey in the cohort's README (CONTRACT §3 worked by hand). */
const expectedCounts: Record<string, number> = {
  C01: 3,
  C02: 0,
  C03: 1,
  C04: 2,
  C05: 2,
  C06: 2,
  C07: 2,
  C08: 1,
  C09: 1,
  C10: 1,
};

/**
 * Presents a case as a trainer would with the keyboard: Space to play, and Space again each time
 * autoplay stops, until the end. Returns the step indices at which the player was paused (where it
 * started, and every stop).
 */
function presentWithAutoplay(j: number): { stops: number[]; last: number } {
  const kase = cases[j]!;
  const clock = new SimulatedClock();
  const actor = createActor(playerMachine, {
    input: { case: kase, pathway, machine: loaded.machine },
    clock,
  }).start();
  const stops = [actor.getSnapshot().context.index];
  const lastIndex = kase.steps.length - 1;
  for (let guard = 0; guard < 1000 && actor.getSnapshot().context.index < lastIndex; guard++) {
    actor.send({ type: 'toggle' });
    expect(actor.getSnapshot().matches({ real: 'playing' })).toBe(true);
    while (actor.getSnapshot().matches({ real: 'playing' })) clock.increment(STEP_MS);
    stops.push(actor.getSnapshot().context.index);
  }
  actor.stop();
  return { stops, last: lastIndex };
}

describe('the player stops at every missed point the analysis reports, for all ten synthetic cases', () => {
  it('has ten synthetic cases', () => {
    expect(cases.map((c) => c.id)).toEqual(Object.keys(expectedCounts));
    expect(cases.every((c) => c.synthetic)).toBe(true);
  });

  for (const [j, id] of Object.keys(expectedCounts).entries()) {
    it(`${id}: autoplay stops exactly at the missed points, then at the end`, () => {
      const missed = missedByAnalysis(j);
      expect(missed).toHaveLength(expectedCounts[id]!);
      expect(cases[j]!.steps.flatMap((s, i) => (s.missed ? [i] : []))).toEqual(missed);

      const { stops, last } = presentWithAutoplay(j);
      // Every stop is a missed point, except the start (step 1) and the end.
      const stopsBeforeEnd = stops.filter((i) => i !== last);
      const atStart = stopsBeforeEnd[0] === 0 && !missed.includes(0) ? 1 : 0;
      expect(stopsBeforeEnd.slice(atStart)).toEqual(missed);
      expect(stops.at(-1)).toBe(last);
    });

    it(`${id}: N visits the same missed points in order`, () => {
      const kase = cases[j]!;
      const actor = createActor(playerMachine, {
        input: { case: kase, pathway, machine: loaded.machine },
      }).start();
      const visited = kase.steps[0]!.missed ? [0] : [];
      for (let k = 0; k < 20; k++) {
        const before = actor.getSnapshot().context.index;
        actor.send({ type: 'nextMissed' });
        const after = actor.getSnapshot().context.index;
        if (after === before) break;
        visited.push(after);
      }
      expect(visited).toEqual(missedByAnalysis(j));
      actor.stop();
    });
  }
});
