import type { EdgeProps } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import { EdgeLine } from './EdgeLine.tsx';
import type { MoveFlowEdge } from './flowTypes.ts';

/**
 * A move that is not a route: an off-pathway move of the cohort (dashed, another colour, labelled with
 * a dashed-line icon and "off pathway"), or a step of the highlighted journey (bold, numbered). The
 * layout routes it with the routes, so it never hides one.
 */
export const MoveEdge = memo(function MoveEdge(props: EdgeProps<MoveFlowEdge>): ReactNode {
  const { data } = props;
  const step = data?.kind === 'step';
  return (
    <EdgeLine
      id={props.id}
      data={data}
      markerEnd={props.markerEnd}
      strokeWidth={step ? 4 : (data?.overlay?.width ?? 2.5)}
      labelClass={step ? 'move-label move-label--step' : 'move-label move-label--off'}
      icon={
        step ? null : (
          <svg className="move-label__icon" viewBox="0 0 16 8" aria-hidden="true" focusable="false">
            <path d="M1 4H15" />
          </svg>
        )
      }
    />
  );
});
