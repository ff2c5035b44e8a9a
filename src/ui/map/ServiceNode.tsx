import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import { TagBadge } from '../common/TagBadge.tsx';
import { keyTags } from './describe.ts';
import type { ServiceFlowNode } from './flowTypes.ts';
import { handles, type HandleSpec } from './handles.ts';

const positions = { left: Position.Left, right: Position.Right, top: Position.Top, bottom: Position.Bottom } as const;

function handleStyle(h: HandleSpec) {
  return h.side === 'left' || h.side === 'right' ? { top: `${String(h.at)}%` } : { left: `${String(h.at)}%` };
}

/** Connection points for edges only: the map is read, not edited, so they are not connectable. */
const Handles = memo(function Handles(): ReactNode {
  return Object.values(handles).map((h) => (
    <Handle
      key={h.id}
      id={h.id}
      type={h.type}
      position={positions[h.side]}
      isConnectable={false}
      className="service-node__handle"
      style={handleStyle(h)}
    />
  ));
});

/**
 * A service on the map: its name, agency and the badges of the two tags the analysis rests on (early
 * intervention, crisis); the side panel lists all tags. React Flow's node wrapper around it is the
 * focusable element (Tab; Enter or Space selects) and carries the accessible name from `pathwayToFlow`.
 */
export const ServiceNode = memo(function ServiceNode({ data, selected }: NodeProps<ServiceFlowNode>): ReactNode {
  const classes = ['service-node'];
  if (data.earlyIntervention) classes.push('service-node--early');
  if (data.crisis) classes.push('service-node--crisis');
  if (selected) classes.push('is-selected');
  if (data.related) classes.push('is-related');
  if (data.dimmed) classes.push('is-dimmed');
  return (
    <div className={classes.join(' ')} data-service={data.serviceId}>
      <Handles />
      <div className="service-node__label" title={data.label}>
        {data.label}
      </div>
      <div className="service-node__agency">{data.agency}</div>
      {data.earlyIntervention || data.crisis ? (
        <div className="service-node__tags">
          {keyTags(data.tags).map((t) => (
            <TagBadge key={t} tag={t} />
          ))}
        </div>
      ) : null}
    </div>
  );
});
