import type { EdgeMarker } from '@xyflow/react';
import { DIFFERENCE_FILL, DIFFERENCE_INK, DIFFERENCE_LINE } from '../../core/compare/differenceScale.ts';
import type { Change, MapDifference, MoveChange } from '../../core/compare/mapDifferences.ts';
import type { Pathway, ServiceId } from '../../core/pathway/types.ts';
import type {
  MoveFlowEdge,
  MoveOverlay,
  PathwayFlow,
  PathwayFlowEdge,
  PathwayFlowNode,
} from './flowTypes.ts';
import type { PathwayLayout } from '../../core/layout/layoutTypes.ts';
import { offEdgeId } from './overlayToFlow.ts';
import { edgeHandles } from './pathwayToFlow.ts';
import { changeShort, changeWords } from './changeWords.ts';

/** Off-pathway moves drawn on the difference map: those whose share changed most. */
export const MAX_OFF_PATHWAY_CHANGES = 6;
/** Lines labelled with their change: the largest findings (every change is in the table). */
export const MAX_CHANGE_LABELS = 12;

/** Width of a line by the size of its change (percentage points), as the legend shows it. */
export function changeWidth(c: Change): number {
  if (c.state !== 'finding' || !c.change) return 1.5;
  return Math.min(12, 2 + Math.sqrt(Math.abs(c.change.value)) * 1.1);
}

/** The colour and dash of a changed line: sign by colour and by dash (fewer is dashed), never colour alone. */
export function changeStroke(c: Change): { colour: string; dashed: boolean } {
  if (c.state !== 'finding' || !c.change || c.class === 0)
    return { colour: DIFFERENCE_LINE.neutral, dashed: false };
  return c.change.value < 0
    ? { colour: DIFFERENCE_LINE.fewer, dashed: true }
    : { colour: DIFFERENCE_LINE.more, dashed: false };
}

function marker(colour: string, width: number): EdgeMarker {
  const size = Math.min(24, Math.max(12, Math.round((width * 1.7 + 6) / 4) * 4));
  return { type: 'arrowclosed', color: colour, width: size, height: size, markerUnits: 'userSpaceOnUse' };
}

function moveOverlay(m: MoveChange | undefined, labelled: boolean, off: boolean): MoveOverlay {
  if (!m) return { kind: 'unused', journeys: 0, count: 0, medianDays: null, width: 1.25 };
  const c = m.journeys;
  const { colour, dashed } = changeStroke(c);
  const text = c.state === 'finding' ? changeShort(c, 'points') : undefined;
  return {
    kind: off ? 'off' : 'observed',
    journeys: 0,
    count: 0,
    medianDays: null,
    width: changeWidth(c),
    label: labelled ? (off ? `off pathway${text ? ` · ${text}` : ''}` : text) : undefined,
    colour,
    dashed,
  };
}

const pairKey = (from: string, to: string) => `${from}>${to}`;

/** The changes off the pathway the difference map draws: findings only, the largest first. */
export function drawnOffChanges(diff: MapDifference): MoveChange[] {
  const size = (c: Change) => (c.state === 'finding' && c.change ? Math.abs(c.change.value) : -1);
  return diff.moves
    .filter((m) => !m.onPathway && m.from !== m.to && m.journeys.state === 'finding')
    .sort((a, b) => size(b.journeys) - size(a.journeys))
    .slice(0, MAX_OFF_PATHWAY_CHANGES);
}

/**
 * Lays a difference over the pathway's map (one map, not two): each service's box is filled by the
 * change in the share of journeys that reached it, with the change (and, at early-intervention services,
 * the change in missed points per 100 journeys) written in the box; each move is drawn by the change in
 * the share of journeys that made it (width by size, colour and dash by sign). A change that is not a
 * finding, or that disclosure control hides, is drawn neutral and says so. Pure.
 */
export function differenceToFlow(
  flow: Pick<PathwayFlow, 'nodes' | 'edges'>,
  pathway: Pathway,
  diff: MapDifference,
  layout: PathwayLayout,
): { nodes: PathwayFlowNode[]; edges: PathwayFlowEdge[] } {
  const services = new Map(diff.services.map((s) => [s.id, s]));
  // Routes carry the moves on the pathway; the largest changes off it are drawn as arcs of their own.
  const onPathway = diff.moves.filter((m) => m.onPathway);
  const moves = new Map(onPathway.map((m) => [pairKey(m.from, m.to), m]));
  const labels = new Map(pathway.services.map((s) => [s.id as string, s.label]));
  const size = (c: Change) => (c.state === 'finding' && c.change ? Math.abs(c.change.value) : -1);
  const labelled = new Set(
    onPathway
      .filter((m) => m.journeys.state === 'finding' && m.journeys.class !== 0)
      .sort((a, b) => size(b.journeys) - size(a.journeys))
      .slice(0, MAX_CHANGE_LABELS)
      .map((m) => pairKey(m.from, m.to)),
  );

  const nodes = flow.nodes.map((n): PathwayFlowNode => {
    if (n.type !== 'service') return n;
    const s = services.get(n.id);
    if (!s) return n;
    const c = s.journeys;
    const parts = [`share of journeys that reached it: ${changeWords(c, 'points')}`];
    if (s.missed) parts.push(`missed early-intervention points: ${changeWords(s.missed, 'per100')}`);
    return {
      ...n,
      ariaLabel: `${n.data.label}: ${parts.join('; ')}`,
      data: {
        ...n.data,
        overlay: undefined,
        difference: {
          fill: DIFFERENCE_FILL[c.class],
          ink: DIFFERENCE_INK[c.class],
          journeys: changeShort(c, 'points'),
          missed: s.missed ? changeShort(s.missed, 'per100') : undefined,
          title: parts.join('\n'),
        },
      },
    };
  });

  const seen = new Set<string>();
  const edges: PathwayFlowEdge[] = flow.edges.map((e): PathwayFlowEdge => {
    const key = pairKey(e.source, e.target);
    const m = seen.has(key) ? undefined : moves.get(key);
    seen.add(key);
    const overlay = moveOverlay(m, labelled.has(key), false);
    const from = labels.get(e.source) ?? e.source;
    const to = labels.get(e.target) ?? e.target;
    return {
      ...e,
      className: m ? 'route route--observed route--change' : 'route route--unused',
      ariaLabel: m
        ? `Move from ${from} to ${to}: share of journeys ${changeWords(m.journeys, 'points')}`
        : `${e.ariaLabel ?? ''}: no journeys in either group`,
      markerEnd: marker(overlay.colour ?? DIFFERENCE_LINE.neutral, overlay.width),
      data: e.data ? { ...e.data, overlay } : e.data,
    };
  });

  for (const m of drawnOffChanges(diff)) {
    const id = offEdgeId(m.from, m.to);
    const line = layout.edges.get(id);
    if (!line) continue;
    const overlay = moveOverlay(m, true, true);
    const edge: MoveFlowEdge = {
      id,
      type: 'move',
      source: m.from,
      target: m.to,
      ...edgeHandles(line),
      className: 'move move--off move--change',
      markerEnd: marker(overlay.colour ?? DIFFERENCE_LINE.neutral, overlay.width),
      ariaLabel: `Off-pathway move from ${labels.get(m.from) ?? m.from} to ${labels.get(m.to) ?? m.to}: share of journeys ${changeWords(m.journeys, 'points')}`,
      data: {
        from: m.from as ServiceId,
        to: m.to as ServiceId,
        kind: 'off',
        path: line.path,
        overlay,
      },
    };
    edges.push(edge);
  }
  return { nodes, edges };
}
