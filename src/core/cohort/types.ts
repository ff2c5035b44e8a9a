import type { Activity, ConcernId, JourneyId, ServiceId } from '../pathway/types.ts';
import type { Problem } from '../problems.ts';

/** How the times of a cohort were given. */
export type TimeBase =
  /** ISO dates or date-times: `time` is days since 1970-01-01 UTC (fractional when a time of day was given). */
  | 'calendar'
  /** Integer day offsets from the `day` column. */
  | 'offset';

export interface AttributeColumn {
  readonly name: string;
  /** `journey` when every row of each journey has the same value, else `event`. */
  readonly scope: 'journey' | 'event';
  /** Distinct values; `codes[i]` indexes into this (0xffffffff = empty). */
  readonly values: readonly string[];
  /** One code per event (in cohort event order). */
  readonly codes: Uint32Array;
}

/**
 * A validated cohort of journeys, stored column-wise so that a million events fit in a few tens of
 * megabytes and can be posted to or from a Web Worker cheaply. Events are grouped by journey (in order of
 * first appearance) and, within a journey, ordered by time, rows with the same time keeping file order.
 * Indices refer to the pathway the cohort was validated against.
 */
export interface Cohort {
  readonly file: string;
  readonly format: 'csv' | 'json' | 'xes';
  readonly timeBase: TimeBase;
  /** True when the cohort says it is synthetic (the shipped cohorts), so the UI can label it. */
  readonly synthetic: boolean;
  readonly journeyIds: readonly JourneyId[];
  /** Journey j's events are `journeyStart[j] .. journeyStart[j+1]-1`. Length = journeys + 1. */
  readonly journeyStart: Int32Array;
  /** Days (see `timeBase`). */
  readonly time: Float64Array;
  /** Index into `pathway.services`. */
  readonly service: Uint16Array;
  /** Index into `activities`. */
  readonly activity: Uint8Array;
  /** Event e's concerns are `concernCodes[concernStart[e] .. concernStart[e+1]-1]`, indices into `pathway.concerns`. Length = events + 1. */
  readonly concernStart: Int32Array;
  readonly concernCodes: Uint16Array;
  /** Source row number of each event (CSV: header = row 1; JSON: index + 2; XES: line of the <event>). */
  readonly row: Int32Array;
  /** Trainer notes by event index (sparse). Never exported. */
  readonly notes: ReadonlyMap<number, string>;
  readonly attributes: readonly AttributeColumn[];
  /**
   * What the import did that the user should know although nothing was wrong (PL210): rows an import
   * profile left out, started activities never completed, local times in a skipped hour. Absent when none.
   */
  readonly warnings?: readonly Problem[] | undefined;
}

/** One event as a plain object, for small cohorts, tests and the UI. */
export interface JourneyEvent {
  readonly journey: JourneyId;
  readonly index: number;
  readonly row: number;
  readonly time: number;
  readonly service: ServiceId;
  readonly activity: Activity;
  readonly concerns: readonly ConcernId[];
  readonly note?: string | undefined;
  readonly attributes: Readonly<Record<string, string>>;
}

export const NO_VALUE = 0xffffffff;
