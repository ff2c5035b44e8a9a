import type { Position } from '@xyflow/react';

type Side = `${Position}`;

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** How far a control point stands off its end: half the distance ahead, or a small loop when going backwards. */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

function control(side: Side, from: Point, to: Point): Point {
  switch (side) {
    case 'left':
      return { x: from.x - controlOffset(from.x - to.x), y: from.y };
    case 'right':
      return { x: from.x + controlOffset(to.x - from.x), y: from.y };
    case 'top':
      return { x: from.x, y: from.y - controlOffset(from.y - to.y) };
    case 'bottom':
      return { x: from.x, y: from.y + controlOffset(to.y - from.y) };
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A route drawn as a cubic Bézier curve leaving and entering by the given sides (the same shape as
 * React Flow's default edge), with a function for the point a fraction `t` along it, so that a label
 * can sit near either end rather than only in the middle.
 */
export function routeCurve(
  source: Point,
  sourceSide: Side,
  target: Point,
  targetSide: Side,
  bend = 0,
): { path: string; at: (t: number) => Point } {
  let c1 = control(sourceSide, source, target);
  let c2 = control(targetSide, target, source);
  if (bend !== 0) {
    // Bow the curve out to the left of its direction, so that a move drawn beside a route (or its
    // return) stays apart from it.
    const dx = target.x - source.x;
    const dy = target.y - source.y;
    const length = Math.hypot(dx, dy) || 1;
    const nx = (-dy / length) * bend;
    const ny = (dx / length) * bend;
    c1 = { x: c1.x + nx, y: c1.y + ny };
    c2 = { x: c2.x + nx, y: c2.y + ny };
  }
  const path = `M${String(round(source.x))},${String(round(source.y))} C${String(round(c1.x))},${String(round(c1.y))} ${String(round(c2.x))},${String(round(c2.y))} ${String(round(target.x))},${String(round(target.y))}`;
  const at = (t: number): Point => {
    const u = 1 - t;
    const a = u * u * u;
    const b = 3 * u * u * t;
    const c = 3 * u * t * t;
    const d = t * t * t;
    return {
      x: a * source.x + b * c1.x + c * c2.x + d * target.x,
      y: a * source.y + b * c1.y + c * c2.y + d * target.y,
    };
  };
  return { path, at };
}

/**
 * Where along a route its label goes. Between neighbouring lanes, the middle (the gap between them).
 * On a route that passes over a lane, near the end away from the selected service, so that the labels of the routes
 * fanning out of one service are spread over its neighbours instead of piling up beside it.
 */
export function labelPosition(dx: number, laneSpan: number, near: 'source' | 'target' | undefined): number {
  if (near === undefined || Math.abs(dx) < 0.5 * laneSpan) return 0.5;
  return near === 'target' ? 0.82 : 0.18;
}
