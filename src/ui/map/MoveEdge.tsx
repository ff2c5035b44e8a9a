import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import type { MoveFlowEdge } from './flowTypes.ts';
import { laneWidth, layout } from './layout.ts';
import { routeCurve } from './routeGeometry.ts';

/**
 * A move that is not a route: an off-pathway move of the cohort (dashed, another colour, labelled "off
 * pathway"), or a step of the highlighted journey (bold, numbered). Drawn as an arc bowed away from the
 * route between the same services, so the two never hide each other.
 */
export const MoveEdge = memo(function MoveEdge(props: EdgeProps<MoveFlowEdge>): ReactNode {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data } = props;
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
      offset: layout.bracketOffset + (data.bend > 0 ? 6 : 0),
      borderRadius: 6,
    });
  } else {
    const curve = routeCurve(
      { x: sourceX, y: sourceY },
      sourcePosition,
      { x: targetX, y: targetY },
      targetPosition,
      data?.bend ?? 0,
    );
    // Off-pathway labels sit towards the receiving service on a long move, so that the labels of moves
    // leaving one service spread out over their different destinations.
    const long = Math.abs(targetX - sourceX) > laneWidth + layout.laneGap;
    const at = curve.at(data?.kind === 'off' && long ? 0.7 : 0.5);
    path = curve.path;
    labelX = at.x;
    labelY = at.y;
  }
  const text = data?.kind === 'step' ? data.label : data?.overlay?.label;
  const width = data?.kind === 'step' ? 5 : (data?.overlay?.width ?? 2.5);
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        {...(props.markerEnd ? { markerEnd: props.markerEnd } : {})}
        style={{ strokeWidth: width }}
        interactionWidth={0}
      />
      {text ? (
        <EdgeLabelRenderer>
          <div
            className={data?.kind === 'step' ? 'move-label move-label--step' : 'move-label move-label--off'}
            aria-hidden="true"
            style={{ transform: `translate(-50%, -50%) translate(${String(labelX)}px, ${String(labelY)}px)` }}
          >
            {data?.kind === 'off' ? (
              <svg className="move-label__icon" viewBox="0 0 16 8" aria-hidden="true" focusable="false">
                <path d="M1 4H15" />
              </svg>
            ) : null}
            {text}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
