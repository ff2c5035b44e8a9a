import type { JourneyDetail, JourneyEventView } from '../../core/analysis/viewModel.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import {
  dodge,
  effectiveMode,
  estimateTextWidth,
  firstCrisisEvent,
  stackLabels,
  timelineLanes,
  type TimelineLane,
} from './timelineModel.ts';
import {
  eventDay,
  timelineDomain,
  timelineScale,
  type TimelineMode,
  type TimelineScale,
} from './timelineScale.ts';
import { concernLabeller, formatEventTime, missedLabel } from './timelineWords.ts';

/** Geometry in CSS pixels: the SVG is drawn at its real size, so text is the size given here. */
export const TIMELINE_GEOMETRY = {
  labelWidth: 230,
  right: 30,
  laneHeight: 50,
  labelRow: 30,
  labelHeight: 24,
  axisHeight: 64,
  fontSize: 15,
  markSize: 230,
  dodgeStep: 12,
} as const;
const G = TIMELINE_GEOMETRY;

/** A label above the lanes (the first crisis, a missed point), with the row it is stacked in. */
export interface TopLabel {
  readonly key: string;
  readonly text: string;
  /** The x of its event. */
  readonly x: number;
  readonly left: number;
  readonly width: number;
  readonly kind: 'missed' | 'crisis';
  readonly event: JourneyEventView;
  readonly row: number;
  /** The label's top, and the y its leader line runs to. */
  readonly top: number;
  readonly leaderTo: number;
}

/** An event's mark: where it is drawn (moved up or down a little when it would cover another). */
export interface TimelineMark {
  readonly e: JourneyEventView;
  readonly x: number;
  readonly y: number;
}

export interface TimelineLayout {
  /** The mode drawn: look-back falls back to dates for a journey without a crisis. */
  readonly drawn: TimelineMode;
  readonly width: number;
  readonly height: number;
  readonly plotLeft: number;
  readonly plotRight: number;
  readonly lanes: readonly TimelineLane[];
  readonly lanesTop: number;
  readonly lanesBottom: number;
  readonly scale: TimelineScale;
  readonly crisis: JourneyEventView | undefined;
  /** The first crisis's x, when there is one. */
  readonly crisisX: number | undefined;
  readonly topLabels: readonly TopLabel[];
  readonly marks: readonly TimelineMark[];
}

/**
 * Where everything of a journey's timeline goes at a given width: the lanes (one per service, in the
 * map's order), the axis, the labels above the lanes (the first crisis, then every missed point,
 * stacked so none overlaps another) and the marks (marks of one lane that would overlap are moved
 * apart). The component draws it as it is.
 */
export function timelineLayout(
  detail: JourneyDetail,
  pathway: Pathway,
  mode: TimelineMode,
  width: number,
): TimelineLayout {
  const drawn = effectiveMode(detail, mode);
  const lanes = timelineLanes(detail, pathway);
  const laneOf = new Map(lanes.map((l, i) => [l.service, i]));
  const crisis = firstCrisisEvent(detail);
  const concernsLabel = concernLabeller(pathway);
  // The labels above the lanes, in full ("Missed: School — self-harm, low mood"): never cut. They may
  // run over the lane names' column (it is empty above the lanes), and the chart widens (its frame then
  // scrolls sideways) for one wider than that.
  const texts: { event: JourneyEventView; text: string; kind: TopLabel['kind'] }[] = [];
  if (crisis)
    texts.push({
      event: crisis,
      text: `First crisis: ${formatEventTime(crisis, detail.timeBase)}`,
      kind: 'crisis',
    });
  for (const e of detail.eventsList)
    if (e.missed) texts.push({ event: e, text: missedLabel(e, pathway, concernsLabel), kind: 'missed' });
  const labelWidth = (text: string) => estimateTextWidth(text, G.fontSize - 1, true) + 18;
  const widest = Math.max(0, ...texts.map((t) => labelWidth(t.text)));
  width = Math.max(width, widest + G.right + 8);
  const plotLeft = G.labelWidth;
  const plotRight = width - G.right;
  const scale = timelineScale(timelineDomain(detail, drawn), [plotLeft, plotRight], drawn, detail.timeBase);

  const items: Omit<TopLabel, 'row' | 'top' | 'leaderTo'>[] = texts.map(({ event, text, kind }) => {
    const x = scale.x(eventDay(event, drawn));
    const w = labelWidth(text);
    const left = Math.max(4, Math.min(x - 10, plotRight - w));
    return { key: `${kind}-${String(event.index)}`, text, x, left, width: w, kind, event };
  });
  const rows = stackLabels(items, 10);

  const labelRows = rows.reduce((n, r) => Math.max(n, r + 1), 0);
  const lanesTop = 10 + labelRows * G.labelRow + 8;
  const lanesBottom = lanesTop + lanes.length * G.laneHeight;
  const laneY = (service: string) => lanesTop + (laneOf.get(service) ?? 0) * G.laneHeight + G.laneHeight / 2;
  // Row 0 sits just above the lanes; higher rows go up.
  const labelTop = (row: number) => lanesTop - 8 - (row + 1) * G.labelRow + (G.labelRow - G.labelHeight);
  const topLabels = items.map((it, i): TopLabel => {
    const row = rows[i] as number;
    const leaderTo = it.kind === 'crisis' ? lanesTop - 8 : laneY(it.event.service) - 16;
    return { ...it, row, top: labelTop(row), leaderTo };
  });

  const byLane = new Map<string, { e: JourneyEventView; x: number }[]>();
  for (const e of detail.eventsList) {
    const list = byLane.get(e.service) ?? [];
    list.push({ e, x: scale.x(eventDay(e, drawn)) });
    byLane.set(e.service, list);
  }
  const marks: TimelineMark[] = [];
  for (const [service, list] of byLane) {
    const slots = dodge(
      list.map((m) => m.x),
      14,
    );
    list.forEach((m, i) => marks.push({ ...m, y: laneY(service) + (slots[i] ?? 0) * G.dodgeStep }));
  }
  marks.sort((a, b) => a.e.index - b.e.index);

  return {
    drawn,
    width,
    height: lanesBottom + G.axisHeight,
    plotLeft,
    plotRight,
    lanes,
    lanesTop,
    lanesBottom,
    scale,
    crisis,
    crisisX: crisis ? scale.x(eventDay(crisis, drawn)) : undefined,
    topLabels,
    marks,
  };
}
