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

/**
 * Fits the map whenever its box changes size (the presenter view, a projector) and whenever the case
 * moves: the whole pathway, or, when `follow` names services (the presenter view), those services at a
 * zoom of at least `minZoom`, so that the camera follows the case with names large enough for a room.
 */
function FitOnResize({
  target,
  follow,
  minZoom,
}: {
  target: RefObject<HTMLDivElement | null>;
  follow: readonly string[] | null;
  minZoom: number;
}): null {
  const { fitView } = useReactFlow();
  const key = follow?.join('|') ?? '';
  useEffect(() => {
    const el = target.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const fit = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const nodes = key ? key.split('|').map((id) => ({ id })) : undefined;
        void fitView({
          ...fitViewOptions,
          minZoom,
          maxZoom: Math.max(2, minZoom),
          ...(nodes ? { nodes } : {}),
        });
      });
    };
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    fit();
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [fitView, target, key, minZoom]);
  return null;
}

/** The smallest zoom at which the map's service names (14 px in the layout) are 24 px on screen. */
export const PRESENTER_ZOOM = 24 / 14;

/**
 * The pathway map in the player: the map's lanes and services, decorated by `playerToFlow` with where
 * the case is, the move just made, the routes it could take and any what-if branch. For looking at,
 * not editing: nothing is draggable, selectable or focusable (the keyboard drives the player).
 */
export function TrainerMap({
  pathway,
  scene,
  follow = false,
}: {
  pathway: Pathway;
  scene: PlayerScene;
  /** The presenter view: the camera follows the case, names at least 24 px on screen. */
  follow?: boolean;
}): ReactNode {
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
    // The words on the services ("Now", "Could go: referral") sit on their top edge: labels keep clear.
    const avoid = drawn.nodes.flatMap((n) => {
      const box = layout.boxes.get(n.id);
      if (n.type !== 'service' || !n.data.badge || !box) return [];
      const width = measure(n.data.badge.toUpperCase(), 13, true) + 18;
      return [{ x: box.x + box.width - 8 - width, y: box.y - 12, width, height: 20 }];
    });
    return {
      nodes: drawn.nodes,
      edges: placeEdgeLabels(drawn.edges, layout, measure, { textOf: (e) => e.data?.tag, rankOf, avoid }),
    };
  }, [pathway, layout, scene, measure]);
  const box = useRef<HTMLDivElement>(null);
  // Where the case is and where it just came from: what the camera keeps in view (the services it could
  // go to carry their words; "Whole map" shows them all).
  const { current, realAt } = scene;
  const cameFrom = scene.lastMove?.from;
  const focus = useMemo(() => {
    if (!follow) return null;
    const ids = new Set<string>();
    for (const id of [current, realAt, cameFrom]) if (id !== undefined) ids.add(id);
    return [...ids].sort();
  }, [follow, current, realAt, cameFrom]);
  const minZoom = follow ? PRESENTER_ZOOM : 0.2;
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
          fitViewOptions={{ ...fitViewOptions, minZoom }}
          minZoom={minZoom}
          maxZoom={Math.max(2, minZoom)}
          proOptions={proOptions}
          aria-label={`Map of the ${pathway.title}, showing the case`}
        >
          <FitOnResize target={box} follow={focus} minZoom={minZoom} />
        </ReactFlow>
      </ReactFlowProvider>
    </div>
  );
}
