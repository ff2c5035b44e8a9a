import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import type { RouteFlowEdge } from './flowTypes.ts';
import { laneWidth, layout } from './layout.ts';
import { labelPosition, routeCurve } from './routeGeometry.ts';

/**
 * A route: a curve, or a bracket beside the lane between distant rows of one lane. Its label (the
 * activity) is HTML above the nodes, so a line passing under a service never hides it; it is shown only
 * for the selected service's routes, and on a long route near the neighbour's end (`labelPosition`).
 */
export const RouteEdge = memo(function RouteEdge(props: EdgeProps<RouteFlowEdge>): ReactNode {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, label } = props;
  let path: string;
  let labelX: number;
  let labelY: number;
  if (data?.shape === 'bracket') {
    [path, labelX, labelY] = getSmoothStepPath({
      sourceX,
      sourceY,
      sourcePosition,
      targetX,
      targetY,
      targetPosition,
      offset: layout.bracketOffset,
      borderRadius: 6,
    });
  } else {
    const curve = routeCurve({ x: sourceX, y: sourceY }, sourcePosition, { x: targetX, y: targetY }, targetPosition);
    const at = curve.at(labelPosition(targetX - sourceX, laneWidth + layout.laneGap, data?.labelNear));
    path = curve.path;
    labelX = at.x;
    labelY = at.y;
  }
  return (
    <>
      <BaseEdge id={props.id} path={path} {...(props.markerEnd ? { markerEnd: props.markerEnd } : {})} interactionWidth={0} />
      {label && data?.showLabel ? (
        <EdgeLabelRenderer>
          <div
            className="route-label"
            aria-hidden="true"
            style={{ transform: `translate(-50%, -50%) translate(${String(labelX)}px, ${String(labelY)}px)` }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
