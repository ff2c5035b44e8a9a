import type { NodeProps } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import { ServiceNode } from '../map/ServiceNode.tsx';
import type { TrainerServiceFlowNode } from './trainerFlowTypes.ts';

/** The map's own service node, with the player's badge ("Now", "What if: here") above it. */
export const TrainerServiceNode = memo(function TrainerServiceNode(
  props: NodeProps<TrainerServiceFlowNode>,
): ReactNode {
  const { badge, trainerKind } = props.data;
  return (
    <>
      <ServiceNode {...props} />
      {badge ? (
        <span className={`trainer-node-badge trainer-node-badge--${trainerKind}`} aria-hidden="true">
          {badge}
        </span>
      ) : null}
    </>
  );
});
