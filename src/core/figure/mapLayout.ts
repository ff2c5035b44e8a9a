import { pathwayLookups } from '../pathway/pathwayLookups.ts';
import { serviceSlots, servicesByLane } from '../pathway/serviceSlots.ts';
import type { Pathway } from '../pathway/types.ts';
import { LEADING } from './figureStyle.ts';
import { wrapText } from './textMetrics.ts';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface MapFonts {
  readonly laneLabel: number;
  readonly laneNote: number;
  readonly service: number;
  readonly count: number;
  readonly badge: number;
}

export interface LaneGeometry extends Rect {
  readonly id: string;
  readonly index: number;
  readonly labelLines: readonly string[];
  readonly noteLines: readonly string[];
}

export interface ServiceBox extends Rect {
  readonly id: string;
  /** Index of the service in `pathway.services` (stable ids in the SVG). */
  readonly index: number;
  readonly lane: number;
  readonly row: number;
  readonly labelLines: readonly string[];
}

/** A horizontal gap between rows (or above the first, below the last), where lines cross a column. */
export interface Channel {
  readonly y: number;
  readonly height: number;
}

export interface MapGeometry {
  readonly lanes: readonly LaneGeometry[];
  readonly boxes: ReadonlyMap<string, ServiceBox>;
  readonly laneGap: number;
  /** Space between a lane's side and its boxes. */
  readonly lanePad: number;
  readonly channels: readonly Channel[];
  /** Height of a box's bottom line: the journeys and the missed badge. */
  readonly countLine: number;
}

const PAD = 1.5;
const LANE_PAD = 1.3;

/**
 * Lays the pathway out as the app's map does: one column per level, from the least intensive on the
 * left to the most on the right, each service in its level's column at the row `serviceSlots` gives it.
 * Rows line up across columns; each row is as tall as its longest label, and the gaps between rows
 * take what is left of `rect`, up to a limit, so that lines crossing a column have room.
 */
export function layoutMap(
  pathway: Pathway,
  rect: Rect,
  fonts: MapFonts,
  laneGap: number,
  options: { laneNotes: boolean; maxLines: number } = { laneNotes: true, maxLines: 3 },
): MapGeometry {
  const n = Math.max(1, pathway.levels.length);
  const laneWidth = (rect.width - (n - 1) * laneGap) / n;
  const inner = laneWidth - 2 * LANE_PAD;
  const textWidth = inner - 2 * PAD;

  const laneText = pathway.levels.map((l) => ({
    labelLines: wrapText(l.label, laneWidth - 2 * LANE_PAD, fonts.laneLabel, true, options.maxLines),
    noteLines:
      l.thrive && options.laneNotes
        ? wrapText(l.thrive, laneWidth - 2 * LANE_PAD, fonts.laneNote, false, options.maxLines)
        : [],
  }));
  const laneLabelLines = Math.max(1, ...laneText.map((t) => t.labelLines.length));
  const laneNoteLines = Math.max(0, ...laneText.map((t) => t.noteLines.length));
  const header =
    1.8 +
    laneLabelLines * fonts.laneLabel * LEADING +
    (laneNoteLines > 0 ? 0.6 + laneNoteLines * fonts.laneNote * LEADING : 0) +
    2.2;

  // The app's map and the figure place services by the one rule of `serviceSlots`.
  const { slots, rows } = serviceSlots(pathway);
  const indexOf = pathwayLookups(pathway).serviceIndex;
  const members: number[][] = servicesByLane(pathway).map((lane) => lane.map((s) => indexOf.get(s.id) ?? 0));

  const countLine = fonts.badge * 1.7;
  const available = rect.height - header - LANE_PAD;
  const lineHeight = fonts.service * LEADING;
  const boxHeightFor = (lines: number) => PAD * 0.8 + lines * lineHeight + 0.4 + countLine + PAD * 0.6;
  // Each row is as tall as its longest label; labels lose lines (ending in "…") when the rows do not fit.
  let maxLines = options.maxLines;
  let wrapped: string[][] = [];
  let heights: number[] = [];
  const minGap = 3;
  for (;;) {
    wrapped = pathway.services.map((s) => wrapText(s.label, textWidth, fonts.service, true, maxLines));
    heights = Array.from({ length: rows }, () => boxHeightFor(1));
    wrapped.forEach((lines, si) => {
      const r = slots.get(pathway.services[si]?.id ?? '')?.row ?? 0;
      heights[r] = Math.max(heights[r] as number, boxHeightFor(lines.length));
    });
    const total = heights.reduce((a, b) => a + b, 0);
    if (maxLines === 1 || total + (rows + 1) * minGap <= available) break;
    maxLines--;
  }
  const total = heights.reduce((a, b) => a + b, 0);
  // Gaps between rows (and above the first) are channels for lines that cross a column; up to 12 mm.
  const rowGap = Math.min(12, Math.max(2, (available - total) / (rows + 1)));
  const rowTop: number[] = [];
  let y = rect.y + header + rowGap;
  for (let r = 0; r < rows; r++) {
    rowTop.push(y);
    y += (heights[r] as number) + rowGap;
  }
  const laneHeight = y - rect.y - rowGap + LANE_PAD + Math.min(rowGap, 4);
  const channels: Channel[] = [];
  for (let r = 0; r <= rows; r++) {
    const bottom = r < rows ? (rowTop[r] as number) : laneHeight + rect.y - LANE_PAD;
    const top = r === 0 ? rect.y + header : (rowTop[r - 1] as number) + (heights[r - 1] as number);
    channels.push({ y: (top + bottom) / 2, height: bottom - top });
  }

  const lanes: LaneGeometry[] = pathway.levels.map((l, i) => ({
    id: l.id,
    index: i,
    x: rect.x + i * (laneWidth + laneGap),
    y: rect.y,
    width: laneWidth,
    height: laneHeight,
    labelLines: laneText[i]?.labelLines ?? [],
    noteLines: laneText[i]?.noteLines ?? [],
  }));
  const boxes = new Map<string, ServiceBox>();
  members.forEach((list, lane) => {
    list.forEach((si) => {
      const s = pathway.services[si];
      const row = slots.get(s?.id ?? '')?.row;
      if (!s || row === undefined) return;
      boxes.set(s.id, {
        id: s.id,
        index: si,
        lane,
        row,
        x: rect.x + lane * (laneWidth + laneGap) + LANE_PAD,
        y: rowTop[row] as number,
        width: inner,
        height: heights[row] as number,
        labelLines: wrapped[si] ?? [],
      });
    });
  });
  return { lanes, boxes, laneGap, lanePad: LANE_PAD, channels, countLine };
}

export const BOX_PAD = PAD;

/**
 * `layoutMap`, with the map's type made smaller (in steps of a tenth, to no less than 0.6 of its size)
 * when a level holds so many services that the rows do not fit `rect` even with one-line labels.
 */
export function fitMap(
  pathway: Pathway,
  rect: Rect,
  fonts: MapFonts,
  laneGap: number,
  options: { laneNotes: boolean; maxLines: number },
): { map: MapGeometry; fonts: MapFonts } {
  let scale = 1;
  for (;;) {
    const f: MapFonts = {
      laneLabel: fonts.laneLabel * scale,
      laneNote: fonts.laneNote * scale,
      service: fonts.service * scale,
      count: fonts.count * scale,
      badge: fonts.badge * scale,
    };
    const map = layoutMap(pathway, rect, f, laneGap, options);
    const height = Math.max(0, ...map.lanes.map((l) => l.height));
    if (height <= rect.height + 0.01 || scale <= 0.6) return { map, fonts: f };
    scale = Math.round((scale - 0.1) * 10) / 10;
  }
}
