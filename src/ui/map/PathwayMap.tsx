import {
  Controls,
  ReactFlow,
  useReactFlow,
  useStore,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
  type DefaultEdgeOptions,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { CohortSummary } from '../../core/analysis/summariseAnalysis.ts';
import { moveKey, type SimplifiedMap } from '../../core/analysis/simplifyMap.ts';
import { pathwayLayout } from '../../core/layout/pathwayLayout.ts';
import type { Pathway, ServiceId } from '../../core/pathway/types.ts';
import type { OverlayMode } from '../state/viewState.ts';
import { useSelectedServiceId, useViewSend } from '../state/ViewStore.tsx';
import type { PathwayFlowEdge, PathwayFlowNode } from './flowTypes.ts';
import { highlightPath, pathSpecs } from './highlightPath.ts';
import { highlightSelection } from './highlightSelection.ts';
import { LaneNode } from './LaneNode.tsx';
import { mapMetrics } from './mapMetrics.ts';
import { measureText } from './measureText.ts';
import { MoveEdge } from './MoveEdge.tsx';
import { drawnOffPathway, offPathwaySpecs, overlayToFlow } from './overlayToFlow.ts';
import { pathwayToFlow, routeSpecs } from './pathwayToFlow.ts';
import { placeMapLabels } from './placeMapLabels.ts';
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
// The layout keeps its lines inside the lanes, so a small even margin is enough.
const fitPadding = { top: '12px', right: '16px', bottom: '12px', left: '16px' } as const;
const proOptions = { hideAttribution: false };

/**
 * Fits the whole pathway again when the map's box changes size (the window, a laptop moved to a
 * projector, the timeline opening, the toolbar wrapping), when the drawing changes size (the sliders
 * hid services) and when the presentation scale is switched; never below `minZoom`.
 */
function FitOnResize({ minZoom, drawing }: { minZoom: number; drawing: string }): null {
  const { fitView } = useReactFlow();
  const domNode = useStore((s) => s.domNode);
  useEffect(() => {
    if (!domNode) return;
    let frame = 0;
    let last = '';
    const fit = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void fitView({ padding: fitPadding, minZoom, maxZoom: 2.5 }));
    };
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      const size = box ? `${String(Math.round(box.width))}x${String(Math.round(box.height))}` : '';
      if (size === last) return;
      last = size;
      fit();
    });
    observer.observe(domNode);
    fit();
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [fitView, domNode, minZoom, drawing]);
  return null;
}

export interface PathwayMapProps {
  readonly pathway: Pathway;
  /** The analysis of the loaded cohort to overlay, if any. */
  readonly summary?: CohortSummary | null | undefined;
  readonly mode?: OverlayMode | undefined;
  /** A route to highlight in order (a journey's or a variant's services). */
  readonly route?: readonly string[] | null | undefined;
  /** What the simplification sliders hide (`simplifyMap`). */
  readonly hidden?: SimplifiedMap | null | undefined;
  /** The presentation scale: never zoomed out so far that a map text is under 18 px on screen. */
  readonly presentation?: boolean | undefined;
}

/** Focuses the selected service's details (its name), once the side panel has shown them. */
function focusDetailsSoon(): void {
  requestAnimationFrame(() => {
    requestAnimationFrame(() => {
      (document.getElementById('panel-title') ?? document.getElementById('details-region'))?.focus();
    });
  });
}

/** The smallest type on the map (the agency, the count after a rate, a badge), in flow units. */
export const SMALLEST_MAP_TEXT = 13;
/** The presentation scale's least zoom: every map text at least 18 px on screen. */
export const PRESENTATION_MIN_ZOOM = 18 / SMALLEST_MAP_TEXT;

/**
 * The pathway as a map: levels as lanes, services as nodes, routes as edges, and the cohort's overlay.
 * It draws what `pathwayToFlow`, `overlayToFlow`, `highlightPath` and `highlightSelection` compute and
 * reports selection to the view store; the map is for reading, so nodes cannot be dragged, connected or
 * deleted.
 */
export function PathwayMap({
  pathway,
  summary,
  mode = 'frequency',
  route,
  hidden,
  presentation = false,
}: PathwayMapProps): ReactNode {
  const scale = 1;
  const measure = measureText();
  const metrics = useMemo(
    () => mapMetrics(measure, scale, summary && mode === 'time' ? 3 : 2),
    [measure, scale, summary, mode],
  );
  const serviceIds = useMemo(() => new Set<string>(pathway.services.map((s) => s.id)), [pathway]);
  // The lines to route: the pathway's routes, the off-pathway moves drawn and the highlighted route's
  // moves. The layout is recomputed only when that list changes (a few milliseconds for Coventry).
  const specs = useMemo(
    () => [
      ...routeSpecs(pathway).filter((r) => !hidden?.hiddenMoves.has(moveKey(r.from, r.to))),
      ...(summary ? offPathwaySpecs(drawnOffPathway(summary)) : []),
      ...pathSpecs(route, serviceIds),
    ],
    [pathway, summary, route, serviceIds, hidden],
  );
  const specsKey = useMemo(() => specs.map((s) => s.id).join('|'), [specs]);
  const layout = useMemo(
    () => pathwayLayout(pathway, specs, metrics, { hidden: hidden?.hiddenServices }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the specs' contents.
    [pathway, specsKey, metrics, hidden],
  );
  const flow = useMemo(() => pathwayToFlow(pathway, layout), [pathway, layout]);
  const overlaid = useMemo(
    () =>
      summary
        ? overlayToFlow(flow, pathway, summary, { mode }, layout)
        : { nodes: flow.nodes, edges: flow.edges },
    [flow, pathway, summary, mode, layout],
  );
  const pathed = useMemo(
    () => (route && route.length > 0 ? highlightPath(overlaid, route, layout) : null),
    [overlaid, route, layout],
  );
  const selected = useSelectedServiceId();
  const send = useViewSend();
  const minZoom = presentation ? PRESENTATION_MIN_ZOOM : 0.3;
  const { nodes, edges } = useMemo(() => {
    const chosen = pathed
      ? // A highlighted route keeps its own emphasis; the selected service only gets its outline.
        {
          nodes: pathed.nodes.map((n) => (n.id === selected ? { ...n, selected: true } : n)),
          edges: pathed.edges,
        }
      : highlightSelection(overlaid, selected);
    return placeMapLabels(chosen, layout, measure, { scale });
  }, [overlaid, pathed, selected, layout, measure, scale]);

  // Enter on a service (React Flow selects it) also takes the keyboard to its details; Escape there
  // comes back (PathwayScreen).
  const enterOn = useRef<string | null>(null);
  const onKeyDownCapture = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const node = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node-service');
      enterOn.current = e.key === 'Enter' && node ? (node.dataset.id ?? null) : null;
      // Already selected: React Flow reports no change, so go to the details from here.
      if (enterOn.current !== null && enterOn.current === selected) focusDetailsSoon();
    },
    [selected],
  );
  const onNodesChange = useCallback(
    (changes: NodeChange<PathwayFlowNode>[]) => {
      const intent = selectionFromChanges(changes, selected, serviceIds);
      if (intent.kind === 'select') send({ type: 'service.select', serviceId: intent.id as ServiceId });
      else if (intent.kind === 'clear') send({ type: 'service.clear' });
      const entered = enterOn.current;
      enterOn.current = null;
      if (entered !== null && (intent.kind === 'select' ? intent.id : selected) === entered)
        focusDetailsSoon();
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
      // No Space-to-pan: Space belongs to the focused node (select) and, with the explorer kept mounted
      // under the trainer, to the player (play and pause).
      panActivationKeyCode={null}
      fitView
      fitViewOptions={{ padding: fitPadding, minZoom }}
      minZoom={minZoom}
      maxZoom={2.5}
      proOptions={proOptions}
      aria-label={`Map of the ${pathway.title}`}
      onKeyDownCapture={onKeyDownCapture}
    >
      <Controls showInteractive={false} position="bottom-right" />
      <FitOnResize minZoom={minZoom} drawing={`${String(layout.width)}x${String(layout.height)}`} />
    </ReactFlow>
  );
}
