import type { JourneyFilter } from '../../core/analysis/journeyMask.ts';

/**
 * The explorer's filters as the user chose them: which journeys the overlay, the summary and the list
 * count. The same four fields in the view state, the filters panel, the URL and an embed link.
 */
export interface ViewFilters {
  /** Journeys with at least one of these concern codes. Empty means no filter. */
  readonly concerns: readonly string[];
  /** The cohort's own columns (e.g. age_band): attribute name → allowed values. Empty means no filter. */
  readonly attributes: Readonly<Record<string, readonly string[]>>;
  /** Journeys that reached crisis (true), did not (false), or either (null). */
  readonly reachedCrisis: boolean | null;
  /** Journeys with missed points (true), without (false), or either (null). */
  readonly withMissedPoints: boolean | null;
}

export const NO_FILTERS: ViewFilters = {
  concerns: [],
  attributes: {},
  reachedCrisis: null,
  withMissedPoints: null,
};

/** The filters as the core's `JourneyFilter` (empty lists and nulls mean no filter, and are left out). */
export function journeyFilterOf(filters: ViewFilters): JourneyFilter {
  return {
    concerns: filters.concerns.length > 0 ? filters.concerns : undefined,
    attributes: Object.keys(filters.attributes).length > 0 ? filters.attributes : undefined,
    reachedCrisis: filters.reachedCrisis ?? undefined,
    withMissedPoints: filters.withMissedPoints ?? undefined,
  };
}

/** Whether any filter narrows the journeys. */
export function hasFilters(filters: ViewFilters): boolean {
  return (
    filters.concerns.length > 0 ||
    Object.values(filters.attributes).some((v) => v.length > 0) ||
    filters.reachedCrisis !== null ||
    filters.withMissedPoints !== null
  );
}

/** The attribute filters with one column's values replaced (none: the column is no longer filtered). */
export function withAttribute(
  attributes: ViewFilters['attributes'],
  name: string,
  values: readonly string[],
): ViewFilters['attributes'] {
  const rest = Object.fromEntries(Object.entries(attributes).filter(([key]) => key !== name));
  return values.length > 0 ? { ...rest, [name]: [...values] } : rest;
}
