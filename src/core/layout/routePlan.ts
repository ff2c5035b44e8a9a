import type { Slot } from '../pathway/serviceSlots.ts';
import type { Side } from './layoutTypes.ts';

/**
 * How a line runs through the grid, before any coordinate is known:
 * - `straight`: between neighbouring columns in one row, level across the channel between them;
 * - `jog`: between neighbouring columns in different rows, with one vertical run in the channel between them;
 * - `long`: across two columns or more: into the channel beside the source, along a channel between
 *   rows (`h`), out through the channel beside the target;
 * - `bracket`: between distant rows of one column, out and back into the channel beside it (on the
 *   right going down, on the left going up);
 * - `vertical`: between neighbouring rows of one column, straight across the channel between them.
 * Lines only ever run in channels, so no line passes under a box.
 */
export interface RoutePlan {
  readonly index: number;
  readonly from: string;
  readonly to: string;
  readonly a: Slot;
  readonly b: Slot;
  readonly kind: 'straight' | 'jog' | 'long' | 'bracket' | 'vertical';
  readonly sourceSide: Side;
  readonly targetSide: Side;
  /** Vertical channel beside the source (and the only one, but for `long`). */
  readonly v1: number;
  /** Vertical channel beside the target. */
  readonly v2: number;
  /** Horizontal channel: the one a `long` line runs along, or the one a `vertical` line crosses. */
  h: number;
}

/**
 * Grid coordinates, to compare positions before sizes are known: row r spans [2r+1, 2r+2], the channel
 * above it [2r, 2r+1]; column c spans [2c+1, 2c+2], the channel left of it [2c, 2c+1].
 */
export const rowCentre = (r: number): number => 2 * r + 1.5;
export const channelSpan = (k: number): [number, number] => [2 * k, 2 * k + 1];

export function planRoute(index: number, from: string, to: string, a: Slot, b: Slot): RoutePlan {
  const base = { index, from, to, a, b, h: -1 };
  if (a.column < b.column) {
    const kind = b.column === a.column + 1 ? (a.row === b.row ? 'straight' : 'jog') : 'long';
    return { ...base, kind, sourceSide: 'right', targetSide: 'left', v1: a.column + 1, v2: b.column };
  }
  if (a.column > b.column) {
    const kind = b.column === a.column - 1 ? (a.row === b.row ? 'straight' : 'jog') : 'long';
    return { ...base, kind, sourceSide: 'left', targetSide: 'right', v1: a.column, v2: b.column + 1 };
  }
  if (Math.abs(a.row - b.row) === 1) {
    const down = b.row > a.row;
    return {
      ...base,
      kind: 'vertical',
      sourceSide: down ? 'bottom' : 'top',
      targetSide: down ? 'top' : 'bottom',
      v1: -1,
      v2: -1,
      h: Math.max(a.row, b.row),
    };
  }
  const down = b.row > a.row;
  const v = down ? a.column + 1 : a.column;
  const side: Side = down ? 'right' : 'left';
  return { ...base, kind: 'bracket', sourceSide: side, targetSide: side, v1: v, v2: v };
}

/**
 * The channel between rows a `long` line runs along: one between (or just beyond) the rows of its two
 * ends, the least used over the columns it crosses, then the nearest the source. `load` counts lines
 * already given each channel at each vertical channel index it spans.
 */
export function chooseRowChannel(plan: RoutePlan, load: number[][]): number {
  const lo = Math.min(plan.a.row, plan.b.row);
  const hi = Math.max(plan.a.row, plan.b.row) + 1;
  const vlo = Math.min(plan.v1, plan.v2);
  const vhi = Math.max(plan.v1, plan.v2);
  let best = lo;
  let bestCost = Infinity;
  for (let h = lo; h <= hi; h++) {
    let used = 0;
    for (let v = vlo; v <= vhi; v++) used = Math.max(used, load[h]?.[v] ?? 0);
    const near = Math.min(Math.abs(h - plan.a.row), Math.abs(h - (plan.a.row + 1)));
    const cost = used * 10 + near;
    if (cost < bestCost) [best, bestCost] = [h, cost];
  }
  for (let v = vlo; v <= vhi; v++) {
    const row = (load[best] ??= []);
    row[v] = (row[v] ?? 0) + 1;
  }
  return best;
}

/** One end of a line where it meets a box side, in the pool of ends sharing a row of a vertical channel. */
export interface PortEnd {
  readonly plan: number;
  /** Which end: a straight line has one pool entry for both. */
  readonly end: 'source' | 'target' | 'both';
  /** Grid position of where the line goes next (for ordering ends to avoid crossings). */
  readonly far: number;
}

/**
 * Intervals in one channel, each to get a track: the fewest tracks such that no two overlapping
 * intervals share one (greedy colouring of an interval graph, which is optimal). Sorted by start, then
 * end, then id, so that the result never depends on the order the intervals came in.
 */
export function assignTracks(
  intervals: readonly { readonly id: number; readonly lo: number; readonly hi: number }[],
): { track: Map<number, number>; tracks: number } {
  const sorted = [...intervals].sort((x, y) => x.lo - y.lo || x.hi - y.hi || x.id - y.id);
  const lastEnd: number[] = [];
  const track = new Map<number, number>();
  for (const it of sorted) {
    let t = lastEnd.findIndex((end) => end < it.lo);
    if (t < 0) {
      t = lastEnd.length;
      lastEnd.push(it.hi);
    } else {
      lastEnd[t] = it.hi;
    }
    track.set(it.id, t);
  }
  return { track, tracks: lastEnd.length };
}
