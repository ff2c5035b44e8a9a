import type { EdgeProps } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import { EdgeLine } from '../map/EdgeLine.tsx';
import type { TrainerFlowEdge } from './trainerFlowTypes.ts';

/**
 * A route or move as the case player draws it, along the map's own layout; its kind sets the line
 * (CSS) and its tag is written on it in words, where `placeMapLabels` found room.
 */
export const TrainerEdge = memo(function TrainerEdge(props: EdgeProps<TrainerFlowEdge>): ReactNode {
  const kind = props.data?.kind ?? 'idle';
  return (
    <EdgeLine
      id={props.id}
      data={props.data}
      markerEnd={props.markerEnd}
      labelClass={`trainer-edge-label trainer-edge-label--${kind}`}
    />
  );
});
