import { serviceSlots, servicesByLane, type Slot } from '../../core/pathway/serviceSlots.ts';
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
import { laneWidth, layout } from './layout.ts';

/** The id of a level's lane node. Service ids cannot contain ':', so the two never clash. */
export const laneNodeId = (level: string): string => `lane:${level}`;

/** Picks the sides an edge leaves and enters by, so that lines run between lanes and rows, not through them. */
export function routeShape(
  from: Slot,
  to: Slot,
): { shape: 'curve' | 'bracket'; sourceHandle: string; targetHandle: string } {
  if (from.lane < to.lane)
    return { shape: 'curve', sourceHandle: handles.rightOut.id, targetHandle: handles.leftIn.id };
  if (from.lane > to.lane)
    return { shape: 'curve', sourceHandle: handles.leftOut.id, targetHandle: handles.rightIn.id };
  if (to.row === from.row + 1)
    return { shape: 'curve', sourceHandle: handles.bottomOut.id, targetHandle: handles.topIn.id };
  if (to.row === from.row - 1)
    return { shape: 'curve', sourceHandle: handles.topOut.id, targetHandle: handles.bottomIn.id };
  // Rows further apart in one lane: a bracket beside the lane's services (down on the right, up on the left).
  return to.row > from.row
    ? { shape: 'bracket', sourceHandle: handles.rightOut.id, targetHandle: handles.rightIn.id }
    : { shape: 'bracket', sourceHandle: handles.leftOut.id, targetHandle: handles.leftIn.id };
}

function routeAriaLabel(route: Route, from: Service, to: Service): string {
  const how = route.activity ? `, ${route.activity.replace(/_/g, ' ')}` : '';
  return `Route from ${from.label} to ${to.label}${how}`;
}

/**
 * Turns a (validated) pathway into React Flow nodes and edges: one lane (group) node per level, in the
 * pathway's order from left to right; one service node per service inside its lane, placed by its
 * `column` hint; one edge per route, labelled with its activity. Pure and deterministic: the same
 * pathway always gives the same nodes, edges and positions, and nothing here depends on React.
 * Parents come before their children in `nodes`, which is also the keyboard (Tab) order.
 */
export function pathwayToFlow(pathway: Pathway): PathwayFlow {
  const { slots, rows: rowCount } = serviceSlots(pathway);
  const byLane = servicesByLane(pathway);

  const laneHeight =
    layout.laneHeader +
    rowCount * layout.nodeHeight +
    (rowCount - 1) * layout.rowGap +
    layout.lanePaddingBottom;
  const nodes: PathwayFlowNode[] = [];
  pathway.levels.forEach((level, lane) => {
    const laneNode: LaneFlowNode = {
      id: laneNodeId(level.id),
      type: 'lane',
      position: { x: lane * (laneWidth + layout.laneGap), y: 0 },
      width: laneWidth,
      height: laneHeight,
      data: { levelId: level.id, label: level.label, thrive: level.thrive, index: lane },
      selectable: false,
      focusable: false,
      draggable: false,
      connectable: false,
      className: `lane lane--${String(lane % 5)}`,
    };
    nodes.push(laneNode);
    for (const s of byLane[lane] ?? []) {
      const row = slots.get(s.id)?.row ?? 0;
      const node: ServiceFlowNode = {
        id: s.id,
        type: 'service',
        parentId: laneNode.id,
        extent: 'parent',
        position: {
          x: layout.lanePaddingX,
          y: layout.laneHeader + row * (layout.nodeHeight + layout.rowGap),
        },
        width: layout.nodeWidth,
        height: layout.nodeHeight,
        ariaLabel: serviceAriaLabel(s, level),
        connectable: false,
        draggable: false,
        data: {
          serviceId: s.id,
          label: s.label,
          agency: s.agency,
          levelLabel: level.label,
          tags: [...s.tags],
          earlyIntervention: s.tags.includes(EARLY_INTERVENTION),
          crisis: s.tags.includes(CRISIS),
        },
      };
      nodes.push(node);
    }
  });

  const byId = new Map(pathway.services.map((s) => [s.id, s]));
  const edges: RouteFlowEdge[] = [];
  pathway.routes.forEach((route, i) => {
    const from = byId.get(route.from);
    const to = byId.get(route.to);
    const a = slots.get(route.from);
    const b = slots.get(route.to);
    // A valid pathway has no dangling routes; a route from a service to itself is not a move to draw.
    if (!from || !to || !a || !b || route.from === route.to) return;
    const { shape, sourceHandle, targetHandle } = routeShape(a, b);
    edges.push({
      id: `route-${String(i)}-${route.from}-${route.to}`,
      type: 'route',
      source: route.from,
      target: route.to,
      sourceHandle,
      targetHandle,
      ...(route.activity ? { label: route.activity.replace(/_/g, ' ') } : {}),
      ariaLabel: routeAriaLabel(route, from, to),
      className: 'route',
      data: { from: route.from, to: route.to, activity: route.activity, routeLabel: route.label, shape },
    });
  });

  const width = pathway.levels.length * laneWidth + (pathway.levels.length - 1) * layout.laneGap;
  return { nodes, edges, width, height: laneHeight };
}

/**
 * The slot of every service node of a flow made by `pathwayToFlow`, read back from the nodes (for edges
 * added later to a flow without its pathway, e.g. a highlighted journey).
 */
export function flowSlots(flow: Pick<PathwayFlow, 'nodes'>): Map<string, Slot> {
  const laneIndex = new Map<string, number>();
  for (const n of flow.nodes) if (n.type === 'lane') laneIndex.set(n.id, n.data.index);
  const slots = new Map<string, Slot>();
  for (const n of flow.nodes) {
    if (n.type !== 'service') continue;
    const row = Math.round((n.position.y - layout.laneHeader) / (layout.nodeHeight + layout.rowGap));
    slots.set(n.id, { lane: laneIndex.get(n.parentId ?? '') ?? 0, row });
  }
  return slots;
}
