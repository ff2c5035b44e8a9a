import type { PathwayLayout } from '../../core/layout/layoutTypes.ts';
import type { ServiceId } from '../../core/pathway/types.ts';
import type { MoveFlowEdge, PathwayFlowEdge, PathwayFlowNode } from './flowTypes.ts';
import { moveMarker } from './moveMarkers.ts';
import { edgeHandles } from './pathwayToFlow.ts';

/** A journey's services in order with consecutive repeats folded: the steps drawn on the map. */
export function foldRoute(services: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of services) if (out[out.length - 1] !== s) out.push(s);
  return out;
}

export const stepEdgeId = (from: string, to: string): string => `step:${from}>${to}`;

/** The moves of a highlighted route, one per directed pair, with the steps (2 = the second service) it carries. */
export function pathMoves(
  route: readonly string[],
  known: ReadonlySet<string>,
): { from: string; to: string; steps: number[] }[] {
  const steps = foldRoute(route);
  const moves = new Map<string, { from: string; to: string; steps: number[] }>();
  for (let i = 1; i < steps.length; i++) {
    const from = steps[i - 1] as string;
    const to = steps[i] as string;
    if (!known.has(from) || !known.has(to)) continue;
    const key = `${from}>${to}`;
    const m = moves.get(key) ?? { from, to, steps: [] };
    m.steps.push(i + 1);
    moves.set(key, m);
  }
  return [...moves.values()];
}

/** The layout's specs of a highlighted route's moves. */
export function pathSpecs(
  route: readonly string[] | null | undefined,
  known: ReadonlySet<string>,
): { id: string; from: string; to: string }[] {
  return route
    ? pathMoves(route, known).map((m) => ({ id: stepEdgeId(m.from, m.to), from: m.from, to: m.to }))
    : [];
}

/**
 * Highlights a route through the map (a journey's or a variant's), in order: each service on it gets its
 * step numbers (1 = first), each move an arrow labelled with the step it arrives at; the rest of the map
 * fades. Pure: returns new nodes and edges where something changed.
 */
export function highlightPath(
  flow: { nodes: PathwayFlowNode[]; edges: PathwayFlowEdge[] },
  route: readonly string[],
  layout: PathwayLayout,
): { nodes: PathwayFlowNode[]; edges: PathwayFlowEdge[] } {
  const steps = foldRoute(route);
  const known = new Set(flow.nodes.filter((n) => n.type === 'service').map((n) => n.id));
  if (steps.length === 0 || !steps.some((s) => known.has(s))) return flow;
  const stepsAt = new Map<string, number[]>();
  steps.forEach((s, i) => {
    const list = stepsAt.get(s) ?? [];
    list.push(i + 1);
    stepsAt.set(s, list);
  });
  const nodes = flow.nodes.map((n): PathwayFlowNode => {
    if (n.type !== 'service') return n;
    const at = stepsAt.get(n.id);
    return at
      ? {
          ...n,
          ariaLabel: `${n.ariaLabel ?? n.data.label} — step ${at.join(' and ')} of the highlighted route`,
          data: { ...n.data, steps: at, dimmed: false, related: false },
        }
      : { ...n, data: { ...n.data, steps: undefined, dimmed: true, related: false } };
  });
  const edges = flow.edges.map((e): PathwayFlowEdge => {
    const overlay = e.data?.overlay ? { ...e.data.overlay, label: undefined } : undefined;
    if (e.type === 'route') {
      return {
        ...e,
        className: 'route route--faded',
        data: e.data ? { ...e.data, overlay, showLabel: false } : e.data,
      };
    }
    return { ...e, className: 'move move--faded', data: e.data ? { ...e.data, overlay } : e.data };
  });
  // One arrow per directed pair, labelled with every step it carries (e.g. "2 · 5"), along the route
  // when the pathway has one (the layout gives both the same line).
  for (const m of pathMoves(steps, known)) {
    const id = stepEdgeId(m.from, m.to);
    const line = layout.edges.get(id);
    if (!line) continue;
    const edge: MoveFlowEdge = {
      id,
      type: 'move',
      source: m.from,
      target: m.to,
      ...edgeHandles(line),
      className: 'move move--step',
      markerEnd: moveMarker('step', 5),
      ariaLabel: `Step ${m.steps.join(' and ')}: ${m.from} to ${m.to}`,
      data: {
        from: m.from as ServiceId,
        to: m.to as ServiceId,
        kind: 'step',
        path: line.path,
        steps: m.steps,
        label: m.steps.join(' · '),
      },
    };
    edges.push(edge);
  }
  return { nodes, edges };
}
