import { scaleLinear, scaleUtc } from 'd3-scale';
import type { JourneyDetail, JourneyEventView } from '../../core/analysis/viewModel.ts';
import { MONTH_NAMES } from '../../core/monthNames.ts';

/**
 * The journey timeline's time axis: by date, or aligned on the first crisis ("look back"), as pure
 * functions of the journey's events. Days in, pixels and tick labels out.
 */

export type TimelineMode = 'date' | 'lookback';

const DAY_MS = 86_400_000;

/** An event's position in days on the axis of `mode`. */
export function eventDay(event: JourneyEventView, mode: TimelineMode): number {
  return mode === 'lookback' ? (event.dayFromCrisis ?? event.time) : event.time;
}

/**
 * The axis domain in days. Look-back always spans at least the year before the crisis (−365 … 0) and
 * widens to show events earlier or after. Dates pad a twentieth of the span (at least two days) each side.
 */
export function timelineDomain(detail: JourneyDetail, mode: TimelineMode): [number, number] {
  const days = detail.eventsList.map((e) => eventDay(e, mode));
  const lo = days.length > 0 ? Math.min(...days) : 0;
  const hi = days.length > 0 ? Math.max(...days) : 0;
  if (mode === 'lookback')
    return [Math.min(-365, Math.floor(lo / 30) * 30), Math.max(0, Math.ceil(hi / 30) * 30)];
  const pad = Math.max(2, (hi - lo) / 20);
  return [Math.floor(lo - pad), Math.ceil(hi + pad)];
}

export interface AxisTick {
  readonly day: number;
  readonly x: number;
  readonly label: string;
}

export interface TimelineScale {
  readonly x: (day: number) => number;
  readonly ticks: readonly AxisTick[];
  /** What the axis measures, in words. */
  readonly title: string;
}

// Fixed month names rather than Intl: ICU versions differ ("Sep" or "Sept"), and figures must not.
const monthShort = (date: Date) => MONTH_NAMES[date.getUTCMonth()]?.slice(0, 3) ?? '';
const dayMonth = (date: Date) => `${String(date.getUTCDate())} ${monthShort(date)}`;
const fullDate = (date: Date) => `${dayMonth(date)} ${String(date.getUTCFullYear())}`;

/** Days since 1970-01-01 UTC as "16 Sep 2019". */
export function formatCalendarDay(day: number): string {
  return fullDate(new Date(day * DAY_MS));
}

/** A calendar tick: the year on 1 January, the month (with its year on the first tick) on the 1st, else day and month. */
export function calendarTickLabel(date: Date, first: boolean): string {
  const d = date.getUTCDate();
  const m = date.getUTCMonth();
  if (d === 1 && m === 0) return String(date.getUTCFullYear());
  if (d === 1) return first ? `${monthShort(date)} ${String(date.getUTCFullYear())}` : monthShort(date);
  return first ? fullDate(date) : dayMonth(date);
}

/** Signed days with a real minus sign: "−120", "0", "+30". */
export function formatSignedDays(days: number): string {
  const n = Number.isInteger(days) ? String(Math.abs(days)) : Math.abs(days).toFixed(1);
  return days < 0 ? `\u2212${n}` : days > 0 ? `+${n}` : '0';
}

/**
 * The x scale of the timeline: d3's `scaleUtc` for calendar dates (days since 1970 become UTC dates, so
 * the time zone of the machine never shifts an event), `scaleLinear` for day offsets and for look-back.
 * Ticks come from the scale (about one per 110 pixels) and are rendered by React, not d3-axis.
 */
export function timelineScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  mode: TimelineMode,
  timeBase: JourneyDetail['timeBase'],
): TimelineScale {
  const count = Math.max(2, Math.floor((range[1] - range[0]) / 110));
  if (mode === 'date' && timeBase === 'calendar') {
    const scale = scaleUtc()
      .domain([new Date(domain[0] * DAY_MS), new Date(domain[1] * DAY_MS)])
      .range([range[0], range[1]]);
    const ticks = scale
      .ticks(count)
      .map((t, i) => ({ day: t.getTime() / DAY_MS, x: scale(t), label: calendarTickLabel(t, i === 0) }));
    return { x: (day) => scale(new Date(day * DAY_MS)), ticks, title: 'Date' };
  }
  const scale = scaleLinear().domain([domain[0], domain[1]]).range([range[0], range[1]]);
  const ticks = scale
    .ticks(count)
    .filter(Number.isInteger)
    .map((t) => ({
      day: t,
      x: scale(t),
      label: mode === 'lookback' ? formatSignedDays(t) : `Day ${String(t)}`,
    }));
  return {
    x: (day) => scale(day),
    ticks,
    title:
      mode === 'lookback'
        ? 'Days before (−) and after (+) the first crisis'
        : 'Day (offset in the cohort file)',
  };
}
