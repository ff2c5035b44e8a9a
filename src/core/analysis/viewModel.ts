import type { Cohort } from '../cohort/types.ts';
import { NO_VALUE } from '../cohort/types.ts';
import { activities, type Activity, type Pathway } from '../pathway/types.ts';
import { MOVE_OFF, MOVE_ON } from '../replay/moveKinds.ts';
import type { CohortAnalysis } from './analyseCohort.ts';
import { concernsOf } from './analysisReport.ts';
import type { Variant } from './journeyVariants.ts';
import type { RuleParameters } from './parameters.ts';
import type { CohortSummary } from './summariseAnalysis.ts';

/**
 * What the screens show of an analysed cohort, as plain data that crosses the worker boundary. The
 * worker keeps the cohort and the analysis; the UI receives these and only renders.
 */
export interface JourneyRow {
  /** Index of the journey in the cohort (stable for the cohort's lifetime). */
  readonly index: number;
  readonly id: string;
  readonly events: number;
  readonly reachedCrisis: boolean;
  readonly leadTimeDays: number | null;
  readonly missedPoints: number;
  readonly offPathway: number;
  /** Distinct concern codes over the journey, in pathway order. */
  readonly concerns: readonly string[];
  /** Journey-level attribute values (e.g. age_band). */
  readonly attributes: Readonly<Record<string, string>>;
}

/** The overlay of the map and the summary panel, for the filtered journeys. */
export interface OverlayModel {
  /** Identifies the analysis (same key, same numbers): the page skips a redraw when it has not changed. */
  readonly key: string;
  readonly parameters: RuleParameters;
  readonly timings: boolean;
  readonly summary: CohortSummary;
  /**
   * Journeys with a lead time among the filtered ones: the median lead time rests on these, and a
   * figure shows it only when they are 5 or more. Unknown (absent) for an aggregate overlay.
   */
  readonly leadTimeJourneys?: number | undefined;
  /** Milliseconds spent (mask, analysis, summary). */
  readonly computeMs: number;
}

/** The journey list and the variants, column-wise (rows are made on the page: `journeyRows.ts`). */
export interface JourneyListModel {
  /** Indices of the listed journeys (filters, then focus and service), in cohort order. */
  readonly indices: Int32Array;
  /** Missed points of each listed journey under the current W and H (aligned with `indices`). */
  readonly missedCount: Int32Array;
  /** Journeys that pass the filters (before the focus and service narrowing). */
  readonly filtered: number;
  /** The most common routes among the filtered journeys. */
  readonly variants: readonly Variant[];
  /** How many distinct routes the filtered journeys took. */
  readonly variantCount: number;
  readonly computeMs: number;
}

export interface JourneyEventView {
  readonly index: number;
  /** Source row (CSV: header = 1). */
  readonly row: number;
  /** Days: since 1970-01-01 UTC for calendar cohorts, the offset otherwise (see `timeBase`). */
  readonly time: number;
  /** Days relative to the journey's first crisis row (0 = that row), or null when it reached none. */
  readonly dayFromCrisis: number | null;
  readonly service: string;
  readonly activity: Activity;
  readonly concerns: readonly string[];
  readonly missed: boolean;
  readonly move: 'none' | 'on' | 'off';
  readonly note?: string | undefined;
}

export interface JourneyDetail extends JourneyRow {
  readonly timeBase: Cohort['timeBase'];
  readonly eventsList: readonly JourneyEventView[];
}

function journeyAttributes(cohort: Cohort, j: number): Record<string, string> {
  const first = cohort.journeyStart[j] as number;
  const out: Record<string, string> = {};
  for (const a of cohort.attributes) {
    if (a.scope !== 'journey') continue;
    const code = a.codes[first] as number;
    if (code !== NO_VALUE) out[a.name] = a.values[code] as string;
  }
  return out;
}

export function journeyRow(
  cohort: Cohort,
  pathway: Pathway,
  analysis: CohortAnalysis,
  j: number,
): JourneyRow {
  const start = cohort.journeyStart[j] as number;
  const end = cohort.journeyStart[j + 1] as number;
  const seen = new Uint8Array(pathway.concerns.length);
  let off = 0;
  for (let e = start; e < end; e++) {
    if (analysis.move[e] === MOVE_OFF) off++;
    for (let k = cohort.concernStart[e] as number; k < (cohort.concernStart[e + 1] as number); k++) {
      seen[cohort.concernCodes[k] as number] = 1;
    }
  }
  const lead = analysis.leadTime[j] as number;
  return {
    index: j,
    id: cohort.journeyIds[j] as string,
    events: end - start,
    reachedCrisis: analysis.reachedCrisis[j] === 1,
    leadTimeDays: Number.isNaN(lead) ? null : lead,
    missedPoints: analysis.missedCount[j] as number,
    offPathway: off,
    concerns: pathway.concerns.filter((_, i) => seen[i] === 1).map((c) => c.id as string),
    attributes: journeyAttributes(cohort, j),
  };
}

/** One journey with every event, for the timeline, the map highlight and the trainer's player. */
export function journeyDetail(
  cohort: Cohort,
  pathway: Pathway,
  analysis: CohortAnalysis,
  j: number,
): JourneyDetail {
  const start = cohort.journeyStart[j] as number;
  const end = cohort.journeyStart[j + 1] as number;
  const fc = analysis.firstCrisis[j] as number;
  const t0 = fc >= 0 ? (cohort.time[fc] as number) : NaN;
  const eventsList: JourneyEventView[] = [];
  for (let e = start; e < end; e++) {
    const move = analysis.move[e];
    eventsList.push({
      index: e - start,
      row: cohort.row[e] as number,
      time: cohort.time[e] as number,
      dayFromCrisis: fc >= 0 ? (cohort.time[e] as number) - t0 : null,
      service: pathway.services[cohort.service[e] as number]?.id as string,
      activity: activities[cohort.activity[e] as number] as Activity,
      concerns: concernsOf(cohort, pathway, e),
      missed: analysis.missed[e] === 1,
      move: move === MOVE_ON ? 'on' : move === MOVE_OFF ? 'off' : 'none',
      note: cohort.notes.get(e),
    });
  }
  return { ...journeyRow(cohort, pathway, analysis, j), timeBase: cohort.timeBase, eventsList };
}
