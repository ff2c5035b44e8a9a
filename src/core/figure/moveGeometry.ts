import type { Channel, MapGeometry, ServiceBox } from './mapLayout.ts';
import { num } from './xml.ts';

export type LineKind = 'on' | 'off' | 'untaken';

export interface LineSpec {
  readonly from: string;
  readonly to: string;
  readonly kind: LineKind;
  /** Stroke width in millimetres. */
  readonly width: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LineGeometry extends LineSpec {
  /** SVG path data of the line, ending at the base of its arrowhead. */
  readonly d: string;
  /** SVG path data of the arrowhead (a triangle whose tip touches the receiving box). */
  readonly arrow: string;
  /** Points along the line, in order, for placing its label. */
  readonly samples: readonly Point[];
}

type Side = 'left' | 'right';
interface End {
  readonly line: number;
  readonly box: ServiceBox;
  readonly side: Side;
  readonly otherY: number;
  readonly outgoing: boolean;
}

/** Port order: by where the other end lies (fewer crossings), then outgoing before incoming. */
function portOrder(a: End, b: End): number {
  return a.otherY - b.otherY || Number(b.outgoing) - Number(a.outgoing) || a.line - b.line;
}

const cy = (b: ServiceBox) => b.y + b.height / 2;

/** A cubic Bézier from p0 to p3 with horizontal tangents at both ends (an S across a gap). */
function sCurve(p0: Point, p3: Point): { d: string; pts: Point[] } {
  const mx = (p0.x + p3.x) / 2;
  return bezier(p0, { x: mx, y: p0.y }, { x: mx, y: p3.y }, p3);
}

function bezier(p0: Point, p1: Point, p2: Point, p3: Point): { d: string; pts: Point[] } {
  const pts: Point[] = [];
  for (let i = 0; i <= 12; i++) {
    const t = i / 12;
    const u = 1 - t;
    pts.push({
      x: u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
      y: u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y,
    });
  }
  return { d: `C${num(p1.x)},${num(p1.y)},${num(p2.x)},${num(p2.y)},${num(p3.x)},${num(p3.y)}`, pts };
}

/**
 * The geometry of every line between services:
 * - to the next column: an S-curve across the gap between the two columns;
 * - further: an S into the horizontal gap between rows nearest both ends (a channel), straight along it
 *   between the boxes of the columns in between, and an S out to the receiving box, so that no line
 *   runs under a box; lines sharing a channel get their own tracks;
 * - within a column: a bracket into the gap on the column's right (left, in the last column).
 * Each side of a box shares its height among the lines that meet it, in the order of their other ends.
 */
export function moveGeometry(lines: readonly LineSpec[], map: MapGeometry): LineGeometry[] {
  const lastLane = map.lanes.length - 1;
  const ends = new Map<string, End[]>();
  const plan: { from: Side; to: Side; fromBox: ServiceBox; toBox: ServiceBox; channel: number }[] = [];
  const add = (e: End) => {
    const key = `${e.box.id}\u0000${e.side}`;
    const list = ends.get(key);
    if (list) list.push(e);
    else ends.set(key, [e]);
  };
  const nearestChannel = (a: number, b: number) => {
    let best = 0;
    let cost = Infinity;
    map.channels.forEach((c: Channel, i) => {
      const k = Math.abs(a - c.y) + Math.abs(b - c.y);
      if (k < cost - 1e-9) [best, cost] = [i, k];
    });
    return best;
  };
  lines.forEach((l, i) => {
    const fromBox = map.boxes.get(l.from);
    const toBox = map.boxes.get(l.to);
    if (!fromBox || !toBox) throw new Error(`moveGeometry: no box for ${fromBox ? l.to : l.from}`);
    let from: Side;
    let to: Side;
    if (toBox.lane > fromBox.lane) [from, to] = ['right', 'left'];
    else if (toBox.lane < fromBox.lane) [from, to] = ['left', 'right'];
    else from = to = fromBox.lane === lastLane && lastLane > 0 ? 'left' : 'right';
    const channel = Math.abs(toBox.lane - fromBox.lane) >= 2 ? nearestChannel(cy(fromBox), cy(toBox)) : -1;
    plan.push({ from, to, fromBox, toBox, channel });
    const via = channel >= 0 ? (map.channels[channel] as Channel).y : undefined;
    add({ line: i, box: fromBox, side: from, otherY: via ?? cy(toBox), outgoing: true });
    add({ line: i, box: toBox, side: to, otherY: via ?? cy(fromBox), outgoing: false });
  });

  const port = new Map<string, number>();
  for (const list of ends.values()) {
    list.sort(portOrder);
    const box = (list[0] as End).box;
    const margin = Math.min(2, box.height / 5);
    const span = box.height - 2 * margin;
    list.forEach((e, k) =>
      port.set(
        `${String(e.line)}:${e.outgoing ? 'out' : 'in'}`,
        box.y + margin + (span * (k + 0.5)) / list.length,
      ),
    );
  }

  // Tracks: the lines of one channel, spread across its height in the order they enter it.
  const track = new Map<number, number>();
  map.channels.forEach((c, ci) => {
    const members = plan
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p.channel === ci)
      .sort(
        (a, b) =>
          Math.min(a.p.fromBox.lane, a.p.toBox.lane) - Math.min(b.p.fromBox.lane, b.p.toBox.lane) ||
          a.i - b.i,
      );
    const step = members.length > 1 ? Math.min(1.1, (c.height * 0.7) / (members.length - 1)) : 0;
    members.forEach(({ i }, k) => track.set(i, c.y + (k - (members.length - 1) / 2) * step));
  });

  return lines.map((l, i) => {
    const s = plan[i] as (typeof plan)[number];
    const y1 = port.get(`${String(i)}:out`) as number;
    const y2 = port.get(`${String(i)}:in`) as number;
    const x1 = s.from === 'right' ? s.fromBox.x + s.fromBox.width : s.fromBox.x;
    const tip = s.to === 'right' ? s.toBox.x + s.toBox.width : s.toBox.x;
    // The arrowhead points into the receiving box; the line stops at its base.
    const inward = s.to === 'left' ? 1 : -1;
    const len = 1.1 + l.width * 0.9;
    const half = 0.55 + l.width * 0.6;
    const x2 = tip - inward * len;
    const start = { x: x1, y: y1 };
    const end = { x: x2, y: y2 };
    let d = `M${num(x1)},${num(y1)}`;
    let samples: Point[];
    if (s.fromBox.lane === s.toBox.lane) {
      // A bracket out into the gap beside the column and back, further out for rows further apart.
      const outward = s.from === 'right' ? 1 : -1;
      const reach = Math.min(map.laneGap * 0.45, 2 + 1.2 * Math.abs(s.toBox.row - s.fromBox.row)) * 1.33;
      const b = bezier(start, { x: x1 + outward * reach, y: y1 }, { x: x1 + outward * reach, y: y2 }, end);
      d += b.d;
      samples = b.pts;
    } else if (s.channel < 0) {
      const b = sCurve(start, end);
      d += b.d;
      samples = b.pts;
    } else {
      const ty = track.get(i) as number;
      const dir = s.from === 'right' ? 1 : -1;
      // Enter the channel once across the first gap, leave it across the last.
      const gap = map.laneGap + 2 * map.lanePad;
      const a = { x: x1 + dir * gap, y: ty };
      const b = { x: tip - dir * gap, y: ty };
      const first = sCurve(start, a);
      const last = sCurve(b, end);
      d += `${first.d}L${num(b.x)},${num(ty)}${last.d}`;
      const straight: Point[] = [];
      for (let k = 1; k < 12; k++) straight.push({ x: a.x + ((b.x - a.x) * k) / 12, y: ty });
      samples = [...first.pts, ...straight, ...last.pts];
    }
    const arrow = `M${num(tip)},${num(y2)}L${num(tip - inward * len)},${num(y2 - half)}L${num(tip - inward * len)},${num(y2 + half)}Z`;
    return { ...l, d, arrow, samples };
  });
}
