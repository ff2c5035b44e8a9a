import type { JourneyDetail, JourneyEventView } from '../../core/analysis/viewModel.ts';
import { pathwayLookups } from '../../core/pathway/pathwayLookups.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { serviceLabel } from './activityShapes.ts';
import { firstCrisisEvent } from './timelineModel.ts';
import { formatCalendarDay, type TimelineMode } from './timelineScale.ts';

/** The journey timeline in words: when each event happened, the missed points' labels, the summary for screen readers. */

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
  const labels = pathwayLookups(pathway).concern;
  return (id) => labels.get(id)?.label ?? id;
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
