import { pathwayLookups } from '../pathway/pathwayLookups.ts';
import { serviceSlots, type ServiceSlots } from '../pathway/serviceSlots.ts';
import type { Pathway } from '../pathway/types.ts';
import { badgeSize } from './figureMarks.ts';
import { LEADING } from './figureStyle.ts';
import { textWidth, wrapText } from './textMetrics.ts';

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

/** How much of a box's text to show: label lines, lane notes, and the count on a line of its own or beside the label. */
export interface MapOptions {
  readonly laneNotes: boolean;
  /** Label lines at most (the last ends in "…" when the label needs more). */
  readonly maxLines: number;
  /** The count and badge beside the label's first line (right-aligned) rather than on a line under it. */
  readonly beside: boolean;
  /** Tight boxes and gaps, for a level of many services. */
  readonly dense?: boolean | undefined;
  /** The widest gap between rows (12 mm by default; less on a screen, where the page grows instead). */
  readonly maxRowGap?: number | undefined;
  /** Rows set otherwise than `maxLines` and `beside` say (more lines, or numbers on a line of their own). */
  readonly rows?: readonly (RowOptions | undefined)[] | undefined;
}

export interface RowOptions {
  readonly maxLines: number;
  readonly beside: boolean;
}

/** The numbers a box shows, each in forms from the longest to the shortest ("1,234 journeys", "1,234", "1.2k"). */
export interface BoxNumbers {
  readonly count: readonly string[];
  /** The missed-points badge, or null for none. */
  readonly badge: readonly string[] | null;
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
  /** False when the label had to be cut ("…") or a word of it broken although the box is wide enough. */
  readonly whole: boolean;
  readonly count: string;
  readonly badge: string | null;
  /** Where the numbers go: a line under the label, two lines (count, then badge), or beside the label's first line. */
  readonly numbers: 'line' | 'stacked' | 'beside';
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
  /** Height of a line of numbers (the badge's height). */
  readonly countLine: number;
  /** Space inside a box above and below its text. */
  readonly pad: number;
  /** Height of the lanes, from the map's top. */
  readonly height: number;
}

export const BOX_PAD = 1.5;
const LANE_PAD = 1.3;
/** Space between the count and the badge, and between a one-line label and its numbers. */
const GAP = 1.5;
const MIN_ROW_GAP = 2;

interface Choice {
  readonly count: string;
  readonly badge: string | null;
  readonly numbers: ServiceBox['numbers'];
  /** Width left for a label beside the numbers (inline only). */
  readonly labelWidth: number;
}

/**
 * A box's numbers and label lines. Beside the label, the longest forms of the numbers that leave the
 * label whole (not ending in "…", its first word on the first line), else the shortest; on a line of
 * their own, the longest forms that fit the width, else count and badge on two lines.
 */
function chooseNumbers(
  n: BoxNumbers,
  inner: number,
  fonts: MapFonts,
  beside: boolean,
  label: string,
  badgeHeight: number,
  maxLines: number,
): Choice & { labelLines: string[]; whole: boolean } {
  const cw = (t: string) => (t === '' ? 0 : textWidth(t, fonts.count) + GAP);
  const bw = (t: string | null) => (t === null ? 0 : badgeSize(t, fonts.badge, badgeHeight).width + GAP);
  const badges = n.badge ?? [null];
  if (beside) {
    const wordWidth = textWidth(label.trim().split(/\s+/)[0] ?? '', fonts.service, true);
    let fallback: (Choice & { labelLines: string[]; whole: boolean }) | undefined;
    let best: (Choice & { labelLines: string[]; whole: boolean }) | undefined;
    for (const count of n.count)
      for (const badge of badges) {
        const left = inner - cw(count) - bw(badge);
        if (left < inner * 0.4) continue;
        const labelLines = wrapLabel(label, left, inner, fonts.service, maxLines);
        const whole =
          !labelLines[labelLines.length - 1]?.endsWith('…') && (wordWidth <= left || wordWidth > inner);
        const choice = { count, badge, numbers: 'beside' as const, labelWidth: left, labelLines, whole };
        // The fewest lines that keep the label whole, then the longest numbers.
        if (whole && (!best || labelLines.length < best.labelLines.length)) best = choice;
        fallback = choice;
      }
    if (best) return best;
    if (fallback) return fallback;
  }
  const lines = (c: Choice) => {
    const labelLines = wrapText(label, inner, fonts.service, true, maxLines);
    return { ...c, labelLines, whole: !labelLines[labelLines.length - 1]?.endsWith('…') };
  };
  for (const count of n.count)
    for (const badge of badges)
      if (cw(count) + bw(badge) - GAP <= inner)
        return lines({ count, badge, numbers: 'line', labelWidth: inner });
  const count = n.count.find((c) => cw(c) - GAP <= inner) ?? n.count[n.count.length - 1] ?? '';
  const badge = badges.find((b) => bw(b) - GAP <= inner) ?? badges[badges.length - 1] ?? null;
  return lines({ count, badge, numbers: badge === null ? 'line' : 'stacked', labelWidth: inner });
}

/** Wraps a label whose first line is narrower (numbers beside it) than the others; "…" ends a cut label. */
function wrapLabel(label: string, first: number, rest: number, size: number, maxLines: number): string[] {
  if (first >= rest) return wrapText(label, rest, size, true, maxLines);
  const head = wrapText(label, first, size, true);
  if (head.length <= 1) return head;
  if (maxLines <= 1) return wrapText(label, first, size, true, 1);
  const firstLine = head[0] as string;
  const words = label.trim().split(/\s+/).join(' ');
  const remainder = words.slice(firstLine.replace(/-$/, '').length).trim();
  return [firstLine, ...wrapText(remainder, rest, size, true, maxLines - 1)];
}

/**
 * Lays the pathway out as the app's map does: one column per level, from the least intensive on the
 * left to the most on the right, each service in its level's column at the row `placement` gives it
 * (the one placement rule of the map and the figure). Rows line up across columns; each row is as tall
 * as its tallest box, and the gaps between rows take what is left of `rect`, up to a limit, so that
 * lines crossing a column have room. The result may be taller than `rect`: `fitMap` tries less text.
 */
export function layoutMap(
  pathway: Pathway,
  rect: Rect,
  fonts: MapFonts,
  laneGap: number,
  options: MapOptions = { laneNotes: true, maxLines: 3, beside: false },
  numbers: (serviceId: string) => BoxNumbers = () => ({ count: [''], badge: null }),
  placement: ServiceSlots = serviceSlots(pathway),
): MapGeometry {
  const n = Math.max(1, pathway.levels.length);
  const laneWidth = (rect.width - (n - 1) * laneGap) / n;
  const inner = laneWidth - 2 * LANE_PAD;
  const textWidthInBox = inner - 2 * BOX_PAD;

  // Lane labels wrap (up to four lines); the lanes' notes (THRIVE) are shown whole for every lane or not at all.
  const notes = pathway.levels.map((l) =>
    l.thrive && options.laneNotes ? wrapText(l.thrive, inner, fonts.laneNote, false) : [],
  );
  const showNotes = notes.every((n) => n.length <= 4);
  const laneText = pathway.levels.map((l, i) => ({
    labelLines: wrapText(l.label, inner, fonts.laneLabel, true, 5),
    noteLines: showNotes ? (notes[i] ?? []) : [],
  }));
  const laneLabelLines = Math.max(1, ...laneText.map((t) => t.labelLines.length));
  const laneNoteLines = Math.max(0, ...laneText.map((t) => t.noteLines.length));
  const header =
    1.4 +
    laneLabelLines * fonts.laneLabel * LEADING +
    (laneNoteLines > 0 ? 0.4 + laneNoteLines * fonts.laneNote * LEADING : 0) +
    1.6;

  const { slots, rows } = placement;
  const indexOf = pathwayLookups(pathway).serviceIndex;
  const countLine = fonts.badge * (options.dense ? LEADING : 1.55);
  const pad = options.dense ? 0.5 : BOX_PAD;
  const lineHeight = fonts.service * LEADING;
  const texts = pathway.services.map((s) => {
    const row = options.rows?.[slots.get(s.id)?.row ?? 0] ?? options;
    const choice = chooseNumbers(
      numbers(s.id),
      textWidthInBox,
      fonts,
      row.beside,
      s.label,
      countLine,
      row.maxLines,
    );
    const labelLines = choice.labelLines;
    const body =
      choice.numbers === 'beside'
        ? Math.max(labelLines.length * lineHeight, countLine)
        : labelLines.length * lineHeight + 0.3 + countLine * (choice.numbers === 'stacked' ? 2 : 1);
    return { choice, labelLines, height: pad * 0.6 + body + pad * 0.5 };
  });
  const heights = Array.from({ length: rows }, () => 0);
  pathway.services.forEach((s, si) => {
    const r = slots.get(s.id)?.row ?? 0;
    heights[r] = Math.max(heights[r] as number, texts[si]?.height ?? 0);
  });
  const total = heights.reduce((a, b) => a + b, 0);
  const available = rect.height - header - LANE_PAD;
  // Gaps between rows (and above the first) are channels for lines that cross a column; up to 12 mm.
  const rowGap = Math.min(
    options.maxRowGap ?? 12,
    Math.max(options.dense ? 1.2 : MIN_ROW_GAP, (available - total) / (rows + 1)),
  );
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
  for (const s of pathway.services) {
    const slot = slots.get(s.id);
    const si = indexOf.get(s.id) ?? 0;
    const t = texts[si];
    if (!slot || !t) continue;
    boxes.set(s.id, {
      id: s.id,
      index: si,
      lane: slot.lane,
      row: slot.row,
      x: rect.x + slot.lane * (laneWidth + laneGap) + LANE_PAD,
      y: rowTop[slot.row] as number,
      width: inner,
      height: heights[slot.row] as number,
      labelLines: t.labelLines,
      whole: t.choice.whole,
      count: t.choice.count,
      badge: t.choice.badge,
      numbers: t.choice.numbers,
    });
  }
  return { lanes, boxes, laneGap, lanePad: LANE_PAD, channels, countLine, pad, height: laneHeight };
}

/** The ways of setting the map, from the most text to the least: the first that fits is used. */
const STEPS: readonly MapOptions[] = [
  { laneNotes: true, maxLines: 3, beside: false },
  { laneNotes: false, maxLines: 3, beside: false },
  { laneNotes: false, maxLines: 3, beside: true },
  { laneNotes: false, maxLines: 2, beside: true },
  { laneNotes: false, maxLines: 1, beside: true },
  { laneNotes: false, maxLines: 1, beside: true, dense: true },
];

/**
 * `layoutMap` with as much text as fits `rect`: lane notes, numbers on a line of their own under labels
 * of up to three lines, then the numbers beside the label's first line with labels of three lines, two,
 * then one (ending in "…", the full name being in the CSV and the alt text). Type stays at its size (8 pt and more); only
 * when a level holds more services than even one-line boxes can fit is it made smaller, in steps of a
 * tenth, and `shrunk` says so.
 */
export function fitMap(
  pathway: Pathway,
  rect: Rect,
  fonts: MapFonts,
  laneGap: number,
  numbers: (serviceId: string) => BoxNumbers,
  placement: ServiceSlots = serviceSlots(pathway),
  maxRowGap = 12,
): { map: MapGeometry; fonts: MapFonts; shrunk: boolean } {
  const fits = (m: MapGeometry) => m.height <= rect.height + 0.01;
  const cutIn = (m: MapGeometry, row: number) =>
    [...m.boxes.values()].filter((b) => b.row === row && !b.whole).length;
  for (const bare of STEPS) {
    const step = { ...bare, maxRowGap };
    let map = layoutMap(pathway, rect, fonts, laneGap, step, numbers, placement);
    if (!fits(map)) continue;
    // Rows with a cut label get more lines, or their numbers on a line of their own, one row at a time,
    // while the map still fits.
    const rows: RowOptions[] = Array.from({ length: placement.rows }, () => ({
      maxLines: step.maxLines,
      beside: step.beside,
    }));
    const better: RowOptions[] = [2, 3, 4, 5].flatMap((maxLines) => [
      { maxLines, beside: true },
      { maxLines, beside: false },
    ]);
    // Every row with a cut label gets one more line before any gets two.
    for (const option of better) {
      for (let r = 0; r < rows.length; r++) {
        const cut = cutIn(map, r);
        const current = rows[r] as RowOptions;
        if (cut === 0) continue;
        if (option.maxLines <= current.maxLines && option.beside === current.beside) continue;
        if (option.maxLines < current.maxLines || (option.beside && !step.beside)) continue;
        const tried = rows.map((o, k) => (k === r ? option : o));
        const next = layoutMap(pathway, rect, fonts, laneGap, { ...step, rows: tried }, numbers, placement);
        if (fits(next) && cutIn(next, r) < cut) {
          map = next;
          rows[r] = option;
        }
      }
    }
    return { map, fonts, shrunk: false };
  }
  const last = { ...(STEPS[STEPS.length - 1] as MapOptions), maxRowGap };
  let scale = 1;
  for (;;) {
    scale = Math.round((scale - 0.1) * 10) / 10;
    const f: MapFonts = {
      laneLabel: fonts.laneLabel * scale,
      laneNote: fonts.laneNote * scale,
      service: fonts.service * scale,
      count: fonts.count * scale,
      badge: fonts.badge * scale,
    };
    const map = layoutMap(pathway, rect, f, laneGap, last, numbers, placement);
    if (fits(map) || scale <= 0.5) return { map, fonts: f, shrunk: true };
  }
}
