import { scaleLinear, scaleUtc } from 'd3-scale';
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTimes,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { JourneyDetail, JourneyEventView } from '../../core/analysis/viewModel.ts';
import { serviceSlots } from '../../core/pathway/serviceSlots.ts';
import { CRISIS, EARLY_INTERVENTION, type Activity, type Pathway } from '../../core/pathway/types.ts';

/**
 * The journey timeline's geometry and words as pure functions: lanes, scale and ticks, mark shapes,
 * missed-point labels placed so they do not overlap, and the text summary for screen readers. The
 * component only draws what these return.
 */

export type TimelineMode = 'date' | 'lookback';

const DAY_MS = 86_400_000;

/** The shape of each activity's mark. Hollow marks are things that did not happen (a missed appointment). */
export interface ActivityShape {
  readonly type: SymbolType;
  readonly label: string;
  /** Drawn as an outline only. */
  readonly hollow: boolean;
}

export const activityShapes: Readonly<Record<Activity, ActivityShape>> = {
  concern: { type: symbolWye, label: 'Concern noted', hollow: false },
  contact: { type: symbolCircle, label: 'Contact', hollow: false },
  referral: { type: symbolTriangle, label: 'Referral', hollow: false },
  assessment: { type: symbolSquare, label: 'Assessment', hollow: false },
  intervention: { type: symbolDiamond, label: 'Intervention', hollow: false },
  admission: { type: symbolStar, label: 'Admission', hollow: false },
  discharge: { type: symbolCross, label: 'Discharge', hollow: false },
  declined: { type: symbolTimes, label: 'Declined', hollow: true },
  did_not_attend: { type: symbolCircle, label: 'Did not attend', hollow: true },
};

/** An SVG path of an activity's mark centred on 0,0; `size` is the area in square pixels (d3 convention). */
export function activityPath(activity: Activity, size: number): string {
  return symbol(activityShapes[activity].type, size)() ?? '';
}

/** How a service's marks are coloured (with the shape and the lane name, never the only signal). */
export type ServiceKind = 'early' | 'crisis' | 'other';

export function serviceKind(pathway: Pathway, serviceId: string): ServiceKind {
  const tags = pathway.services.find((s) => s.id === serviceId)?.tags ?? [];
  return tags.includes(CRISIS) ? 'crisis' : tags.includes(EARLY_INTERVENTION) ? 'early' : 'other';
}

export function serviceLabel(pathway: Pathway, serviceId: string): string {
  return pathway.services.find((s) => s.id === serviceId)?.label ?? serviceId;
}

export interface TimelineLane {
  readonly service: string;
  readonly label: string;
  /** Index of the service's level in the pathway, for the lane colour (as on the map). */
  readonly levelIndex: number;
  readonly levelLabel: string;
  readonly kind: ServiceKind;
}

/** One lane per service the journey visited, ordered as on the map: by level, then by row in it (`serviceSlots`). */
export function timelineLanes(detail: JourneyDetail, pathway: Pathway): TimelineLane[] {
  const visited = new Set(detail.eventsList.map((e) => e.service));
  const { slots } = serviceSlots(pathway);
  const unplaced = { lane: pathway.levels.length, row: 0 };
  return pathway.services
    .filter((s) => visited.has(s.id))
    .map((s, order) => ({ s, order, slot: slots.get(s.id) ?? unplaced }))
    .sort((a, b) => a.slot.lane - b.slot.lane || a.slot.row - b.slot.row || a.order - b.order)
    .map(({ s, slot }) => ({
      service: s.id,
      label: s.label,
      levelIndex: slot.lane,
      levelLabel: pathway.levels[slot.lane]?.label ?? s.level,
      kind: serviceKind(pathway, s.id),
    }));
}

/** Whether look-back (aligned on the first crisis) is possible for this journey. */
export function canLookBack(detail: JourneyDetail): boolean {
  return detail.eventsList.some((e) => e.dayFromCrisis !== null);
}

/** The mode actually drawn: look-back falls back to dates when the journey reached no crisis. */
export function effectiveMode(detail: JourneyDetail, mode: TimelineMode): TimelineMode {
  return mode === 'lookback' && canLookBack(detail) ? 'lookback' : 'date';
}

/** An event's position in days on the axis of `mode`. */
export function eventDay(event: JourneyEventView, mode: TimelineMode): number {
  return mode === 'lookback' ? (event.dayFromCrisis ?? event.time) : event.time;
}

/** The first crisis event of the journey, if it reached one. */
export function firstCrisisEvent(detail: JourneyDetail): JourneyEventView | undefined {
  return detail.eventsList.find((e) => e.dayFromCrisis === 0);
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
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthShort = (date: Date) => MONTHS[date.getUTCMonth()] as string;
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

/** When an event happened, in words, for the table and tooltip: "16 Sep 2019" or "Day 12". */
export function formatEventTime(event: JourneyEventView, timeBase: JourneyDetail['timeBase']): string {
  return timeBase === 'calendar' ? formatCalendarDay(Math.floor(event.time)) : `Day ${String(event.time)}`;
}

/** "157 days before the first crisis", "the day of the first crisis", "8 days after". */
export function formatFromCrisis(days: number | null): string {
  if (days === null) return 'no crisis';
  if (days === 0) return 'day of the first crisis';
  const n = Math.abs(days);
  const unit = n === 1 ? 'day' : 'days';
  const num = Number.isInteger(n) ? String(n) : n.toFixed(1);
  return days < 0 ? `${num} ${unit} before the first crisis` : `${num} ${unit} after the first crisis`;
}

/** A missed point's label: "Missed: School — self-harm, parental conflict". */
export function missedLabel(
  event: JourneyEventView,
  pathway: Pathway,
  concernsLabel: (id: string) => string,
): string {
  const concerns = event.concerns.map((c) => concernsLabel(c).toLowerCase()).join(', ');
  return `Missed: ${serviceLabel(pathway, event.service)}${concerns ? ` — ${concerns}` : ''}`;
}

/** The concern labels of a pathway, as a lookup. */
export function concernLabeller(pathway: Pathway): (id: string) => string {
  const labels = new Map(pathway.concerns.map((c) => [c.id as string, c.label]));
  return (id) => labels.get(id) ?? id;
}

/**
 * Rows for labels laid along the x axis so that none overlaps another: each label takes the first row
 * where it clears the previous label by `gap` pixels. Input in any order; output rows by input index.
 */
export function stackLabels(
  items: readonly { readonly left: number; readonly width: number }[],
  gap = 8,
): number[] {
  const rows = new Array<number>(items.length).fill(0);
  const ends: number[] = [];
  const order = items.map((_, i) => i).sort((a, b) => (items[a]?.left ?? 0) - (items[b]?.left ?? 0));
  for (const i of order) {
    const it = items[i] as { left: number; width: number };
    let row = ends.findIndex((end) => it.left >= end + gap);
    if (row < 0) row = ends.length;
    ends[row] = it.left + it.width;
    rows[i] = row;
  }
  return rows;
}

/**
 * Small vertical offsets (in slots: 0, −1, +1, −2, …) for marks of one lane that would overlap, e.g. a
 * referral and an assessment on the same day. `xs` in pixels, any order.
 */
export function dodge(xs: readonly number[], minGap: number): number[] {
  const slots = [0, -1, 1, -2, 2];
  const placed: { x: number; slot: number }[] = [];
  return xs.map((x) => {
    const slot = slots.find((s) => !placed.some((p) => p.slot === s && Math.abs(p.x - x) < minGap)) ?? 0;
    placed.push({ x, slot });
    return slot;
  });
}

/** Rough width of a label in pixels (system sans-serif), for placing labels before the browser lays them out. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  return Math.ceil(text.length * fontSize * (bold ? 0.61 : 0.55));
}

/** Splits a label into at most `maxLines` lines of about `maxChars`, with an ellipsis when it is cut. */
export function wrapLabel(text: string, maxChars: number, maxLines = 2): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars || line === '') {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(`${line}…`);
      return lines;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line.length > maxChars ? `${line.slice(0, maxChars - 1)}…` : line);
  return lines;
}

/**
 * The timeline in words, for the SVG's description: how many events, where, when, the first crisis and
 * every missed early-intervention point. Trainer notes are left out (they are never exported, and an
 * SVG may be copied out of the page).
 */
export function timelineSummary(detail: JourneyDetail, pathway: Pathway, mode: TimelineMode): string {
  const concernsLabel = concernLabeller(pathway);
  const events = detail.eventsList;
  const services = new Set(events.map((e) => e.service)).size;
  const when = (e: JourneyEventView) =>
    mode === 'lookback' ? formatFromCrisis(e.dayFromCrisis) : formatEventTime(e, detail.timeBase);
  const parts: string[] = [];
  const firstEvent = events[0];
  const lastEvent = events[events.length - 1];
  if (!firstEvent || !lastEvent) return `Journey ${detail.id} has no events.`;
  parts.push(
    `${String(events.length)} events at ${String(services)} ${services === 1 ? 'service' : 'services'}, from ${when(firstEvent)} to ${when(lastEvent)}.`,
  );
  const crisis = firstCrisisEvent(detail);
  parts.push(
    crisis
      ? `First crisis: ${serviceLabel(pathway, crisis.service)} on ${formatEventTime(crisis, detail.timeBase)}.`
      : 'No crisis service was reached.',
  );
  const missed = events.filter((e) => e.missed);
  if (missed.length === 0) parts.push('No missed early-intervention points.');
  else {
    parts.push(
      `${String(missed.length)} missed early-intervention ${missed.length === 1 ? 'point' : 'points'}: ${missed
        .map((e) => `${missedLabel(e, pathway, concernsLabel).replace(/^Missed: /, '')} (${when(e)})`)
        .join('; ')}.`,
    );
  }
  return parts.join(' ');
}
