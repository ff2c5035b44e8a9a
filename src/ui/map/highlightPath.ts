import type { ServiceId } from '../../core/pathway/types.ts';
import type { MoveFlowEdge, PathwayFlowEdge, PathwayFlowNode } from './flowTypes.ts';
import { moveMarker } from './moveMarkers.ts';
import { flowSlots, routeShape } from './pathwayToFlow.ts';

/** A journey's services in order with consecutive repeats folded: the steps drawn on the map. */
export function foldRoute(services: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of services) if (out[out.length - 1] !== s) out.push(s);
  return out;
}

/**
 * Highlights a route through the map (a journey's or a variant's), in order: each service on it gets its
 * step numbers (1 = first), each move an arrow labelled with the step it arrives at; the rest of the map
 * fades. Pure: returns new nodes and edges where something changed.
 */
export function highlightPath(
  flow: { nodes: PathwayFlowNode[]; edges: PathwayFlowEdge[] },
  route: readonly string[],
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
  const routePairs = new Set<string>();
  const edges = flow.edges.map((e): PathwayFlowEdge => {
    if (e.type === 'route') {
      routePairs.add(`${e.source}>${e.target}`);
      const overlay = e.data?.overlay ? { ...e.data.overlay, label: undefined } : undefined;
      return {
        ...e,
        className: 'route route--faded',
        data: e.data ? { ...e.data, overlay, showLabel: false } : e.data,
      };
    }
    const overlay = e.data?.overlay ? { ...e.data.overlay, label: undefined } : undefined;
    return { ...e, className: 'move move--faded', data: e.data ? { ...e.data, overlay } : e.data };
  });
  // One arrow per directed pair, labelled with every step it carries (e.g. "2 · 5").
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
  const slots = flowSlots(flow);
  for (const m of moves.values()) {
    const a = slots.get(m.from);
    const b = slots.get(m.to);
    if (!a || !b) continue;
    const { shape, sourceHandle, targetHandle } = routeShape(a, b);
    const edge: MoveFlowEdge = {
      id: `step:${m.from}>${m.to}`,
      type: 'move',
      source: m.from,
      target: m.to,
      sourceHandle,
      targetHandle,
      className: 'move move--step',
      markerEnd: moveMarker('step', 5),
      ariaLabel: `Step ${m.steps.join(' and ')}: ${m.from} to ${m.to}`,
      data: {
        from: m.from as ServiceId,
        to: m.to as ServiceId,
        kind: 'step',
        shape,
        // Along the route when the pathway has one, bowed out when the move is off the pathway.
        bend: routePairs.has(`${m.from}>${m.to}`) ? 0 : 28,
        steps: m.steps,
        label: m.steps.join(' · '),
      },
    };
    edges.push(edge);
  }
  return { nodes, edges };
}
