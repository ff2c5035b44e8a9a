import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import type { RouteFlowEdge } from './flowTypes.ts';
import { layout } from './layout.ts';
import { edgePath } from './edgePath.ts';
import { labelPosition } from './routeGeometry.ts';
import { lineStyle } from './lineStyle.ts';

/**
 * A route: a curve, or a bracket beside the lane between distant rows of one lane. Its label is HTML
 * above the nodes, so a line passing under a service never hides it. Without a cohort the label (the
 * activity) shows only for the selected service's routes; with one, the busiest moves carry their count
 * (or median days), and the selected service's routes both. The stroke width follows the journeys.
 */
export const RouteEdge = memo(function RouteEdge(props: EdgeProps<RouteFlowEdge>): ReactNode {
  const { data, label } = props;
  const { path, labelX, labelY } = edgePath(props, {
    bracket: data?.shape === 'bracket',
    bracketOffset: layout.bracketOffset,
    labelAt: (dx, laneSpan) => labelPosition(dx, laneSpan, data?.labelNear),
  });
  const overlay = data?.overlay;
  const activity = typeof label === 'string' ? label : undefined;
  let text: string | undefined;
  if (data?.showLabel) {
    text =
      [activity, overlay && overlay.kind !== 'unused' ? overlay.label : undefined]
        .filter(Boolean)
        .join(' · ') || undefined;
  } else if (overlay?.label) {
    text = overlay.label;
  }
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        {...(props.markerEnd ? { markerEnd: props.markerEnd } : {})}
        {...(overlay ? { style: lineStyle(overlay) } : {})}
        interactionWidth={0}
      />
      {text ? (
        <EdgeLabelRenderer>
          <div
            className={overlay && !data.showLabel ? 'route-label route-label--count' : 'route-label'}
            aria-hidden="true"
            style={{ transform: `translate(-50%, -50%) translate(${String(labelX)}px, ${String(labelY)}px)` }}
          >
            {text}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
