import {
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type EdgeTypes,
  type FitViewOptions,
  type NodeTypes,
} from '@xyflow/react';
import { useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { pathwayLayout } from '../../core/layout/pathwayLayout.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import type { PlayerScene } from '../../core/trainer/playerScene.ts';
import { LaneNode } from '../map/LaneNode.tsx';
import { mapMetrics } from '../map/mapMetrics.ts';
import { measureText } from '../map/measureText.ts';
import { pathwayToFlow, routeSpecs } from '../map/pathwayToFlow.ts';
import { placeEdgeLabels } from '../map/placeMapLabels.ts';
import { drawOrder, playerToFlow, sceneSpecs } from './playerToFlow.ts';
import { TrainerEdge } from './TrainerEdge.tsx';
import type { TrainerFlowEdge, TrainerFlowNode } from './trainerFlowTypes.ts';
import { TrainerServiceNode } from './TrainerServiceNode.tsx';

// Declared once, at module scope, so React Flow never remounts the nodes.
const nodeTypes = { service: TrainerServiceNode, lane: LaneNode } satisfies NodeTypes;
const edgeTypes = { trainer: TrainerEdge } satisfies EdgeTypes;
const fitViewOptions: FitViewOptions = { padding: '10px' };
const proOptions = { hideAttribution: false };

/** Fits the whole pathway whenever the map's box changes size (the presenter view, a projector). */
function FitOnResize({ target }: { target: RefObject<HTMLDivElement | null> }): null {
  const { fitView } = useReactFlow();
  useEffect(() => {
    const el = target.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void fitView(fitViewOptions));
    });
    observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [fitView, target]);
  return null;
}

/**
 * The pathway map in the player: the map's lanes and services, decorated by `playerToFlow` with where
 * the case is, the move just made, the routes it could take and any what-if branch. For looking at,
 * not editing: nothing is draggable, selectable or focusable (the keyboard drives the player).
 */
export function TrainerMap({ pathway, scene }: { pathway: Pathway; scene: PlayerScene }): ReactNode {
  const measure = measureText();
  const metrics = useMemo(() => mapMetrics(measure), [measure]);
  // The routes alone give the flow its route edges; the scene's extra moves are routed with them.
  const routes = useMemo(() => routeSpecs(pathway), [pathway]);
  const base = useMemo(
    () => pathwayToFlow(pathway, pathwayLayout(pathway, routes, metrics)),
    [pathway, routes, metrics],
  );
  const specs = useMemo(() => sceneSpecs(base, scene), [base, scene]);
  const specsKey = specs.map((s) => `${s.id}:${s.from}>${s.to}`).join('|');
  const layout = useMemo(
    () => pathwayLayout(pathway, [...routes, ...specs], metrics),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the specs' contents.
    [pathway, routes, specsKey, metrics],
  );
  const { nodes, edges } = useMemo(() => {
    const drawn = playerToFlow(pathwayToFlow(pathway, layout), scene, layout);
    const rankOf = (e: TrainerFlowEdge) => drawOrder.length - drawOrder.indexOf(e.data?.kind ?? 'idle');
    return {
      nodes: drawn.nodes,
      edges: placeEdgeLabels(drawn.edges, layout, measure, { textOf: (e) => e.data?.tag, rankOf }),
    };
  }, [pathway, layout, scene, measure]);
  const box = useRef<HTMLDivElement>(null);
  return (
    <div className="trainer-map" ref={box} data-testid="trainer-map">
      <ReactFlowProvider>
        <ReactFlow<TrainerFlowNode, TrainerFlowEdge>
          className="pathway-map"
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          // Space is the player's play/pause: React Flow must not take it for panning.
          panActivationKeyCode={null}
          zoomActivationKeyCode={null}
          disableKeyboardA11y
          zoomOnDoubleClick={false}
          fitView
          fitViewOptions={fitViewOptions}
          minZoom={0.2}
          maxZoom={2}
          proOptions={proOptions}
          aria-label={`Map of the ${pathway.title}, showing the case`}
        >
          <FitOnResize target={box} />
        </ReactFlow>
      </ReactFlowProvider>
    </div>
  );
}
