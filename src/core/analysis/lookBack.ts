import type { Cohort } from '../cohort/types.ts';
import type { CohortAnalysis } from './analyseCohort.ts';

/**
 * Journey j's events as days relative to its first crisis row (0 = first crisis, negative = before),
 * for the "look back" timeline. Undefined when the journey never reached a crisis service.
 */
export function lookBack(cohort: Cohort, analysis: CohortAnalysis, j: number): Float64Array | undefined {
  const fc = analysis.firstCrisis[j] as number;
  if (fc < 0) return undefined;
  const start = cohort.journeyStart[j] as number;
  const end = cohort.journeyStart[j + 1] as number;
  const t0 = cohort.time[fc] as number;
  const out = new Float64Array(end - start);
  for (let e = start; e < end; e++) out[e - start] = (cohort.time[e] as number) - t0;
  return out;
}
