import type { CohortMeta } from '../analysis/cohortMeta.ts';
import { parseIsoDate } from '../cohort/parseIsoDate.ts';
import type { AggregateOverlay } from './overlayTypes.ts';

/**
 * True when a file's text is an aggregate overlay (CONTRACT §8) rather than a cohort: a JSON object (a
 * cohort's JSON is an array of events) that has an `overlay` key. Such a file is read by `readOverlay`,
 * whose messages then say what is wrong with it as an overlay.
 */
export function isOverlayText(text: string): boolean {
  const first = /^\uFEFF?\s*(\S)/.exec(text.slice(0, 4096))?.[1];
  return first === '{' && /"overlay"\s*:/.test(text);
}

function day(value: string | number | null): number | null {
  if (value === null) return null;
  if (typeof value === 'number') return value;
  return parseIsoDate(value) ?? null;
}

/**
 * What the explorer knows of an opened overlay, in the shape it knows a cohort by: its name, size and
 * period. It has no columns, concerns or journeys to list: those need the rows, which an overlay never
 * carries.
 */
export function overlayMeta(overlay: AggregateOverlay, file: string): CohortMeta {
  const { cohort, summary } = overlay;
  const first = day(cohort.periodStart);
  const last = day(cohort.periodEnd);
  return {
    file,
    format: 'json',
    synthetic: cohort.synthetic === true,
    journeys: summary.journeys,
    events: summary.events,
    timeBase: typeof cohort.periodStart === 'number' ? 'offset' : 'calendar',
    period: first === null || last === null ? null : { first, last },
    attributes: [],
    concerns: [],
  };
}
