import { expect } from 'vitest';
import type { PathwayLayout, Point, Rect } from '../../../src/core/layout/layoutTypes.ts';

const EPS = 0.5;

interface Segment {
  readonly edge: string;
  readonly a: Point;
  readonly b: Point;
}

function segments(layout: PathwayLayout): Segment[] {
  const seen = new Set<string>();
  const out: Segment[] = [];
  for (const e of layout.edges.values()) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    for (let i = 1; i < e.points.length; i++)
      out.push({ edge: e.id, a: e.points[i - 1] as Point, b: e.points[i] as Point });
  }
  return out;
}

/** True when the segment enters the inside of the rectangle (touching its border does not count). */
function crossesInside(s: Segment, r: Rect): boolean {
  const x0 = Math.min(s.a.x, s.b.x);
  const x1 = Math.max(s.a.x, s.b.x);
  const y0 = Math.min(s.a.y, s.b.y);
  const y1 = Math.max(s.a.y, s.b.y);
  return x0 < r.x + r.width - EPS && x1 > r.x + EPS && y0 < r.y + r.height - EPS && y1 > r.y + EPS;
}

export const rectsOverlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width - EPS &&
  b.x < a.x + a.width - EPS &&
  a.y < b.y + b.height - EPS &&
  b.y < a.y + a.height - EPS;

/**
 * What every layout must keep: boxes inside their lanes and apart; every line orthogonal, starting on
 * its source's side and ending on its target's; no line through any box; no two lines along one another.
 */
export function checkLayout(layout: PathwayLayout): void {
  const boxes = [...layout.boxes.values()];
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i] as Rect & { id: string; lane: number };
    const lane = layout.lanes[a.lane] as Rect;
    expect(a.x).toBeGreaterThanOrEqual(lane.x - EPS);
    expect(a.x + a.width).toBeLessThanOrEqual(lane.x + lane.width + EPS);
    expect(a.y).toBeGreaterThanOrEqual(layout.header);
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j] as Rect & { id: string };
      if (rectsOverlap(a, b)) throw new Error(`boxes ${a.id} and ${b.id} overlap`);
    }
  }
  for (const e of new Set(layout.edges.values())) {
    const from = layout.boxes.get(e.from) as Rect;
    const to = layout.boxes.get(e.to) as Rect;
    const first = e.points[0] as Point;
    const last = e.points[e.points.length - 1] as Point;
    const onSide = (p: Point, r: Rect, side: string) =>
      side === 'left'
        ? Math.abs(p.x - r.x) < EPS && p.y > r.y && p.y < r.y + r.height
        : side === 'right'
          ? Math.abs(p.x - r.x - r.width) < EPS && p.y > r.y && p.y < r.y + r.height
          : side === 'top'
            ? Math.abs(p.y - r.y) < EPS && p.x > r.x && p.x < r.x + r.width
            : Math.abs(p.y - r.y - r.height) < EPS && p.x > r.x && p.x < r.x + r.width;
    if (!onSide(first, from, e.sourceSide))
      throw new Error(`${e.id} does not leave ${e.from} by its ${e.sourceSide}`);
    if (!onSide(last, to, e.targetSide))
      throw new Error(`${e.id} does not reach ${e.to} by its ${e.targetSide}`);
    for (let i = 1; i < e.points.length; i++) {
      const a = e.points[i - 1] as Point;
      const b = e.points[i] as Point;
      if (Math.abs(a.x - b.x) > 1e-6 && Math.abs(a.y - b.y) > 1e-6)
        throw new Error(`${e.id} is not orthogonal`);
    }
  }
  const segs = segments(layout);
  for (const s of segs) {
    for (const box of layout.boxes.values()) {
      if (crossesInside(s, box)) throw new Error(`${s.edge} passes under ${box.id}`);
    }
  }
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) {
      const s = segs[i] as Segment;
      const t = segs[j] as Segment;
      if (s.edge === t.edge) continue;
      const sv = Math.abs(s.a.x - s.b.x) < EPS;
      const tv = Math.abs(t.a.x - t.b.x) < EPS;
      if (sv !== tv) continue;
      const same = sv ? Math.abs(s.a.x - t.a.x) < EPS : Math.abs(s.a.y - t.a.y) < EPS;
      if (!same) continue;
      const [s0, s1] = sv
        ? [Math.min(s.a.y, s.b.y), Math.max(s.a.y, s.b.y)]
        : [Math.min(s.a.x, s.b.x), Math.max(s.a.x, s.b.x)];
      const [t0, t1] = sv
        ? [Math.min(t.a.y, t.b.y), Math.max(t.a.y, t.b.y)]
        : [Math.min(t.a.x, t.b.x), Math.max(t.a.x, t.b.x)];
      if (Math.min(s1, t1) - Math.max(s0, t0) > EPS) throw new Error(`${s.edge} runs along ${t.edge}`);
    }
  }
}
