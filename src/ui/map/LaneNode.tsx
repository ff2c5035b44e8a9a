import type { NodeProps } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import type { LaneFlowNode } from './flowTypes.ts';

/** A swimlane: the level's name at the top of a column that holds its services (the legend adds THRIVE). */
export const LaneNode = memo(function LaneNode({ data }: NodeProps<LaneFlowNode>): ReactNode {
  return (
    <div className="lane-node" data-level={data.levelId}>
      <h3 className="lane-node__title">
        {data.labelLines.map((line, i) => (
          <span key={i} className="lane-node__line">
            {line}
          </span>
        ))}
      </h3>
    </div>
  );
});
