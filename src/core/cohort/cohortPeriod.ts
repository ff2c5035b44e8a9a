import type { CohortInfo } from '../figure/figureTypes.ts';
import type { Cohort } from './types.ts';

/** The cohort's first and last event: ISO dates for calendar times, day numbers for offsets. */
export function cohortPeriod(cohort: Cohort): Pick<CohortInfo, 'periodStart' | 'periodEnd'> {
  if (cohort.time.length === 0) return {};
  let min = Infinity;
  let max = -Infinity;
  for (const t of cohort.time) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  if (cohort.timeBase === 'offset') return { periodStart: min, periodEnd: max };
  const iso = (days: number) => new Date(Math.floor(days) * 86_400_000).toISOString().slice(0, 10);
  return { periodStart: iso(min), periodEnd: iso(max) };
}
