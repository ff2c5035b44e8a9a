import { EdgeLabelRenderer } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { PlacedLine } from './flowTypes.ts';

/**
 * A line of the map as the layout routed it, with its tooltip (what the line is, and the label when
 * there was no room to draw it) and its label, HTML above the nodes, in the box `placeMapLabels` found
 * for it (it covers no service and no other label). Routes and moves share it.
 */
export function EdgeLine(props: {
  readonly id: string;
  readonly data: PlacedLine | undefined;
  readonly markerEnd?: string | undefined;
  readonly strokeWidth?: number | undefined;
  readonly labelClass: string;
  readonly icon?: ReactNode;
}): ReactNode {
  const { data } = props;
  if (!data) return null;
  const box = data.labelBox;
  return (
    <>
      <path
        id={props.id}
        className="react-flow__edge-path"
        d={data.path}
        fill="none"
        {...(props.markerEnd ? { markerEnd: props.markerEnd } : {})}
        {...(props.strokeWidth !== undefined ? { style: { strokeWidth: props.strokeWidth } } : {})}
      >
        {data.tooltip ? <title>{data.tooltip}</title> : null}
      </path>
      {box && data.labelText ? (
        <EdgeLabelRenderer>
          <div
            className={`map-label ${props.labelClass}`}
            aria-hidden="true"
            data-edge={props.id}
            style={{
              width: box.width,
              height: box.height,
              transform: `translate(${String(box.x)}px, ${String(box.y)}px)`,
            }}
          >
            {props.icon}
            {data.labelText}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}
