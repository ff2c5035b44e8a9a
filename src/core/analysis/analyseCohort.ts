import type { Cohort } from '../cohort/types.ts';
import {
  activities,
  CRISIS,
  EARLY_INTERVENTION,
  responseActivities,
  type Pathway,
} from '../pathway/types.ts';
import type { TransitionTable } from '../pathway/compileTransitionTable.ts';
import { MOVE_NONE, MOVE_ON } from '../replay/moveKinds.ts';
import { replayWithTable } from '../replay/replayWithTable.ts';
import type { RuleParameters } from './parameters.ts';

/**
 * The result of replaying and analysing a cohort, column-wise (one entry per event or per journey), so
 * that a million events are analysed in one pass without allocating an object per event.
 */
export interface CohortAnalysis {
  readonly parameters: RuleParameters;
  /** Per event: MOVE_NONE, MOVE_ON or MOVE_OFF. */
  readonly move: Uint8Array;
  /** Per event: 1 when it is a missed early-intervention point. */
  readonly missed: Uint8Array;
  /** Per journey. */
  readonly missedCount: Int32Array;
  readonly reachedCrisis: Uint8Array;
  /** Days from the first concern to the first crisis row; NaN when absent. */
  readonly leadTime: Float64Array;
  /** Index of the first crisis-tagged event, or -1. */
  readonly firstCrisis: Int32Array;
  /** Index of the first event with a concern code, or -1. */
  readonly firstConcern: Int32Array;
  /** Per journey: 1 when the journey passes the filter mask the analysis was run with. */
  readonly included: Uint8Array;
}

export interface ServiceFlags {
  readonly early: Uint8Array;
  readonly crisis: Uint8Array;
  readonly response: Uint8Array;
}

export function serviceFlags(pathway: Pathway): ServiceFlags {
  return {
    early: Uint8Array.from(pathway.services, (s) => (s.tags.includes(EARLY_INTERVENTION) ? 1 : 0)),
    crisis: Uint8Array.from(pathway.services, (s) => (s.tags.includes(CRISIS) ? 1 : 0)),
    response: Uint8Array.from(activities, (a) => (responseActivities.has(a) ? 1 : 0)),
  };
}

/**
 * Replays every journey through the compiled pathway table and applies the missed early-intervention
 * rule of CONTRACT §3 with the given W and H. `mask` (one byte per journey) restricts the analysis to
 * the journeys a filter kept; excluded journeys get zeros.
 */
export function analyseCohort(
  cohort: Cohort,
  pathway: Pathway,
  table: TransitionTable,
  parameters: RuleParameters,
  mask?: Uint8Array,
): CohortAnalysis {
  const { journeyStart, time, service, activity, concernStart } = cohort;
  const J = cohort.journeyIds.length;
  const E = time.length;
  const flags = serviceFlags(pathway);
  const { early, crisis, response } = flags;
  const W = parameters.windowDays as number;
  const H = parameters.horizonDays as number;

  const move = new Uint8Array(E);
  const missed = new Uint8Array(E);
  const missedCount = new Int32Array(J);
  const reachedCrisis = new Uint8Array(J);
  const leadTime = new Float64Array(J).fill(NaN);
  const firstCrisis = new Int32Array(J).fill(-1);
  const firstConcern = new Int32Array(J).fill(-1);
  const included = new Uint8Array(J);

  for (let j = 0; j < J; j++) {
    if (mask && mask[j] === 0) continue;
    included[j] = 1;
    const start = journeyStart[j] as number;
    const end = journeyStart[j + 1] as number;
    replayWithTable(table, service, activity, start, end, move);

    // Backward pass: for each row, the time of the nearest later response at a non-crisis service, and
    // of the nearest later crisis row whose time is strictly greater than the row's own.
    let nextResponse = Infinity;
    let nextCrisis = Infinity; // nearest later crisis row (any time)
    let nextCrisisStrict = Infinity; // nearest later crisis row with time > this row's time
    let count = 0;
    for (let e = end - 1; e >= start; e--) {
      const t = time[e] as number;
      if (e + 1 < end && (time[e + 1] as number) > t) nextCrisisStrict = nextCrisis;
      const s = service[e] as number;
      const hasConcern = (concernStart[e + 1] as number) > (concernStart[e] as number);
      const isResponse = response[activity[e] as number] === 1;
      if (
        early[s] === 1 &&
        hasConcern &&
        !isResponse &&
        !(nextResponse <= t + W) &&
        nextCrisisStrict > t &&
        nextCrisisStrict <= t + H
      ) {
        missed[e] = 1;
        count++;
      }
      if (isResponse && crisis[s] === 0) nextResponse = t;
      if (crisis[s] === 1) {
        nextCrisis = t;
        firstCrisis[j] = e;
      }
      if (hasConcern) firstConcern[j] = e;
    }
    missedCount[j] = count;
    const fc = firstCrisis[j] as number;
    const fco = firstConcern[j] as number;
    if (fc >= 0) {
      reachedCrisis[j] = 1;
      if (fco >= 0 && fco <= fc) leadTime[j] = (time[fc] as number) - (time[fco] as number);
    }
  }
  return {
    parameters,
    move,
    missed,
    missedCount,
    reachedCrisis,
    leadTime,
    firstCrisis,
    firstConcern,
    included,
  };
}

/** True when the event is a move along the pathway. */
export const isOnPathway = (a: CohortAnalysis, e: number): boolean => a.move[e] === MOVE_ON;
/** True when the event is a move at all (not a journey's first row nor a stay at the same service). */
export const isMove = (a: CohortAnalysis, e: number): boolean => a.move[e] !== MOVE_NONE;
