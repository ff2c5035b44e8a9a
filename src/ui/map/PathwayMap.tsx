import {
  Controls,
  ReactFlow,
  useReactFlow,
  useStore,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
  type DefaultEdgeOptions,
  type FitViewOptions,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import type { CohortSummary } from '../../core/analysis/summariseAnalysis.ts';
import type { MapDifference } from '../../core/compare/mapDifferences.ts';
import type { DisclosureSettings } from '../../core/disclosure/disclosureSettings.ts';
import type { Pathway, ServiceId } from '../../core/pathway/types.ts';
import { differenceToFlow } from './differenceToFlow.ts';
import type { OverlayMode } from '../state/viewState.ts';
import { useSelectedServiceId, useViewSend } from '../state/ViewStore.tsx';
import type { PathwayFlowEdge, PathwayFlowNode } from './flowTypes.ts';
import { highlightPath } from './highlightPath.ts';
import { highlightSelection } from './highlightSelection.ts';
import { LaneNode } from './LaneNode.tsx';
import { MoveEdge } from './MoveEdge.tsx';
import { overlayToFlow } from './overlayToFlow.ts';
import { pathwayToFlow } from './pathwayToFlow.ts';
import { selectionFromChanges } from './selectionFromChanges.ts';
import { RouteEdge } from './RouteEdge.tsx';
import { ServiceNode } from './ServiceNode.tsx';
import './overlay.css';

// Declared once, at module scope: a new object on each render would make React Flow remount every node.
const nodeTypes = { service: ServiceNode, lane: LaneNode } satisfies NodeTypes;
const edgeTypes = { route: RouteEdge, move: MoveEdge } satisfies EdgeTypes;
const defaultEdgeOptions: DefaultEdgeOptions = {
  markerEnd: { type: 'arrowclosed', width: 16, height: 16, color: '#5b6673' },
  focusable: false,
  selectable: false,
};
// More room on the left: a move between distant services of the first lane runs (and is labelled) beside it.
const fitViewOptions: FitViewOptions = {
  padding: { top: '16px', right: '20px', bottom: '16px', left: '72px' },
};
const proOptions = { hideAttribution: false };

/**
 * Fits the whole pathway again when the map's box changes size: the window (a laptop moved to a
 * projector), or the screen around it (the timeline opening, a problems panel, the toolbar wrapping).
 */
function FitOnResize(): null {
  const { fitView } = useReactFlow();
  const domNode = useStore((s) => s.domNode);
  useEffect(() => {
    if (!domNode) return;
    let frame = 0;
    let last = '';
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      const size = box ? `${String(Math.round(box.width))}x${String(Math.round(box.height))}` : '';
      if (size === last) return;
      last = size;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void fitView(fitViewOptions));
    });
    observer.observe(domNode);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [fitView, domNode]);
  return null;
}

export interface PathwayMapProps {
  readonly pathway: Pathway;
  /** The analysis of the loaded cohort to overlay, if any. */
  readonly summary?: CohortSummary | null | undefined;
  readonly mode?: OverlayMode | undefined;
  /** A route to highlight in order (a journey's or a variant's services). */
  readonly route?: readonly string[] | null | undefined;
  /** Disclosure control on the numbers (an aggregate overlay, a group of a comparison). */
  readonly disclosure?: DisclosureSettings | null | undefined;
  /** The top of the width scale, shared by maps side by side. */
  readonly scaleMax?: number | undefined;
  /** A difference between two groups, drawn in place of an overlay. */
  readonly difference?: MapDifference | null | undefined;
  /** The map's accessible name (default: "Map of" the pathway's title). */
  readonly label?: string | undefined;
}

/**
 * The pathway as a map: levels as lanes, services as nodes, routes as edges, and the cohort's overlay.
 * It draws what `pathwayToFlow`, `overlayToFlow`, `highlightPath` and `highlightSelection` compute and
 * reports selection to the view store; the map is for reading, so nodes cannot be dragged, connected or
 * deleted.
 */
export function PathwayMap(props: PathwayMapProps): ReactNode {
  const { pathway, summary, mode = 'frequency', route, disclosure, scaleMax, difference } = props;
  const flow = useMemo(() => pathwayToFlow(pathway), [pathway]);
  const overlaid = useMemo(() => {
    if (difference) return differenceToFlow(flow, pathway, difference);
    return summary
      ? overlayToFlow(flow, pathway, summary, { mode, disclosure, maxJourneys: scaleMax })
      : { nodes: flow.nodes, edges: flow.edges };
  }, [flow, pathway, summary, mode, disclosure, scaleMax, difference]);
  const pathed = useMemo(
    () => (route && route.length > 0 ? highlightPath(overlaid, route) : null),
    [overlaid, route],
  );
  const serviceIds = useMemo(() => new Set<string>(pathway.services.map((s) => s.id)), [pathway]);
  const selected = useSelectedServiceId();
  const send = useViewSend();
  const { nodes, edges } = useMemo(() => {
    if (!pathed) return highlightSelection(overlaid, selected);
    // A highlighted route keeps its own emphasis; the selected service only gets its outline.
    return {
      nodes: pathed.nodes.map((n) => (n.id === selected ? { ...n, selected: true } : n)),
      edges: pathed.edges,
    };
  }, [overlaid, pathed, selected]);

  const onNodesChange = useCallback(
    (changes: NodeChange<PathwayFlowNode>[]) => {
      const intent = selectionFromChanges(changes, selected, serviceIds);
      if (intent.kind === 'select') send({ type: 'service.select', serviceId: intent.id as ServiceId });
      else if (intent.kind === 'clear') send({ type: 'service.clear' });
    },
    [selected, serviceIds, send],
  );

  return (
    <ReactFlow<PathwayFlowNode, PathwayFlowEdge>
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
      aria-label={props.label ?? `Map of the ${pathway.title}`}
    >
      <Controls showInteractive={false} position="bottom-right" />
      <FitOnResize />
    </ReactFlow>
  );
}
