import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { labelPosition, routeCurve } from '../../../src/ui/map/routeGeometry.ts';

describe('routeCurve', () => {
  const cases = [
    { s: { x: 0, y: 20 }, sp: Position.Right, t: { x: 300, y: 140 }, tp: Position.Left },
    { s: { x: 500, y: 20 }, sp: Position.Left, t: { x: 100, y: 300 }, tp: Position.Right },
    { s: { x: 50, y: 0 }, sp: Position.Bottom, t: { x: 50, y: 40 }, tp: Position.Top },
    { s: { x: 0, y: 0 }, sp: Position.Right, t: { x: -80, y: 60 }, tp: Position.Left },
  ];

  it('draws the same curve as React Flow, from the source to the target', () => {
    for (const c of cases) {
      const curve = routeCurve(c.s, c.sp, c.t, c.tp);
      const [rfPath, rfX, rfY] = getBezierPath({
        sourceX: c.s.x,
        sourceY: c.s.y,
        sourcePosition: c.sp,
        targetX: c.t.x,
        targetY: c.t.y,
        targetPosition: c.tp,
      });
      const numbers = (p: string) => (p.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      numbers(curve.path).forEach((n, i) => {
        expect(n).toBeCloseTo(numbers(rfPath)[i] ?? NaN, 1);
      });
      expect(curve.at(0)).toEqual(c.s);
      expect(curve.at(1)).toEqual(c.t);
      expect(curve.at(0.5).x).toBeCloseTo(rfX, 6);
      expect(curve.at(0.5).y).toBeCloseTo(rfY, 6);
    }
  });
});

describe('labelPosition', () => {
  it('puts labels of short routes in the middle and of long ones near the neighbour', () => {
    expect(labelPosition(40, 222, 'target')).toBe(0.5);
    expect(labelPosition(230, 222, 'target')).toBeGreaterThan(0.5);
    expect(labelPosition(600, 222, undefined)).toBe(0.5);
    expect(labelPosition(600, 222, 'target')).toBeGreaterThan(0.5);
    expect(labelPosition(-600, 222, 'source')).toBeLessThan(0.5);
  });
});
