import type { PathwayFlowEdge, PathwayFlowNode } from './flowTypes.ts';

const relatedMarker = { type: 'arrowclosed', width: 9, height: 9, color: '#0b57d0' } as const;

/**
 * Marks the selected service on a flow: the service is `selected`, the services one route away are
 * `related`, the rest `dimmed`; the routes in and out of the selected service are drawn strongly with
 * their labels, the others faded. (Fifty-odd labels at once would hide the map, so only these show.)
 * Off-pathway moves of the overlay touching the service stay drawn; the others fade. With nothing
 * selected the flow is returned as drawn. Pure: it returns new node and edge objects only where something
 * changed, so memoised nodes that did not change skip a render.
 */
export function highlightSelection<E extends PathwayFlowEdge>(
  flow: { nodes: PathwayFlowNode[]; edges: E[] },
  selectedId: string | null,
): { nodes: PathwayFlowNode[]; edges: E[] } {
  const present = selectedId !== null && flow.nodes.some((n) => n.type === 'service' && n.id === selectedId);
  if (!present) return { nodes: flow.nodes, edges: flow.edges };

  const neighbours = new Set<string>();
  for (const e of flow.edges) {
    if (e.source === selectedId) neighbours.add(e.target);
    if (e.target === selectedId) neighbours.add(e.source);
  }
  const nodes = flow.nodes.map((n): PathwayFlowNode => {
    if (n.type !== 'service') return n;
    if (n.id === selectedId) return { ...n, selected: true };
    const related = neighbours.has(n.id);
    return { ...n, data: { ...n.data, related, dimmed: !related } };
  });
  const edges = flow.edges.map((e): E => {
    const touches = e.source === selectedId || e.target === selectedId;
    if (e.type === 'move') {
      return {
        ...e,
        className: touches
          ? `${e.className ?? 'move'} move--related`
          : `${e.className ?? 'move'} move--dimmed`,
      };
    }
    return touches
      ? {
          ...e,
          className: `${e.className ?? 'route'} route--related`,
          // Markers scale with the stroke, so the bolder line gets a smaller, matching arrowhead.
          markerEnd: e.data?.overlay ? e.markerEnd : relatedMarker,
          data: e.data ? { ...e.data, showLabel: true } : e.data,
        }
      : { ...e, className: `${e.className ?? 'route'} route--dimmed` };
  });
  return { nodes, edges };
}
