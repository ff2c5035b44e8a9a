import type { Point } from './layoutTypes.ts';

const round = (n: number): number => Math.round(n * 100) / 100;
const fmt = (n: number): string => String(round(n));

/** The corners of a line without repeated points or points in the middle of a straight run. */
export function simplifyPoints(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const q = { x: round(p.x), y: round(p.y) };
    const last = out[out.length - 1];
    if (last && last.x === q.x && last.y === q.y) continue;
    const before = out[out.length - 2];
    if (
      last &&
      before &&
      ((before.x === last.x && last.x === q.x) || (before.y === last.y && last.y === q.y))
    ) {
      out[out.length - 1] = q;
      continue;
    }
    out.push(q);
  }
  return out;
}

/**
 * SVG path data of an orthogonal line through `points`, each corner rounded with `radius` (less where
 * a segment is too short for it). Numbers are rounded to hundredths, so the output is stable.
 */
export function orthogonalPath(points: readonly Point[], radius: number): string {
  const first = points[0];
  if (!first) return '';
  const parts = [`M${fmt(first.x)},${fmt(first.y)}`];
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as Point;
    const next = points[i + 1];
    if (!next) {
      parts.push(`L${fmt(p.x)},${fmt(p.y)}`);
      break;
    }
    const prev = points[i - 1] as Point;
    const inLen = Math.hypot(p.x - prev.x, p.y - prev.y);
    const outLen = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r <= 0.01) {
      parts.push(`L${fmt(p.x)},${fmt(p.y)}`);
      continue;
    }
    const a = { x: p.x - ((p.x - prev.x) / inLen) * r, y: p.y - ((p.y - prev.y) / inLen) * r };
    const b = { x: p.x + ((next.x - p.x) / outLen) * r, y: p.y + ((next.y - p.y) / outLen) * r };
    parts.push(`L${fmt(a.x)},${fmt(a.y)}`, `Q${fmt(p.x)},${fmt(p.y)} ${fmt(b.x)},${fmt(b.y)}`);
  }
  return parts.join(' ');
}

/** Total length of a polyline. */
export function polylineLength(points: readonly Point[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    length += Math.hypot(b.x - a.x, b.y - a.y);
  }
  return length;
}

/** The point `distance` along a polyline (clamped to its ends), and the index of the segment it is on. */
export function pointAlong(points: readonly Point[], distance: number): { point: Point; segment: number } {
  let left = Math.max(0, distance);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (left <= len || i === points.length - 1) {
      const t = len === 0 ? 0 : Math.min(1, left / len);
      return { point: { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }, segment: i - 1 };
    }
    left -= len;
  }
  return { point: points[0] ?? { x: 0, y: 0 }, segment: 0 };
}
