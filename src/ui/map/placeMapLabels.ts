import type { TextMeasure } from '../../core/text/textMetrics.ts';
import type { PathwayLayout, Rect } from '../../core/layout/layoutTypes.ts';
import { placeLabels, type LabelSpec } from '../../core/layout/placeLabels.ts';
import type { Edge } from '@xyflow/react';
import type { MoveOverlay, PathwayFlowEdge, PathwayFlowNode, PlacedLine } from './flowTypes.ts';
import { labelSize } from './mapMetrics.ts';

/** Room the dashed-line icon of an off-pathway label takes beside its text. */
const OFF_ICON = 18;

/** What an edge's label says: a step's numbers, the move's count or days, the selected service's activities. */
export function edgeLabelText(e: PathwayFlowEdge): string | undefined {
  if (e.type === 'move') return e.data?.kind === 'step' ? e.data.label : e.data?.overlay?.label;
  const overlay = e.data?.overlay;
  if (e.data?.showLabel) {
    const activity = typeof e.label === 'string' ? e.label : undefined;
    const count = overlay && overlay.kind !== 'unused' ? overlay.label : undefined;
    return [activity, count].filter(Boolean).join(' · ') || undefined;
  }
  return overlay?.label;
}

/** Which labels matter most: a highlighted route's steps, the selected service's routes, off-pathway moves, then the busiest moves. */
function rank(e: PathwayFlowEdge): number {
  if (e.type === 'move') return e.data?.kind === 'step' ? 0 : 2;
  return e.data?.showLabel ? 1 : 3;
}

/** Step badges drawn at the top-left corner of a service (outside its box), which labels must not cover. */
function badgeRects(nodes: readonly PathwayFlowNode[], layout: PathwayLayout, measure: TextMeasure): Rect[] {
  const out: Rect[] = [];
  for (const n of nodes) {
    if (n.type !== 'service' || !n.data.steps) continue;
    const box = layout.boxes.get(n.id);
    if (!box) continue;
    const text = n.data.steps.join(' · ');
    out.push({ x: box.x - 10, y: box.y - 12, width: measure(text, 16, true) + 18, height: 28 });
  }
  return out;
}

/** An edge whose label `placeEdgeLabels` places: the map's, and the trainer's. */
type LabelledEdge = Edge<
  PlacedLine & { readonly overlay?: MoveOverlay | undefined } & Record<string, unknown>
>;

/**
 * Gives edge labels a place where each covers no service, no lane name, nothing in `avoid` and no other
 * label (`placeLabels`), in the order of `rankOf` (then the journeys, then the edges' order); a label
 * with no room is not drawn, and what it says stays in the line's tooltip: its accessible name, or its
 * text. Pure: new edge objects.
 */
export function placeEdgeLabels<E extends LabelledEdge>(
  edges: readonly E[],
  layout: PathwayLayout,
  measure: TextMeasure,
  options: {
    readonly textOf: (e: E) => string | undefined;
    readonly rankOf: (e: E) => number;
    readonly iconOf?: ((e: E) => number) | undefined;
    readonly avoid?: readonly Rect[] | undefined;
    readonly scale?: number | undefined;
  },
): E[] {
  const scale = options.scale ?? 1;
  const texts = new Map<string, string>();
  const specs: (LabelSpec & { rank: number; journeys: number; order: number })[] = [];
  edges.forEach((e, order) => {
    const text = options.textOf(e);
    if (!text) return;
    texts.set(e.id, text);
    specs.push({
      id: e.id,
      edge: e.id,
      ...labelSize(text, measure, scale, options.iconOf?.(e) ?? 0),
      rank: options.rankOf(e),
      journeys: e.data?.overlay?.journeys ?? 0,
      order,
    });
  });
  specs.sort((a, b) => a.rank - b.rank || b.journeys - a.journeys || a.order - b.order);
  const placed = placeLabels(layout, specs, { avoid: options.avoid ?? [] });
  return edges.map((e): E => {
    if (!e.data) return e;
    const text = texts.get(e.id);
    const box = placed.get(e.id);
    return {
      ...e,
      data: { ...e.data, labelText: box ? text : undefined, labelBox: box, tooltip: e.ariaLabel ?? text },
    };
  });
}

/**
 * The map's labels (`edgeLabelText`, ranked by `rank`), clear of the step badges of a highlighted route.
 */
export function placeMapLabels<E extends PathwayFlowEdge>(
  flow: { nodes: PathwayFlowNode[]; edges: E[] },
  layout: PathwayLayout,
  measure: TextMeasure,
  options: { readonly avoid?: readonly Rect[]; readonly scale?: number } = {},
): { nodes: PathwayFlowNode[]; edges: E[] } {
  const edges = placeEdgeLabels(flow.edges, layout, measure, {
    textOf: edgeLabelText,
    rankOf: rank,
    iconOf: (e) => (e.type === 'move' && e.data?.kind === 'off' ? OFF_ICON : 0),
    avoid: [...badgeRects(flow.nodes, layout, measure), ...(options.avoid ?? [])],
    scale: options.scale,
  });
  return { nodes: flow.nodes, edges };
}
