import type { EdgeMarker } from '@xyflow/react';
import type { PathwayLayout } from '../../core/layout/layoutTypes.ts';
import { activityWords } from '../../core/trainer/activityWords.ts';
import type { PlayerScene, SceneMove } from '../../core/trainer/playerScene.ts';
import type { PathwayFlow, RouteFlowEdge } from '../map/flowTypes.ts';
import { edgeHandles } from '../map/pathwayToFlow.ts';
import type {
  TrainerEdgeKind,
  TrainerFlowEdge,
  TrainerFlowNode,
  TrainerNodeKind,
} from './trainerFlowTypes.ts';

/** Colours of the kinds of edge; the CSS uses the same (trainer.css), the arrowheads need them here. */
export const edgeColours: Readonly<Record<TrainerEdgeKind, string>> = {
  idle: '#b4bac3',
  travelled: '#0b57d0',
  last: '#0b1f3a',
  could: '#4a5360',
  off: '#a04400',
  hypothetical: '#6a1b9a',
};

/** Kinds of edge from faded to emphasised: later ones are drawn on top, and labelled first. */
export const drawOrder: readonly TrainerEdgeKind[] = [
  'idle',
  'travelled',
  'could',
  'off',
  'last',
  'hypothetical',
];

const marker = (kind: TrainerEdgeKind): EdgeMarker => ({
  type: 'arrowclosed',
  width: kind === 'idle' ? 14 : 9,
  height: kind === 'idle' ? 14 : 9,
  color: edgeColours[kind],
});

const noun = (m: Pick<SceneMove, 'activity'>) => activityWords[m.activity].noun;

/** The route edge a move runs along: same ends, and the route's activity absent or equal. */
function routeEdgeFor(
  edges: readonly RouteFlowEdge[],
  m: Pick<SceneMove, 'from' | 'to' | 'activity'>,
): RouteFlowEdge | undefined {
  return edges.find(
    (e) =>
      e.source === m.from &&
      e.target === m.to &&
      (e.data?.activity === undefined || e.data.activity === m.activity),
  );
}

const offId = (i: number) => `trainer-off-${String(i)}`;
const whatIfId = (i: number) => `trainer-whatif-${String(i)}`;

/**
 * The lines a moment of the player adds to the pathway's routes, for the layout: the real case's moves
 * off the pathway, and the what-if moves, each of these on a line of its own beside the route (group
 * `whatif`), so the real path stays visible under a hypothetical one.
 */
export function sceneSpecs(
  flow: Pick<PathwayFlow, 'edges'>,
  scene: PlayerScene,
): { id: string; from: string; to: string; group?: string }[] {
  const specs: { id: string; from: string; to: string; group?: string }[] = [];
  scene.realMoves.forEach((m, i) => {
    if (!m.onPathway || !routeEdgeFor(flow.edges, m)) specs.push({ id: offId(i), from: m.from, to: m.to });
  });
  scene.hypothetical.forEach((m, i) =>
    specs.push({ id: whatIfId(i), from: m.from, to: m.to, group: 'whatif' }),
  );
  return specs;
}

const nodeSuffix: Readonly<Record<TrainerNodeKind, string>> = {
  current: ' — the case is here now',
  'whatif-current': ' — hypothetical: here now',
  real: ' — where the real case is',
  'whatif-path': ' — on the hypothetical path',
  could: ' — the pathway allows a move here next',
  visited: ' — visited earlier in the case',
  idle: '',
};

const nodeBadge: Partial<Record<TrainerNodeKind, string>> = {
  current: 'Now',
  'whatif-current': 'What if: here',
  real: 'Real case',
};

/**
 * Decorates the pathway's flow (`pathwayToFlow`) with one moment of the case player: the service the
 * case is at, the move just made, the real path so far, the routes the machine allows from here
 * ("could go", dashed grey with words), off-pathway moves, and a what-if branch drawn beside the real
 * path in dashed purple marked "Hypothetical". Pure: the same flow and scene give the same output.
 */
export function playerToFlow(
  flow: Pick<PathwayFlow, 'nodes' | 'edges'>,
  scene: PlayerScene,
  layout: PathwayLayout,
): { nodes: TrainerFlowNode[]; edges: TrainerFlowEdge[] } {
  const inWhatIf = scene.hypothetical.length > 0;
  const visited = new Set<string>();
  for (const m of scene.realMoves) {
    visited.add(m.from);
    visited.add(m.to);
  }
  if (!inWhatIf && scene.current !== undefined) visited.add(scene.current);
  if (inWhatIf && scene.realAt !== undefined) visited.add(scene.realAt);
  const hypoPath = new Set(scene.hypothetical.flatMap((m) => [m.from, m.to]));
  // A "could go" service carries the words on itself: six labels fanning out of one service would pile up.
  const couldBadge = new Map<string, string>();
  for (const m of scene.couldGo) {
    const text = m.activityRequired ? noun(m) : 'any contact';
    const was = couldBadge.get(m.to);
    couldBadge.set(m.to, was ? `${was}, ${text}` : text);
  }

  const kindOf = (id: string): TrainerNodeKind => {
    if (id === scene.current) return inWhatIf ? 'whatif-current' : 'current';
    if (inWhatIf && id === scene.realAt) return 'real';
    if (hypoPath.has(id)) return 'whatif-path';
    if (couldBadge.has(id)) return 'could';
    if (visited.has(id)) return 'visited';
    return 'idle';
  };

  // The case's missed points, on their services: those already shown, and (outlined) those to come.
  const missedAt = new Map<string, { steps: number[]; reached: boolean }>();
  for (const m of scene.missed) {
    const at = missedAt.get(m.service) ?? { steps: [], reached: false };
    at.steps.push(m.step);
    at.reached ||= m.reached;
    missedAt.set(m.service, at);
  }
  const missedNote = (id: string) => {
    const at = missedAt.get(id);
    if (!at) return undefined;
    const steps = at.steps.length === 1 ? `step ${String(at.steps[0])}` : `steps ${at.steps.join(', ')}`;
    return `Missed at ${steps}`;
  };

  const nodes = flow.nodes.map((n): TrainerFlowNode => {
    if (n.type !== 'service') return n;
    const kind = kindOf(n.id);
    const note = missedNote(n.id);
    return {
      ...n,
      focusable: false,
      selectable: false,
      ariaRole: 'group',
      ariaLabel: `${n.ariaLabel ?? n.data.label}${nodeSuffix[kind]}${note ? ` — the case's missed early-intervention point: ${note.toLowerCase()}` : ''}`,
      selected: kind === 'current' || kind === 'whatif-current',
      className: `trainer-node trainer-node--${kind}`,
      data: {
        ...n.data,
        trainerKind: kind,
        badge: kind === 'could' ? `Could go: ${couldBadge.get(n.id) ?? ''}` : nodeBadge[kind],
        dimmed: kind === 'idle' && !note,
        related: false,
        missedNote: note,
      },
    };
  });

  // Each route edge gets the strongest kind any move gives it.
  const rank = (k: TrainerEdgeKind) => drawOrder.indexOf(k);
  const edgeKind = new Map<string, { kind: TrainerEdgeKind; tag?: string | undefined }>();
  const mark = (id: string, kind: TrainerEdgeKind, tag?: string) => {
    const was = edgeKind.get(id);
    if (!was || rank(kind) >= rank(was.kind)) edgeKind.set(id, { kind, tag });
  };
  const extra: TrainerFlowEdge[] = [];
  const addExtra = (id: string, m: SceneMove, kind: TrainerEdgeKind, tag: string | undefined) => {
    const line = layout.edges.get(id);
    if (!line) return;
    extra.push({
      id,
      type: 'trainer',
      source: m.from,
      target: m.to,
      ...edgeHandles(line),
      markerEnd: marker(kind),
      className: `trainer-edge trainer-edge--${kind}`,
      domAttributes: { 'aria-hidden': true },
      focusable: false,
      selectable: false,
      zIndex: 1,
      data: {
        from: m.from as never,
        to: m.to as never,
        activity: m.activity,
        path: line.path,
        kind,
        tag,
        showLabel: tag !== undefined,
      },
    });
  };

  const lastReal = inWhatIf ? undefined : scene.lastMove;
  scene.realMoves.forEach((m, i) => {
    const isLast = lastReal !== undefined && i === scene.realMoves.length - 1;
    const route = m.onPathway ? routeEdgeFor(flow.edges, m) : undefined;
    if (route) mark(route.id, isLast ? 'last' : 'travelled', isLast ? 'Just now' : undefined);
    else addExtra(offId(i), m, isLast ? 'last' : 'off', isLast ? 'Just now (off pathway)' : 'Off pathway');
  });
  for (const m of scene.couldGo) {
    if (scene.current === undefined) break;
    const route = routeEdgeFor(flow.edges, { from: scene.current, to: m.to, activity: m.activity });
    if (route) mark(route.id, 'could');
  }
  scene.hypothetical.forEach((m, i) => {
    addExtra(whatIfId(i), m, 'hypothetical', `Hypothetical ${String(i + 1)}`);
  });

  const edges: TrainerFlowEdge[] = flow.edges.map((e): TrainerFlowEdge => {
    const k = edgeKind.get(e.id) ?? { kind: 'idle' as const };
    return {
      id: e.id,
      type: 'trainer',
      source: e.source,
      target: e.target,
      sourceHandle: e.sourceHandle ?? null,
      targetHandle: e.targetHandle ?? null,
      domAttributes: { 'aria-hidden': true },
      focusable: false,
      selectable: false,
      markerEnd: marker(k.kind),
      className: `trainer-edge trainer-edge--${k.kind}`,
      data: {
        from: e.source as never,
        to: e.target as never,
        activity: e.data?.activity,
        routeLabel: e.data?.routeLabel,
        path: e.data?.path ?? '',
        kind: k.kind,
        tag: k.tag,
        showLabel: k.tag !== undefined,
      },
    };
  });
  const all = [...edges, ...extra];
  // Later edges are drawn on top: the faded routes first, the hypothetical path last.
  all.sort((a, b) => rank(a.data?.kind ?? 'idle') - rank(b.data?.kind ?? 'idle'));
  return { nodes, edges: all };
}
