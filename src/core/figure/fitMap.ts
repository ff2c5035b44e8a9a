import type { ServiceSlots } from '../pathway/serviceSlots.ts';
import type { Pathway } from '../pathway/types.ts';
import {
  layoutMap,
  type BoxNumbers,
  type MapFonts,
  type MapGeometry,
  type MapOptions,
  type Rect,
} from './mapLayout.ts';
import type { LineSpec } from './moveGeometry.ts';

/** The ways of setting the map, from the most room to the least: the first that fits is used. */
const STEPS: readonly { laneNotes: boolean; beside: boolean; spacing: number }[] = [
  { laneNotes: true, beside: false, spacing: 1 },
  { laneNotes: false, beside: false, spacing: 1 },
  { laneNotes: false, beside: true, spacing: 1 },
  { laneNotes: false, beside: true, spacing: 0.8 },
  { laneNotes: false, beside: true, spacing: 0.6 },
];
/** Shares of the pathway's lines kept when not all fit (the most travelled; off-pathway lines always). */
const LINE_SHARES = [1, 0.6, 0.4, 0.25, 0.15, 0.08, 0];
/** Name lines at most, when even that is not enough (the CSV and the alt text name every service in full). */
const NAME_LINES = [undefined, 4, 3, 2, 1];

/** What the map leaves out to fit its page, said in a note under it. */
export interface MapOmissions {
  /** Lines of the pathway not drawn (the least travelled, and routes nobody took). */
  readonly lines: number;
  /** Most journeys along a line not drawn. */
  readonly upTo: number;
  /** Some names end in "…". */
  readonly cutNames: boolean;
}

/** Height kept under the map for the note of what it leaves out: one line of 8 pt and a gap. */
export const OMISSION_NOTE = 5;

export interface FittedMap {
  readonly map: MapGeometry;
  readonly fonts: MapFonts;
  /** The type had to be made smaller than asked. */
  readonly shrunk: boolean;
  /** What was left out, or null when everything is drawn in full. */
  readonly omitted: MapOmissions | null;
}

/** The lines kept at `share` of the pathway's: every off-pathway line, then the most travelled. */
function keptLines(lines: readonly LineSpec[], share: number): { kept: LineSpec[]; omitted: LineSpec[] } {
  if (share >= 1) return { kept: [...lines], omitted: [] };
  const pathway = lines
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.kind !== 'off')
    .sort((a, b) => (b.l.journeys ?? 0) - (a.l.journeys ?? 0) || a.i - b.i);
  const taken = pathway.filter(({ l }) => (l.journeys ?? 0) > 0);
  const keep = new Set(taken.slice(0, Math.ceil(taken.length * share)).map(({ i }) => i));
  return {
    kept: lines.filter((l, i) => l.kind === 'off' || keep.has(i)),
    omitted: lines.filter((l, i) => l.kind !== 'off' && !keep.has(i)),
  };
}

/**
 * `layoutMap` with as much as fits `rect`: the lanes' notes, then none, then the numbers beside the
 * names' first lines, then lines and channels closer together. Type stays at its size (8 pt and more)
 * and the numbers take their shorter forms where a box is narrow. When even that does not fit (a
 * discovered pathway of 40 services and hundreds of moves), the least travelled lines are left out,
 * then names are given fewer lines (ending in "…"), and `omitted` says what, for the note under the
 * map. Only when nothing else fits is the type made smaller, in steps of a tenth, and `shrunk` says so.
 */
export function fitMap(
  pathway: Pathway,
  rect: Rect,
  fonts: MapFonts,
  lines: readonly LineSpec[],
  numbers: (serviceId: string) => BoxNumbers,
  options: { laneNotes?: boolean; slots?: ServiceSlots | undefined } = {},
): FittedMap {
  const fits = (m: MapGeometry, r: Rect) => m.height <= r.height + 0.01 && m.width <= r.width + 0.01;
  const steps = STEPS.filter((s) => options.laneNotes !== false || !s.laneNotes);
  const layout = (r: Rect, f: MapFonts, l: readonly LineSpec[], step: MapOptions) =>
    layoutMap(pathway, r, f, l, numbers, { ...step, slots: options.slots });
  for (const step of steps) {
    const map = layout(rect, fonts, lines, step);
    if (fits(map, rect)) return { map, fonts, shrunk: false, omitted: null };
  }
  const last = steps[steps.length - 1] as (typeof STEPS)[number];
  // Leave things out, with a line of note under the map saying what.
  const room = { ...rect, height: rect.height - OMISSION_NOTE };
  for (const maxNameLines of NAME_LINES)
    for (const share of LINE_SHARES) {
      const { kept, omitted } = keptLines(lines, share);
      if (omitted.length === 0 && maxNameLines === undefined) continue;
      const map = layout(room, fonts, kept, { ...last, maxNameLines });
      if (!fits(map, room)) continue;
      const cutNames = [...map.boxes.values()].some((b) => b.labelLines.some((t) => t.endsWith('…')));
      const upTo = Math.max(0, ...omitted.map((l) => l.journeys ?? 0));
      return { map, fonts, shrunk: false, omitted: { lines: omitted.length, upTo, cutNames } };
    }
  let scale = 1;
  const { kept, omitted } = keptLines(lines, 0);
  for (;;) {
    scale = Math.round((scale - 0.1) * 10) / 10;
    const f: MapFonts = {
      laneLabel: fonts.laneLabel * scale,
      laneNote: fonts.laneNote * scale,
      service: fonts.service * scale,
      count: fonts.count * scale,
      badge: fonts.badge * scale,
    };
    const map = layout(room, f, kept, { ...last, maxNameLines: 1 });
    if (fits(map, room) || scale <= 0.5) {
      const upTo = Math.max(0, ...omitted.map((l) => l.journeys ?? 0));
      return { map, fonts: f, shrunk: true, omitted: { lines: omitted.length, upTo, cutNames: true } };
    }
  }
}
