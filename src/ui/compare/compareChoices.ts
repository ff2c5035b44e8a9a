import type { CohortMeta } from '../../core/analysis/cohortMeta.ts';
import type { CompareChoice } from '../../core/compare/compareCohort.ts';
import { isoDay } from '../common/dates.ts';

/** A column a cohort can be split by, and how the form names it. */
export interface SplitColumn {
  readonly value: string;
  readonly label: string;
}

/**
 * The columns the form offers (the core's `splitColumns`): the cohort's own columns, journey-wide ones
 * first, then the service and the activity where journeys start.
 */
export function splitColumnsOf(meta: CohortMeta | null): SplitColumn[] {
  const attributes = [...(meta?.attributes ?? [])].sort(
    (a, b) => (a.scope === 'journey' ? 0 : 1) - (b.scope === 'journey' ? 0 : 1),
  );
  return [
    ...attributes.map((a) => ({
      value: a.name,
      label: `${a.name}${a.scope === 'event' ? ' (on the first event)' : ''}`,
    })),
    { value: 'service', label: 'service where journeys start' },
    { value: 'activity', label: 'activity that starts journeys' },
  ];
}

/** The split date the form suggests: the day of the median journey start, which halves the journeys. */
export function suggestedDate(meta: CohortMeta | null): string {
  const starts = meta?.starts;
  return starts && meta.timeBase === 'calendar' ? isoDay(starts.median) : '';
}

/**
 * The comparison "Compare" opens on: by date at the median start (the journeys halved), or, for a
 * cohort of day offsets, by its first own column, or where journeys start.
 */
export function defaultChoice(meta: CohortMeta | null): CompareChoice {
  const date = suggestedDate(meta);
  if (date || !meta) return { kind: 'date', value: date };
  return { kind: 'column', value: splitColumnsOf(meta)[0]?.value ?? 'service' };
}
