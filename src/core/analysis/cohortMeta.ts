import type { Cohort } from '../cohort/types.ts';
import type { Pathway } from '../pathway/types.ts';

export interface AttributeMeta {
  readonly name: string;
  readonly scope: 'journey' | 'event';
  readonly values: readonly string[];
}

/** The first and last event time of a cohort, in days (see `Cohort.timeBase`). */
export interface CohortPeriod {
  readonly first: number;
  readonly last: number;
}

/** What the page knows of the loaded cohort. */
export interface CohortMeta {
  readonly file: string;
  readonly format: Cohort['format'];
  readonly synthetic: boolean;
  readonly journeys: number;
  readonly events: number;
  readonly timeBase: Cohort['timeBase'];
  /** First and last event time, or null for an empty cohort. */
  readonly period: CohortPeriod | null;
  readonly attributes: readonly AttributeMeta[];
  /** Concern codes that occur in the cohort, in pathway order. */
  readonly concerns: readonly string[];
  /**
   * When journeys start (the time of each one's first row): the first, the last and the median, the
   * range a split by date must fall in. Absent or null when unknown (an aggregate overlay) or empty.
   */
  readonly starts?: JourneyStarts | null | undefined;
}

export interface JourneyStarts {
  readonly first: number;
  readonly last: number;
  /** The median start (the upper middle one for an even count): a split on its day halves the journeys. */
  readonly median: number;
}

/** When the journeys of a cohort start: first, last and median time of their first rows. */
export function journeyStarts(
  cohort: Pick<Cohort, 'time' | 'journeyStart' | 'journeyIds'>,
): JourneyStarts | null {
  const J = cohort.journeyIds.length;
  if (J === 0) return null;
  const starts = new Float64Array(J);
  for (let j = 0; j < J; j++) starts[j] = cohort.time[cohort.journeyStart[j] as number] as number;
  starts.sort();
  return { first: starts[0] as number, last: starts[J - 1] as number, median: starts[J >> 1] as number };
}

/**
 * The cohort's date range: its first and last event time, or null when it has no event. The one place
 * the range is computed, for the explorer, the figure, the embed and the command line alike.
 */
export function cohortPeriod(cohort: Pick<Cohort, 'time'>): CohortPeriod | null {
  if (cohort.time.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const t of cohort.time) {
    if (t < first) first = t;
    if (t > last) last = t;
  }
  return { first, last };
}

export function cohortMetaOf(cohort: Cohort, pathway: Pathway): CohortMeta {
  const seen = new Uint8Array(pathway.concerns.length);
  for (const c of cohort.concernCodes) seen[c] = 1;
  return {
    file: cohort.file,
    format: cohort.format,
    synthetic: cohort.synthetic,
    journeys: cohort.journeyIds.length,
    events: cohort.time.length,
    timeBase: cohort.timeBase,
    period: cohortPeriod(cohort),
    attributes: cohort.attributes.map((a) => ({ name: a.name, scope: a.scope, values: a.values })),
    concerns: pathway.concerns.filter((_, i) => seen[i] === 1).map((c) => c.id as string),
    starts: journeyStarts(cohort),
  };
}
