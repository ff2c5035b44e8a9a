import { textWidth, wrapText } from '../../core/text/textMetrics.ts';
import type { JourneyDetail, JourneyEventView } from '../../core/analysis/viewModel.ts';
import { serviceSlots } from '../../core/pathway/serviceSlots.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { serviceKind, type ServiceKind } from './activityShapes.ts';
import type { TimelineMode } from './timelineScale.ts';

/**
 * The journey timeline's lanes and the placing of its marks and labels, as pure functions: the
 * components only draw what these (and `timelineScale.ts`, `timelineWords.ts`, `timelineLayout.ts`)
 * return.
 */

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

/** The first crisis event of the journey, if it reached one. */
export function firstCrisisEvent(detail: JourneyDetail): JourneyEventView | undefined {
  return detail.eventsList.find((e) => e.dayFromCrisis === 0);
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
  // DejaVu Sans's widths (the widest common sans-serif: a label sized by them holds its text in any font).
  return Math.ceil(textWidth(text, fontSize, bold) * 1.02);
}

/** Splits a label into lines no wider than `maxWidth` pixels at `fontSize` (bold), never cutting it. */
export function wrapLabelWidth(text: string, maxWidth: number, fontSize: number): string[] {
  return wrapText(text, maxWidth, fontSize, true);
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
