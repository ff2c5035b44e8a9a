import type { CohortAnalysis } from './analyseCohort.ts';

/** How many of the analysed journeys have a lead time: the number the median lead time rests on. */
export function leadTimeJourneys(analysis: CohortAnalysis): number {
  let n = 0;
  for (let j = 0; j < analysis.leadTime.length; j++) {
    if (analysis.included[j] === 1 && !Number.isNaN(analysis.leadTime[j])) n++;
  }
  return n;
}
