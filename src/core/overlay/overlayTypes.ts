import type { CohortSummary } from '../analysis/summariseAnalysis.ts';

/** What an aggregate overlay says of the cohort behind it, beyond the summary (for the figure's notes). */
export interface OverlayCohort {
  /**
   * Journeys with a lead time: the number the median lead time rests on (disclosure control). Unknown
   * in an overlay without it: a figure with suppression on then leaves the median out.
   */
  readonly leadTimeJourneys?: number | undefined;
  /** First and last event: ISO dates, or day offsets for a cohort given in days. Null when empty. */
  readonly periodStart: string | number | null;
  readonly periodEnd: string | number | null;
  /** True when the cohort said it was synthetic; the figure then says so. */
  readonly synthetic?: boolean | undefined;
}

/**
 * An aggregate overlay (CONTRACT §8): the analysis of a cohort without a single journey in it, written by
 * the SQL script inside a warehouse, `analyse --engine duckdb` or `aggregate`. The summary has every key
 * of `summariseAnalysis` (the §4 keys, and the medians and targets the map and figure draw).
 */
export interface AggregateOverlay {
  readonly overlay: 1;
  readonly pathway: string;
  readonly parameters: { readonly windowDays: number; readonly horizonDays: number };
  readonly summary: CohortSummary;
  readonly cohort: OverlayCohort;
}

/**
 * One value the SQL script could not read, with every row that has it: what an overlay carries instead
 * of a summary when the events table has such values.
 */
export interface OverlayProblemEntry {
  /** `journey_id`, `t`, `row_no`, `service`, `activity`, `concerns`, or `order` (rows in no clear order). */
  readonly column: string;
  /** The value as it is in the table ('' when empty). */
  readonly value: string;
  readonly rows: number;
  readonly firstRow: number | null;
}
