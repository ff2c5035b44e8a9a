import { analyseCohort } from '../analysis/analyseCohort.ts';
import type { RuleParameters } from '../analysis/parameters.ts';
import { summariseAnalysis, type CohortSummary } from '../analysis/summariseAnalysis.ts';
import type { Cohort } from '../cohort/types.ts';
import type { LoadedPathway } from '../pathway/loadedPathway.ts';
import type { PerJourney } from '../stats/intervals.ts';

/** One group's figures (CONTRACT §7), each exactly what `analyse` gives for the group's journeys alone. */
export interface GroupFigures {
  readonly label: string;
  readonly journeys: number;
  readonly events: number;
  readonly reachedCrisis: number;
  readonly missedPoints: number;
  readonly missedPointsByService: Record<string, number>;
  readonly journeysWithMissedPoints: number;
  readonly leadTimeMedianDays: number | null;
}

/** A group's figures with what its intervals and disclosure control need. */
export interface GroupDetail {
  readonly figures: GroupFigures;
  /** The whole §4 summary of the group (serviceJourneys, transitions, …), for maps and disclosure. */
  readonly summary: CohortSummary;
  /** Missed points per journey (n = journeys). */
  readonly missed: PerJourney;
  /** Missed points per journey at each service that has any. */
  readonly missedByService: Readonly<Record<string, PerJourney>>;
  /** The lead times of the journeys that have one, ascending (the median rests on these). */
  readonly leadTimes: Float64Array;
}

/**
 * Analyses the journeys of one group — the journeys `mask` keeps, or the whole cohort — with the same
 * replay, rule and summary as `analyse`. Analysis is per journey, so a journey's result does not depend
 * on which other journeys are in its group: the figures equal `analyse` run on the group alone.
 */
export function analyseGroup(
  label: string,
  cohort: Cohort,
  loaded: LoadedPathway,
  parameters: RuleParameters,
  mask?: Uint8Array,
): GroupDetail {
  const { pathway } = loaded;
  const analysis = analyseCohort(cohort, pathway, loaded.table, parameters, mask);
  const summary = summariseAnalysis(cohort, pathway, analysis, { timings: false });
  const S = pathway.services.length;
  const count = new Int32Array(S);
  const sum = new Float64Array(S);
  const squares = new Float64Array(S);
  const touched: number[] = [];
  let missedSum = 0;
  let missedSquares = 0;
  let leadCount = 0;
  const leads = new Float64Array(cohort.journeyIds.length);
  for (let j = 0; j < cohort.journeyIds.length; j++) {
    if (analysis.included[j] === 0) continue;
    const m = analysis.missedCount[j] as number;
    missedSum += m;
    missedSquares += m * m;
    const lead = analysis.leadTime[j] as number;
    if (!Number.isNaN(lead)) leads[leadCount++] = lead;
    if (m === 0) continue;
    for (let e = cohort.journeyStart[j] as number; e < (cohort.journeyStart[j + 1] as number); e++) {
      if (analysis.missed[e] === 0) continue;
      const s = cohort.service[e] as number;
      if (count[s] === 0) touched.push(s);
      count[s] = (count[s] as number) + 1;
    }
    for (const s of touched) {
      const c = count[s] as number;
      sum[s] = (sum[s] as number) + c;
      squares[s] = (squares[s] as number) + c * c;
      count[s] = 0;
    }
    touched.length = 0;
  }
  const n = summary.journeys;
  const missedByService: Record<string, PerJourney> = {};
  pathway.services.forEach((s, i) => {
    if ((sum[i] as number) > 0)
      missedByService[s.id] = { n, sum: sum[i] as number, sumOfSquares: squares[i] as number };
  });
  return {
    figures: {
      label,
      journeys: n,
      events: summary.events,
      reachedCrisis: summary.reachedCrisis,
      missedPoints: summary.missedPoints,
      missedPointsByService: summary.missedPointsByService,
      journeysWithMissedPoints: summary.journeysWithMissedPoints,
      leadTimeMedianDays: summary.medianLeadTimeDays,
    },
    summary,
    missed: { n, sum: missedSum, sumOfSquares: missedSquares },
    missedByService,
    leadTimes: leads.slice(0, leadCount).sort(),
  };
}
