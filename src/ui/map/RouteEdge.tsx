import type { EdgeProps } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import { EdgeLine } from './EdgeLine.tsx';
import type { RouteFlowEdge } from './flowTypes.ts';

/**
 * A route, along the line the layout gave it. Without a cohort its label (the activity) shows only for
 * the selected service's routes; with one, the busiest moves carry their count (or median days), and
 * the selected service's routes both, where there is room (`placeMapLabels`). The stroke width follows
 * the journeys.
 */
export const RouteEdge = memo(function RouteEdge(props: EdgeProps<RouteFlowEdge>): ReactNode {
  const { data } = props;
  const overlay = data?.overlay;
  return (
    <EdgeLine
      id={props.id}
      data={data}
      markerEnd={props.markerEnd}
      strokeWidth={overlay?.width}
      labelClass={overlay && !data.showLabel ? 'route-label route-label--count' : 'route-label'}
    />
  );
});
