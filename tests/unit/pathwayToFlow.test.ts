import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pathway, ServiceId } from '../../src/core/pathway/types.ts';
import type { LaneFlowNode, PathwayFlow, ServiceFlowNode } from '../../src/ui/map/flowTypes.ts';
import { handles } from '../../src/ui/map/handles.ts';
import { laneNodeId } from '../../src/ui/map/pathwayToFlow.ts';
import { flowOf } from './ui/mapFlow.ts';
import { readPathway } from './helpers.ts';
import { arbitraryPathway } from './pathwayArbitrary.ts';

interface Rect {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

const services = (flow: PathwayFlow) => flow.nodes.filter((n): n is ServiceFlowNode => n.type === 'service');
const lanes = (flow: PathwayFlow) => flow.nodes.filter((n): n is LaneFlowNode => n.type === 'lane');

/** Service nodes in flow coordinates (their positions are relative to their lane). */
function absoluteRects(flow: PathwayFlow): Rect[] {
  const laneById = new Map(lanes(flow).map((l) => [l.id, l]));
  return services(flow).map((n) => {
    const lane = laneById.get(n.parentId ?? '');
    return {
      id: n.id,
      x: (lane?.position.x ?? NaN) + n.position.x,
      y: (lane?.position.y ?? NaN) + n.position.y,
      w: n.width ?? NaN,
      h: n.height ?? NaN,
    };
  });
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The invariants every pathway's map must keep. */
function checkFlow(pathway: Pathway, flow: PathwayFlow) {
  // One lane per level, in the pathway's order, left to right, not overlapping.
  const laneNodes = lanes(flow);
  expect(laneNodes.map((l) => l.id)).toEqual(pathway.levels.map((l) => laneNodeId(l.id)));
  laneNodes.forEach((lane, i) => {
    const next = laneNodes[i + 1];
    if (next) expect(lane.position.x + (lane.width ?? 0)).toBeLessThan(next.position.x);
  });

  // Every service is one node, inside its level's lane.
  const serviceNodes = services(flow);
  expect(serviceNodes.map((n) => n.id).sort()).toEqual(pathway.services.map((s) => s.id).sort());
  const laneById = new Map(laneNodes.map((l) => [l.id, l]));
  for (const s of pathway.services) {
    const node = serviceNodes.find((n) => n.id === s.id);
    expect(node?.parentId).toBe(laneNodeId(s.level));
    expect(node?.extent).toBe('parent');
    const lane = laneById.get(node?.parentId ?? '');
    if (!node || !lane) throw new Error(`no node or lane for ${s.id}`);
    expect(node.position.x).toBeGreaterThanOrEqual(0);
    expect(node.position.y).toBeGreaterThan(0);
    expect(node.position.x + (node.width ?? Infinity)).toBeLessThanOrEqual(lane.width ?? 0);
    expect(node.position.y + (node.height ?? Infinity)).toBeLessThanOrEqual(lane.height ?? 0);
  }
  // A parent comes before its children (React Flow's expectation, and the Tab order).
  const index = new Map(flow.nodes.map((n, i) => [n.id, i]));
  for (const n of serviceNodes) expect(index.get(n.parentId ?? '')).toBeLessThan(index.get(n.id) ?? -1);

  // No two services overlap.
  const rects = absoluteRects(flow);
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i];
      const b = rects[j];
      if (a && b && overlap(a, b)) throw new Error(`${a.id} overlaps ${b.id}`);
    }
  }

  // Every route between two services is one edge, labelled with its activity, on real handles.
  const moves = pathway.routes.filter((r) => r.from !== r.to);
  expect(flow.edges).toHaveLength(moves.length);
  expect(new Set(flow.edges.map((e) => e.id)).size).toBe(flow.edges.length);
  const handleIds = new Set<string>(Object.values(handles).map((h) => h.id));
  moves.forEach((r, i) => {
    const e = flow.edges[i];
    expect(e?.source).toBe(r.from);
    expect(e?.target).toBe(r.to);
    expect(e?.type).toBe('route');
    expect(e?.label).toBe(r.activity?.replace(/_/g, ' '));
    expect(handleIds.has(e?.sourceHandle ?? '')).toBe(true);
    expect(handleIds.has(e?.targetHandle ?? '')).toBe(true);
  });
}

describe('pathwayToFlow', () => {
  const fixtures = [
    'tests/fixtures/pathways/minimal.json',
    'tests/fixtures/pathways/rule.json',
    'pathway-data/coventry/pathway.json',
  ];
  for (const file of fixtures) {
    it(`draws every service in its lane and every route as an edge: ${file}`, () => {
      const pathway = readPathway(file);
      checkFlow(pathway, flowOf(pathway));
    });
  }

  it('is deterministic', () => {
    const pathway = readPathway('pathway-data/coventry/pathway.json');
    expect(flowOf(pathway)).toEqual(flowOf(pathway));
  });

  it('names each service node with its label, lane and key tags', () => {
    const flow = flowOf(readPathway('tests/fixtures/pathways/minimal.json'));
    const byId = new Map(services(flow).map((n) => [n.id, n]));
    expect(byId.get('school')?.ariaLabel).toBe('School — Universal — early intervention');
    expect(byId.get('ed')?.ariaLabel).toBe('Emergency department — Crisis — crisis');
    expect(byId.get('school')?.data).toMatchObject({
      earlyIntervention: true,
      crisis: false,
      levelLabel: 'Universal',
    });
  });

  it('places services by their column hint, so equal hints line up across lanes', () => {
    const pathway = readPathway('pathway-data/coventry/pathway.json');
    const flow = flowOf(pathway);
    const y = new Map(services(flow).map((n) => [n.id, n.position.y]));
    const withHint = pathway.services.filter((s) => s.column !== undefined);
    for (const a of withHint) {
      for (const b of withHint) {
        if (a.column === b.column) expect(y.get(a.id)).toBe(y.get(b.id));
        if ((a.column ?? 0) < (b.column ?? 0) && a.level === b.level)
          expect(y.get(a.id)).toBeLessThan(y.get(b.id) ?? 0);
      }
    }
  });

  it('gives two services with the same hint different rows', () => {
    const base = readPathway('tests/fixtures/pathways/minimal.json');
    const pathway: Pathway = { ...base, services: base.services.map((s) => ({ ...s, column: 0 })) };
    checkFlow(pathway, flowOf(pathway));
  });

  it('labels activities with spaces and leaves routes without one unlabelled', () => {
    const base = readPathway('tests/fixtures/pathways/minimal.json');
    const pathway: Pathway = {
      ...base,
      routes: [
        { from: 'school' as ServiceId, to: 'gp' as ServiceId, activity: 'did_not_attend' },
        { from: 'gp' as ServiceId, to: 'ed' as ServiceId },
      ],
    };
    const [a, b] = flowOf(pathway).edges;
    expect(a?.label).toBe('did not attend');
    expect(b?.label).toBeUndefined();
    expect(a?.ariaLabel).toBe('Route from School to GP, did not attend');
  });

  it('keeps its invariants for any pathway (property)', () => {
    fc.assert(
      fc.property(arbitraryPathway, (pathway) => {
        checkFlow(pathway, flowOf(pathway));
      }),
      { seed: 20220901, numRuns: 200 },
    );
  });
});
