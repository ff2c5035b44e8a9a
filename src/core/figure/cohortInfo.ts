import type { CohortPeriod } from '../analysis/cohortMeta.ts';
import type { CohortInfo } from './figureTypes.ts';

/** How a figure names a cohort: its file name without folders. */
export const cohortName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

const isoDay = (days: number) => new Date(Math.floor(days) * 86_400_000).toISOString().slice(0, 10);

/** The cohort's first and last event as a figure states them: ISO dates for calendar times, day numbers for offsets. */
export function periodOf(
  timeBase: 'calendar' | 'offset',
  period: CohortPeriod | null,
): Pick<CohortInfo, 'periodStart' | 'periodEnd'> {
  if (!period) return {};
  if (timeBase === 'offset') return { periodStart: period.first, periodEnd: period.last };
  return { periodStart: isoDay(period.first), periodEnd: isoDay(period.last) };
}

/** What a figure says of its cohort, from what is known of it (the loaded cohort's meta, or the cohort). */
export function cohortInfoOf(cohort: {
  readonly name: string;
  readonly synthetic: boolean;
  readonly journeys: number;
  readonly timeBase: 'calendar' | 'offset';
  readonly period: CohortPeriod | null;
}): CohortInfo {
  return {
    name: cohort.name,
    synthetic: cohort.synthetic,
    journeys: cohort.journeys,
    ...periodOf(cohort.timeBase, cohort.period),
  };
}
