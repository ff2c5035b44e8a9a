import type { Cohort } from '../cohort/types.ts';
import { activities, type Pathway } from '../pathway/types.ts';
import { MOVE_NONE, MOVE_ON } from '../replay/moveKinds.ts';
import type { CohortAnalysis } from './analyseCohort.ts';

export interface TransitionSummary {
  readonly from: string;
  readonly to: string;
  /** Number of moves. */
  readonly count: number;
  /** Number of distinct journeys that made the move. */
  readonly journeys: number;
  readonly onPathway: boolean;
  /** Median days between the two rows of the move. */
  readonly medianDays: number | null;
}

export interface TargetSummary {
  readonly service: string;
  readonly hours: number;
  readonly label: string;
  readonly referrals: number;
  readonly withinTarget: number;
  /** Median days from referral to assessment where there was one. */
  readonly medianDays: number | null;
}

export interface CohortSummary {
  readonly journeys: number;
  readonly events: number;
  readonly reachedCrisis: number;
  readonly missedPoints: number;
  readonly journeysWithMissedPoints: number;
  readonly missedPointsByService: Record<string, number>;
  readonly serviceJourneys: Record<string, number>;
  readonly transitions: TransitionSummary[];
  readonly acuteLiaison48h: { referrals: number; withinTarget: number };
  readonly targets: TargetSummary[];
  readonly medianLeadTimeDays: number | null;
  /** Median days from a referral to the next assessment at the same service, by service. */
  readonly medianWaitDays: Record<string, number>;
  /**
   * Concerns raised at each service (`concernsAtServices`), the denominator of its missed-point rate.
   * The explorer's worker adds it; it is not part of the command line's JSON (CONTRACT §4), and an
   * aggregate overlay, which has no rows, has none.
   */
  readonly concernsByService?: Record<string, number> | undefined;
  /** Missed points carried by each move (`missedOnMoves`); added by the explorer's worker, like the concerns. */
  readonly missedByMove?: Record<string, number> | undefined;
  /**
   * How many waits each median wait rests on, so that disclosure control can drop a median of fewer
   * than 5. Not part of the command line's JSON (CONTRACT §4); absent in aggregate overlays.
   */
  readonly waitsByService?: Record<string, number> | undefined;
}

/** The summary as the command line prints it (CONTRACT §4): without the counts kept for disclosure control. */
export function publishedSummary(summary: CohortSummary): CohortSummary {
  const published: CohortSummary = { ...summary };
  delete (published as { waitsByService?: unknown }).waitsByService;
  delete (published as { concernsByService?: unknown }).concernsByService;
  delete (published as { missedByMove?: unknown }).missedByMove;
  return published;
}

/** Median of the first `n` numbers of `values` (sorted in place). */
export function median(values: Float64Array | number[], n = values.length): number | null {
  if (n === 0) return null;
  const v =
    values instanceof Float64Array ? values.subarray(0, n).sort() : values.slice(0, n).sort((a, b) => a - b);
  const mid = n >> 1;
  return n % 2 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
}

const inc = (a: Int32Array, i: number) => {
  a[i] = (a[i] as number) + 1;
};

const roundDays = (d: number) => Math.round(d * 1000) / 1000;

/** Aggregates an analysis per service, per move and per target (CONTRACT §4 `summary`). */
export interface SummaryOptions {
  /** Compute median days per move and per referral wait (the "time" view). Default true. */
  readonly timings?: boolean;
}

export function summariseAnalysis(
  cohort: Cohort,
  pathway: Pathway,
  analysis: CohortAnalysis,
  options: SummaryOptions = {},
): CohortSummary {
  const timings = options.timings ?? true;
  const { journeyStart, time, service, activity } = cohort;
  const { included, reachedCrisis, missedCount, leadTime, missed, move } = analysis;
  const S = pathway.services.length;
  const J = cohort.journeyIds.length;
  const ids = pathway.services.map((s) => s.id as string);
  const referral = activities.indexOf('referral');
  const assessment = activities.indexOf('assessment');

  const missedBy = new Int32Array(S);
  const touched = new Int32Array(S);
  const lastJourneyAt = new Int32Array(S).fill(-1);
  // Moves keyed by (from * S + to) * 2 + onPathway.
  const moveCount = new Int32Array(S * S * 2);
  const moveJourneys = new Int32Array(S * S * 2);
  const moveLast = new Int32Array(S * S * 2).fill(-1);
  // Durations of moves, bucketed by move key once counted (see below).
  const moveKeyOf = timings ? new Int32Array(time.length).fill(-1) : undefined;
  const waits: number[][] = Array.from({ length: S }, () => []);
  const targetServices = pathway.services
    .map((s, i) => ({ i, t: s.targets?.find((x) => x.hours !== undefined) }))
    .filter((x): x is { i: number; t: { label: string; hours: number } } => x.t !== undefined);
  const targetOf = new Int32Array(S).fill(-1);
  targetServices.forEach((x, k) => (targetOf[x.i] = k));
  const tReferrals = new Int32Array(targetServices.length);
  const tWithin = new Int32Array(targetServices.length);
  const tDays: number[][] = targetServices.map(() => []);

  const nextAssessment = new Float64Array(S);
  let journeys = 0;
  let events = 0;
  let reached = 0;
  let missedTotal = 0;
  let withMissed = 0;
  const leads = new Float64Array(J);
  let leadCount = 0;

  for (let j = 0; j < J; j++) {
    if (included[j] === 0) continue;
    journeys++;
    const start = journeyStart[j] as number;
    const end = journeyStart[j + 1] as number;
    events += end - start;
    if (reachedCrisis[j] === 1) reached++;
    const m = missedCount[j] as number;
    missedTotal += m;
    if (m > 0) withMissed++;
    const lead = leadTime[j] as number;
    if (!Number.isNaN(lead)) leads[leadCount++] = lead;
    // One backward pass over the journey: it knows, at each referral, when the next assessment at the
    // same service came (constant time even in a journey of thousands of events); everything else
    // counted here does not depend on the direction.
    nextAssessment.fill(NaN);
    for (let e = end - 1; e >= start; e--) {
      const s = service[e] as number;
      const a = activity[e] as number;
      if (lastJourneyAt[s] !== j) {
        lastJourneyAt[s] = j;
        inc(touched, s);
      }
      if (missed[e] === 1) inc(missedBy, s);
      const kind = move[e] as number;
      if (kind !== MOVE_NONE) {
        const key = ((service[e - 1] as number) * S + s) * 2 + (kind === MOVE_ON ? 1 : 0);
        inc(moveCount, key);
        if (moveLast[key] !== j) {
          moveLast[key] = j;
          inc(moveJourneys, key);
        }
        if (moveKeyOf) moveKeyOf[e] = key;
      }
      if (a === assessment) {
        nextAssessment[s] = time[e] as number;
      } else if (a === referral) {
        // A referral to a service, then the next assessment there: the wait, and the target if it has one.
        const days = (nextAssessment[s] as number) - (time[e] as number);
        if (timings && !Number.isNaN(days)) (waits[s] as number[]).push(days);
        const ti = targetOf[s] as number;
        if (ti >= 0) {
          inc(tReferrals, ti);
          const hours = (targetServices[ti] as { t: { hours: number } }).t.hours;
          if (!Number.isNaN(days)) {
            (tDays[ti] as number[]).push(days);
            if (days <= hours / 24 + 1e-9) inc(tWithin, ti);
          }
        }
      }
    }
  }

  const missedPointsByService: Record<string, number> = {};
  const serviceJourneys: Record<string, number> = {};
  const medianWaitDays: Record<string, number> = {};
  const waitsByService: Record<string, number> = {};
  for (let s = 0; s < S; s++) {
    const id = ids[s] as string;
    if ((missedBy[s] as number) > 0) missedPointsByService[id] = missedBy[s] as number;
    if ((touched[s] as number) > 0) serviceJourneys[id] = touched[s] as number;
    const w = median(waits[s] as number[]);
    if (w !== null) {
      medianWaitDays[id] = roundDays(w);
      waitsByService[id] = (waits[s] as number[]).length;
    }
  }
  // Medians of move durations: counting sort of the moves by key into one array, then each key's
  // slice sorted on its own. Linear in the number of moves plus the sorts of small slices.
  const medianOf = new Float64Array(moveCount.length).fill(NaN);
  if (moveKeyOf) {
    const offset = new Int32Array(moveCount.length + 1);
    for (let k = 0; k < moveCount.length; k++)
      offset[k + 1] = (offset[k] as number) + (moveCount[k] as number);
    const fill = offset.slice(0, moveCount.length);
    const days = new Float64Array(offset[moveCount.length] as number);
    for (let e = 0; e < moveKeyOf.length; e++) {
      const k = moveKeyOf[e] as number;
      if (k < 0) continue;
      days[fill[k] as number] = (time[e] as number) - (time[e - 1] as number);
      fill[k] = (fill[k] as number) + 1;
    }
    for (let k = 0; k < moveCount.length; k++) {
      const n = moveCount[k] as number;
      if (n > 0) medianOf[k] = median(days.subarray(offset[k], (offset[k] as number) + n)) as number;
    }
  }
  const transitions: TransitionSummary[] = [];
  for (let key = 0; key < moveCount.length; key++) {
    const count = moveCount[key] as number;
    if (count === 0) continue;
    const pair = key >> 1;
    const md = Number.isNaN(medianOf[key]) ? null : (medianOf[key] as number);
    transitions.push({
      from: ids[Math.floor(pair / S)] as string,
      to: ids[pair % S] as string,
      count,
      journeys: moveJourneys[key] as number,
      onPathway: (key & 1) === 1,
      medianDays: md === null ? null : roundDays(md),
    });
  }
  transitions.sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const targets: TargetSummary[] = targetServices.map((x, k) => {
    const md = median(tDays[k] as number[]);
    return {
      service: ids[x.i] as string,
      hours: x.t.hours,
      label: x.t.label,
      referrals: tReferrals[k] as number,
      withinTarget: tWithin[k] as number,
      medianDays: md === null ? null : roundDays(md),
    };
  });
  const al = targets.find((t) => t.service === 'acute_liaison');
  const leadMedian = median(leads, leadCount);
  return {
    journeys,
    events,
    reachedCrisis: reached,
    missedPoints: missedTotal,
    journeysWithMissedPoints: withMissed,
    missedPointsByService,
    serviceJourneys,
    transitions,
    acuteLiaison48h: { referrals: al?.referrals ?? 0, withinTarget: al?.withinTarget ?? 0 },
    targets,
    medianLeadTimeDays: leadMedian === null ? null : roundDays(leadMedian),
    medianWaitDays,
    waitsByService,
  };
}
