import { describe, expect, it } from 'vitest';
import { serviceOfValue } from '../../../src/core/pathway/buildPathwayMachine.ts';
import { allowedMoves } from '../../../src/core/trainer/allowedMoves.ts';
import { pathwaySnapshotAt } from '../../../src/core/trainer/pathwaySnapshotAt.ts';
import type { WhatIf } from '../../../src/core/trainer/playerMachine.ts';
import { playerScene } from '../../../src/core/trainer/playerScene.ts';
import { pathwayToFlow } from '../../../src/ui/map/pathwayToFlow.ts';
import { playerToFlow, sceneSpecs } from '../../../src/ui/trainer/playerToFlow.ts';
import { flowOf, mapLayoutOf } from '../ui/mapFlow.ts';
import type { TrainerFlowEdge, TrainerServiceFlowNode } from '../../../src/ui/trainer/trainerFlowTypes.ts';
import { caseById, loaded, pathway } from './coventry.ts';

const flow = flowOf(pathway);

function at(id: string, index: number, whatIf: WhatIf | null = null) {
  const kase = caseById(id);
  let snapshot = pathwaySnapshotAt(loaded.machine, kase.steps, whatIf ? whatIf.fromIndex : index);
  for (const m of whatIf?.moves ?? []) {
    const next = pathwaySnapshotAt(loaded.machine, [{ service: m.to, activity: m.activity }], 0);
    // Only the service matters to the pathway machine (it has no context).
    expect(snapshot.can({ type: `go.${m.to}.${m.activity}` })).toBe(true);
    snapshot = next;
  }
  const scene = playerScene(
    kase,
    index,
    whatIf,
    serviceOfValue(snapshot.value),
    allowedMoves(pathway, snapshot),
  );
  // As the trainer's map does: the scene's extra moves routed with the pathway's routes.
  const layout = mapLayoutOf(pathway, { extra: sceneSpecs(flow, scene) });
  return playerToFlow(pathwayToFlow(pathway, layout), scene, layout);
}

const service = (nodes: ReturnType<typeof at>['nodes'], id: string) =>
  nodes.find((n): n is TrainerServiceFlowNode => n.type === 'service' && n.id === id)!;
const kinds = (edges: TrainerFlowEdge[], kind: string) =>
  edges
    .filter((e) => e.data?.kind === kind)
    .map((e) => `${e.source}>${e.target}${e.data?.tag ? ` "${e.data.tag}"` : ''}`);

describe('playerToFlow', () => {
  it('marks where the case is, the move just made, the path so far and where it could go', () => {
    const { nodes, edges } = at('C01', 4); // the emergency department, after the crisis line
    expect(service(nodes, 'ed').data).toMatchObject({ trainerKind: 'current', badge: 'Now' });
    expect(service(nodes, 'ed').selected).toBe(true);
    expect(service(nodes, 'ed').ariaLabel).toBe(
      'Emergency department (UHCW) — Crisis — crisis — the case is here now',
    );
    expect(service(nodes, 'school').data.trainerKind).toBe('visited');
    expect(service(nodes, 'police').data).toMatchObject({ trainerKind: 'idle', dimmed: true });
    expect(kinds(edges, 'last')).toEqual(['crisis_line>ed "Just now"']);
    expect(kinds(edges, 'travelled')).toEqual(['school>crisis_line']);
    expect(kinds(edges, 'could').sort()).toEqual(['ed>acute_liaison', 'ed>gp', 'ed>ward14']);
    expect(service(nodes, 'acute_liaison').data.badge).toBe('Could go: referral');
    expect(service(nodes, 'gp').data.badge).toBe('Could go: any contact');
    // Emphasised edges are drawn last, on top of the faded ones.
    expect(edges.at(-1)?.data?.kind).toBe('last');
    expect(edges[0]?.data?.kind).toBe('idle');
  });

  it('draws an off-pathway move as an extra edge, in words', () => {
    const { edges } = at('C04', 2);
    expect(kinds(edges, 'last')).toEqual(['neurodevelopmental>school "Just now (off pathway)"']);
    const later = at('C04', 4).edges;
    expect(kinds(later, 'off')).toEqual(['neurodevelopmental>school "Off pathway"']);
  });

  it('draws a what-if branch beside the real path, marked hypothetical', () => {
    const whatIf: WhatIf = {
      fromIndex: 2,
      moves: [
        { from: 'school', to: 'mhst', activity: 'referral' },
        { from: 'mhst', to: 'rise_community', activity: 'referral' },
      ],
    };
    const { nodes, edges } = at('C01', 2, whatIf);
    expect(kinds(edges, 'hypothetical')).toEqual([
      'school>mhst "Hypothetical 1"',
      'mhst>rise_community "Hypothetical 2"',
    ]);
    // Each hypothetical move has a line of its own, beside the route it follows.
    const hypo = edges.filter((e) => e.data?.kind === 'hypothetical');
    const routes = edges.filter((e) => e.data?.kind !== 'hypothetical');
    for (const h of hypo) {
      const route = routes.find((e) => e.source === h.source && e.target === h.target);
      expect(route).toBeDefined();
      expect(h.data?.path).not.toBe(route?.data?.path);
    }
    expect(service(nodes, 'rise_community').data).toMatchObject({
      trainerKind: 'whatif-current',
      badge: 'What if: here',
    });
    expect(service(nodes, 'school').data).toMatchObject({ trainerKind: 'real', badge: 'Real case' });
    expect(service(nodes, 'mhst').data.trainerKind).toBe('whatif-path');
    // Could go from the hypothetical place, not the real one.
    expect(kinds(edges, 'could')).toContain('rise_community>crisis_line');
    expect(kinds(edges, 'last')).toEqual([]);
  });

  it('is pure: the same input gives the same output, and the map flow is not changed', () => {
    const before = JSON.stringify(flow);
    expect(JSON.stringify(at('C07', 8))).toBe(JSON.stringify(at('C07', 8)));
    expect(JSON.stringify(flow)).toBe(before);
  });
});
