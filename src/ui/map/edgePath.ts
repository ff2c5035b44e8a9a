import { getSmoothStepPath, type Position } from '@xyflow/react';
import { laneWidth, layout } from './layout.ts';
import { routeCurve } from './routeGeometry.ts';

export interface EdgeEnds {
  readonly sourceX: number;
  readonly sourceY: number;
  readonly targetX: number;
  readonly targetY: number;
  readonly sourcePosition: Position;
  readonly targetPosition: Position;
}

/**
 * The path of a map edge and where its label sits: a bracket beside the lane (between distant rows of
 * one lane), or a curve, bowed by `bend`, with the label at the fraction `labelAt` chooses from the
 * horizontal distance and the width of one lane step. Routes and moves share it.
 */
export function edgePath(
  ends: EdgeEnds,
  options: {
    readonly bracket: boolean;
    readonly bracketOffset: number;
    readonly bend?: number | undefined;
    readonly labelAt: (dx: number, laneSpan: number) => number;
  },
): { path: string; labelX: number; labelY: number } {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = ends;
  if (options.bracket) {
    const [path, labelX, labelY] = getSmoothStepPath({
      sourceX,
      sourceY,
      sourcePosition,
      targetX,
      targetY,
      targetPosition,
      offset: options.bracketOffset,
      borderRadius: 6,
    });
    return { path, labelX, labelY };
  }
  const curve = routeCurve(
    { x: sourceX, y: sourceY },
    sourcePosition,
    { x: targetX, y: targetY },
    targetPosition,
    options.bend ?? 0,
  );
  const at = curve.at(options.labelAt(targetX - sourceX, laneWidth + layout.laneGap));
  return { path: curve.path, labelX: at.x, labelY: at.y };
}
