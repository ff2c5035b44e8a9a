import {
  Controls,
  ReactFlow,
  useReactFlow,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
  type DefaultEdgeOptions,
  type FitViewOptions,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import type { Pathway, ServiceId } from '../../core/pathway/types.ts';
import { useSelectedServiceId, useViewSend } from '../state/ViewStore.tsx';
import type { PathwayFlowNode, RouteFlowEdge } from './flowTypes.ts';
import { highlightSelection } from './highlightSelection.ts';
import { LaneNode } from './LaneNode.tsx';
import { pathwayToFlow } from './pathwayToFlow.ts';
import { selectionFromChanges } from './selectionFromChanges.ts';
import { RouteEdge } from './RouteEdge.tsx';
import { ServiceNode } from './ServiceNode.tsx';

// Declared once, at module scope: a new object on each render would make React Flow remount every node.
const nodeTypes = { service: ServiceNode, lane: LaneNode } satisfies NodeTypes;
const edgeTypes = { route: RouteEdge } satisfies EdgeTypes;
const defaultEdgeOptions: DefaultEdgeOptions = {
  markerEnd: { type: 'arrowclosed', width: 16, height: 16, color: '#5b6673' },
  focusable: false,
  selectable: false,
};
const fitViewOptions: FitViewOptions = { padding: '12px' };
const proOptions = { hideAttribution: false };

/** Fits the whole pathway again when the window changes size (a laptop moved to a projector). */
function FitOnResize(): null {
  const { fitView } = useReactFlow();
  useEffect(() => {
    let frame = 0;
    const onResize = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void fitView(fitViewOptions));
    };
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', onResize);
    };
  }, [fitView]);
  return null;
}

/**
 * The pathway as a map: levels as lanes, services as nodes, routes as edges. It draws what
 * `pathwayToFlow` and `highlightSelection` compute and reports selection to the view store; the map
 * is for reading, so nodes cannot be dragged, connected or deleted.
 */
export function PathwayMap({ pathway }: { pathway: Pathway }): ReactNode {
  const flow = useMemo(() => pathwayToFlow(pathway), [pathway]);
  const serviceIds = useMemo(() => new Set<string>(pathway.services.map((s) => s.id)), [pathway]);
  const selected = useSelectedServiceId();
  const send = useViewSend();
  const { nodes, edges } = useMemo(() => highlightSelection(flow, selected), [flow, selected]);

  const onNodesChange = useCallback(
    (changes: NodeChange<PathwayFlowNode>[]) => {
      const intent = selectionFromChanges(changes, selected, serviceIds);
      if (intent.kind === 'select') send({ type: 'service.select', serviceId: intent.id as ServiceId });
      else if (intent.kind === 'clear') send({ type: 'service.clear' });
    },
    [selected, serviceIds, send],
  );

  return (
    <ReactFlow<PathwayFlowNode, RouteFlowEdge>
      className="pathway-map"
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      defaultEdgeOptions={defaultEdgeOptions}
      onNodesChange={onNodesChange}
      nodesDraggable={false}
      elevateNodesOnSelect={false}
      nodesConnectable={false}
      edgesFocusable={false}
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      fitView
      fitViewOptions={fitViewOptions}
      minZoom={0.3}
      maxZoom={2.5}
      proOptions={proOptions}
      aria-label={`Map of the ${pathway.title}`}
    >
      <Controls showInteractive={false} position="bottom-right" />
      <FitOnResize />
    </ReactFlow>
  );
}
