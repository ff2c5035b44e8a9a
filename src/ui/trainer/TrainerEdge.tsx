import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import { laneWidth, layout } from '../map/layout.ts';
import { labelPosition, routeCurve } from '../map/routeGeometry.ts';
import type { TrainerFlowEdge } from './trainerFlowTypes.ts';

/**
 * A route as the case player draws it, with the map's own geometry (`routeCurve`, the bracket of
 * `RouteEdge`); its kind sets the line (CSS) and its tag is written on it in words.
 */
export const TrainerEdge = memo(function TrainerEdge(props: EdgeProps<TrainerFlowEdge>): ReactNode {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data } = props;
  const d = data?.offset ?? 0;
  const s = { x: sourceX + d, y: sourceY + d };
  const t = { x: targetX + d, y: targetY + d };
  let path: string;
  let labelX: number;
  let labelY: number;
  if (data?.shape === 'bracket') {
    [path, labelX, labelY] = getSmoothStepPath({
      sourceX: s.x,
      sourceY: s.y,
      sourcePosition,
      targetX: t.x,
      targetY: t.y,
      targetPosition,
      offset: layout.bracketOffset + d,
      borderRadius: 6,
    });
  } else {
    const curve = routeCurve(s, sourcePosition, t, targetPosition);
    const at = curve.at(labelPosition(t.x - s.x, laneWidth + layout.laneGap, data?.labelNear));
    path = curve.path;
    labelX = at.x;
    labelY = at.y;
  }
  const kind = data?.kind ?? 'idle';
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        {...(props.markerEnd ? { markerEnd: props.markerEnd } : {})}
        interactionWidth={0}
      />
      {data?.tag ? (
        <EdgeLabelRenderer>
          <div
            className={`trainer-edge-label trainer-edge-label--${kind}`}
            data-kind={kind}
            style={{ transform: `translate(-50%, -50%) translate(${String(labelX)}px, ${String(labelY)}px)` }}
          >
            {data.tag}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
