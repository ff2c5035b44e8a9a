import type { LayoutEdge, PathwayLayout, Side } from '../../core/layout/layoutTypes.ts';
import {
  CRISIS,
  EARLY_INTERVENTION,
  type Pathway,
  type Route,
  type Service,
} from '../../core/pathway/types.ts';
import { serviceAriaLabel } from './describe.ts';
import type {
  LaneFlowNode,
  PathwayFlow,
  PathwayFlowNode,
  RouteFlowEdge,
  ServiceFlowNode,
} from './flowTypes.ts';
import { handles } from './handles.ts';

/** The id of a level's lane node. Service ids cannot contain ':', so the two never clash. */
export const laneNodeId = (level: string): string => `lane:${level}`;

/** The id of a route's edge: its index in the pathway file and its two ends. */
export const routeEdgeId = (index: number, route: Pick<Route, 'from' | 'to'>): string =>
  `route-${String(index)}-${route.from}-${route.to}`;

const outHandle: Record<Side, string> = {
  left: handles.leftOut.id,
  right: handles.rightOut.id,
  top: handles.topOut.id,
  bottom: handles.bottomOut.id,
};
const inHandle: Record<Side, string> = {
  left: handles.leftIn.id,
  right: handles.rightIn.id,
  top: handles.topIn.id,
  bottom: handles.bottomIn.id,
};

/** The handles an edge of the layout leaves and enters by (React Flow needs them; the path is the layout's). */
export function edgeHandles(line: Pick<LayoutEdge, 'sourceSide' | 'targetSide'>): {
  sourceHandle: string;
  targetHandle: string;
} {
  return { sourceHandle: outHandle[line.sourceSide], targetHandle: inHandle[line.targetSide] };
}

function routeAriaLabel(route: Route, from: Service, to: Service): string {
  const how = route.activity ? `, ${route.activity.replace(/_/g, ' ')}` : '';
  return `Route from ${from.label} to ${to.label}${how}`;
}

/** The route edges' specs for `pathwayLayout`: one per route between two services, with its edge id. */
export function routeSpecs(pathway: Pathway): { id: string; from: string; to: string }[] {
  return pathway.routes.flatMap((r, i) =>
    r.from === r.to ? [] : [{ id: routeEdgeId(i, r), from: r.from, to: r.to }],
  );
}

/**
 * Turns a (validated) pathway and its layout (`pathwayLayout`, computed with at least `routeSpecs`)
 * into React Flow nodes and edges: one lane (group) node per level, in the pathway's order from left to
 * right; one service node per service inside its lane, at its box, with its name wrapped as the layout
 * wrapped it; one edge per route, along the layout's line, labelled with its activity. Pure and
 * deterministic. Parents come before their children in `nodes`, which is also the keyboard (Tab) order.
 */
export function pathwayToFlow(pathway: Pathway, layout: PathwayLayout): PathwayFlow {
  const nodes: PathwayFlowNode[] = [];
  const byLane: ServiceFlowNode[][] = pathway.levels.map(() => []);
  pathway.levels.forEach((level, lane) => {
    const geometry = layout.lanes[lane];
    if (!geometry) return;
    const laneNode: LaneFlowNode = {
      id: laneNodeId(level.id),
      type: 'lane',
      position: { x: geometry.x, y: geometry.y },
      width: geometry.width,
      height: geometry.height,
      data: {
        levelId: level.id,
        label: level.label,
        labelLines: geometry.labelLines,
        thrive: level.thrive,
        index: lane,
      },
      selectable: false,
      focusable: false,
      draggable: false,
      connectable: false,
      className: `lane lane--${String(lane % 5)}`,
    };
    nodes.push(laneNode);
  });
  const levels = new Map(pathway.levels.map((l) => [l.id as string, l]));
  for (const s of pathway.services) {
    const box = layout.boxes.get(s.id);
    const level = levels.get(s.level);
    const lane = box ? layout.lanes[box.lane] : undefined;
    if (!box || !level || !lane) continue;
    byLane[box.lane]?.push({
      id: s.id,
      type: 'service',
      parentId: laneNodeId(level.id),
      extent: 'parent',
      position: { x: box.x - lane.x, y: box.y - lane.y },
      width: box.width,
      height: box.height,
      ariaLabel: serviceAriaLabel(s, level),
      connectable: false,
      draggable: false,
      data: {
        serviceId: s.id,
        label: s.label,
        nameLines: box.nameLines,
        agency: s.agency,
        levelLabel: level.label,
        tags: [...s.tags],
        earlyIntervention: s.tags.includes(EARLY_INTERVENTION),
        crisis: s.tags.includes(CRISIS),
      },
    });
  }
  // Each lane node, then its services in reading order (column, then row): the Tab order.
  const order = (n: ServiceFlowNode) => {
    const b = layout.boxes.get(n.id);
    return (b?.column ?? 0) * 10_000 + (b?.row ?? 0);
  };
  const withServices: PathwayFlowNode[] = [];
  nodes.forEach((laneNode, i) => {
    withServices.push(laneNode, ...(byLane[i] ?? []).sort((a, b) => order(a) - order(b)));
  });

  const byId = new Map(pathway.services.map((s) => [s.id, s]));
  const edges: RouteFlowEdge[] = [];
  pathway.routes.forEach((route, i) => {
    const from = byId.get(route.from);
    const to = byId.get(route.to);
    const id = routeEdgeId(i, route);
    const line = layout.edges.get(id);
    // A valid pathway has no dangling routes; a route from a service to itself is not a move to draw.
    if (!from || !to || !line || route.from === route.to) return;
    edges.push({
      id,
      type: 'route',
      source: route.from,
      target: route.to,
      ...edgeHandles(line),
      ...(route.activity ? { label: route.activity.replace(/_/g, ' ') } : {}),
      ariaLabel: routeAriaLabel(route, from, to),
      className: 'route',
      data: {
        from: route.from,
        to: route.to,
        activity: route.activity,
        routeLabel: route.label,
        path: line.path,
      },
    });
  });
  return { nodes: withServices, edges, width: layout.width, height: layout.height };
}
