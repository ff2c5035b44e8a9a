import type { PathwayLayout, Point, Rect } from './layoutTypes.ts';
import { pointAlong, polylineLength } from './orthogonalPath.ts';

/** A label to put on a line: its size, in the layout's unit. */
export interface LabelSpec {
  readonly id: string;
  /** The edge spec id the label belongs to (a key of `layout.edges`). */
  readonly edge: string;
  readonly width: number;
  readonly height: number;
}

/** Where along a line labels are tried, as fractions of its length: the middle first, then outwards. */
const FRACTIONS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.1, 0.9];

const overlaps = (a: Rect, b: Rect, gap: number): boolean =>
  a.x < b.x + b.width + gap &&
  b.x < a.x + a.width + gap &&
  a.y < b.y + b.height + gap &&
  b.y < a.y + a.height + gap;

/** Candidate centres along a line: fractions of its length, then the middle of each of its segments. */
function candidates(points: readonly Point[]): Point[] {
  const length = polylineLength(points);
  const out = FRACTIONS.map((f) => pointAlong(points, f * length).point);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    out.push({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  }
  return out;
}

/**
 * Places labels on the lines of a layout, in the order given (the most important first), each at the
 * first candidate point along its line where it covers no service box, no lane header, no label placed
 * before it and nothing in `avoid` (e.g. badges drawn outside a box), and stays inside the layout. A
 * label with no such place is left out of the result: the caller says what it would have said elsewhere
 * (the line's tooltip, the table view). Deterministic: the same input gives the same places.
 */
export function placeLabels(
  layout: PathwayLayout,
  labels: readonly LabelSpec[],
  options: { readonly gap?: number; readonly avoid?: readonly Rect[] } = {},
): Map<string, Rect> {
  const gap = options.gap ?? 2;
  const boxes: Rect[] = [...layout.boxes.values(), ...(options.avoid ?? [])];
  const placed = new Map<string, Rect>();
  const taken: Rect[] = [];
  for (const label of labels) {
    const edge = layout.edges.get(label.edge);
    if (!edge) continue;
    for (const c of candidates(edge.points)) {
      const r: Rect = {
        x: c.x - label.width / 2,
        y: c.y - label.height / 2,
        width: label.width,
        height: label.height,
      };
      if (r.x < 0 || r.y < layout.header || r.x + r.width > layout.width || r.y + r.height > layout.height)
        continue;
      if (boxes.some((b) => overlaps(r, b, gap)) || taken.some((t) => overlaps(r, t, gap))) continue;
      const rounded = {
        x: Math.round(r.x * 100) / 100,
        y: Math.round(r.y * 100) / 100,
        width: r.width,
        height: r.height,
      };
      placed.set(label.id, rounded);
      taken.push(rounded);
      break;
    }
  }
  return placed;
}
