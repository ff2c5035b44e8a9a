import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import type { MoveFlowEdge } from './flowTypes.ts';
import { layout } from './layout.ts';
import { edgePath } from './edgePath.ts';
import { lineStyle } from './lineStyle.ts';

/**
 * A move that is not a route: an off-pathway move of the cohort (dashed, another colour, labelled "off
 * pathway"), or a step of the highlighted journey (bold, numbered). Drawn as an arc bowed away from the
 * route between the same services, so the two never hide each other.
 */
export const MoveEdge = memo(function MoveEdge(props: EdgeProps<MoveFlowEdge>): ReactNode {
  const { data } = props;
  // Off-pathway labels sit towards the receiving service on a long move, so that the labels of moves
  // leaving one service spread out over their different destinations.
  const { path, labelX, labelY } = edgePath(props, {
    bracket: data?.shape === 'bracket',
    bracketOffset: layout.bracketOffset + ((data?.bend ?? 0) > 0 ? 6 : 0),
    bend: data?.bend ?? 0,
    labelAt: (dx, laneSpan) => (data?.kind === 'off' && Math.abs(dx) > laneSpan ? 0.7 : 0.5),
  });
  const text = data?.kind === 'step' ? data.label : data?.overlay?.label;
  const width = data?.kind === 'step' ? 5 : (data?.overlay?.width ?? 2.5);
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        {...(props.markerEnd ? { markerEnd: props.markerEnd } : {})}
        style={data?.overlay ? lineStyle(data.overlay, width) : { strokeWidth: width }}
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
