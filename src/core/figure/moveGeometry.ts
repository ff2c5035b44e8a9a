import type { PathwayLayout, Point } from '../layout/layoutTypes.ts';
import { orthogonalPath } from '../layout/orthogonalPath.ts';
import { num } from './xml.ts';

export type { Point } from '../layout/layoutTypes.ts';

export type LineKind = 'on' | 'off' | 'untaken';

export interface LineSpec {
  readonly from: string;
  readonly to: string;
  readonly kind: LineKind;
  /** Stroke width in millimetres. */
  readonly width: number;
  /**
   * Journeys along the line (0 for an untaken route, or a count too small to show): when the page
   * cannot hold every line, the fewest go first. Off-pathway lines are always drawn.
   */
  readonly journeys?: number | undefined;
}

export interface LineGeometry extends LineSpec {
  /** SVG path data of the line, ending at the base of its arrowhead. */
  readonly d: string;
  /** SVG path data of the arrowhead (a triangle whose tip touches the receiving box). */
  readonly arrow: string;
  /** The corners of the line, in order (for placing its marker). */
  readonly points: readonly Point[];
}

/**
 * The figure's drawing of each line the layout routed (`layoutMap` gives spec `i` the id `"i"`): the
 * line stops at the base of its arrowhead, whose tip touches the receiving box, its size following the
 * stroke width (itself at most 0.8 of the layout's pitch).
 */
export function moveGeometry(lines: readonly LineSpec[], layout: PathwayLayout): LineGeometry[] {
  // No line wider than 0.8 of the distance between two parallel lines, so that neighbours never touch.
  const widest = 0.8 * layout.metrics.pitch;
  return lines.map((line, i) => {
    const l = { ...line, width: Math.min(line.width, widest) };
    const edge = layout.edges.get(String(i));
    if (!edge) throw new Error(`moveGeometry: no line for ${l.from} → ${l.to}`);
    const pts = edge.points;
    const tip = pts[pts.length - 1] as Point;
    const before = pts[pts.length - 2] as Point;
    const dx = Math.sign(tip.x - before.x);
    const dy = Math.sign(tip.y - before.y);
    const len = 1.1 + l.width * 0.9;
    const half = 0.55 + l.width * 0.6;
    const base = { x: tip.x - dx * len, y: tip.y - dy * len };
    const d = orthogonalPath([...pts.slice(0, -1), base], layout.metrics.corner);
    const arrow =
      `M${num(tip.x)},${num(tip.y)}` +
      `L${num(base.x - dy * half)},${num(base.y + dx * half)}` +
      `L${num(base.x + dy * half)},${num(base.y - dx * half)}Z`;
    return { ...l, d, arrow, points: pts };
  });
}
