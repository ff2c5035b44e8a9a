import { describe, expect, it } from 'vitest';
import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import { summariseAnalysis } from '../../../src/core/analysis/summariseAnalysis.ts';
import { importCohort } from '../../../src/core/cohort/importCohort.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import type { MoveFlowEdge, RouteFlowEdge, ServiceFlowNode } from '../../../src/ui/map/flowTypes.ts';
import { foldRoute, highlightPath } from '../../../src/ui/map/highlightPath.ts';
import { moveWidth, moveWidthScale, overlayStats, overlayToFlow } from '../../../src/ui/map/overlayToFlow.ts';
import { pathwayToFlow } from '../../../src/ui/map/pathwayToFlow.ts';
import { mapLayoutOf } from './mapFlow.ts';
import { readFileSync } from 'node:fs';
import { readPathway, root } from '../helpers.ts';

const pathway = readPathway('pathway-data/coventry/pathway.json');
const imported = importCohort(
  'cohort.csv',
  readFileSync(`${root}pathway-data/coventry/cohort.csv`, 'utf8'),
  pathway,
);
if (!imported.ok) throw new Error('shipped cohort refused');
const cohort = imported.value;
const summary = summariseAnalysis(
  cohort,
  pathway,
  analyseCohort(cohort, pathway, loadPathway(pathway).table, DEFAULT_PARAMETERS),
);
const layout = mapLayoutOf(pathway, { summary });
const flow = pathwayToFlow(pathway, layout);

const service = (nodes: readonly { id: string; type: string }[], id: string) =>
  nodes.find((n): n is ServiceFlowNode => n.type === 'service' && n.id === id);

describe('overlayToFlow', () => {
  const overlaid = overlayToFlow(flow, pathway, summary, { mode: 'frequency' }, layout);

  it('gives each service its journeys and missed points, in data and in its accessible name', () => {
    const school = service(overlaid.nodes, 'school');
    expect(school?.data.overlay).toMatchObject({ journeys: 7, missed: 11 });
    expect(school?.ariaLabel).toMatch(/7 journeys, 11 missed early-intervention points$/);
    expect(service(overlaid.nodes, 'gp')?.data.overlay?.missed).toBe(3);
    expect(service(overlaid.nodes, 'ward14')?.data.overlay).toMatchObject({ journeys: 9, missed: 0 });
    const al = service(overlaid.nodes, 'acute_liaison');
    expect(al?.data.overlay?.target).toMatchObject({ hours: 48, referrals: 10, withinTarget: 9 });
  });

  it('widens routes by journeys (square root), draws unused routes faintly, adds off-pathway moves', () => {
    const routes = overlaid.edges.filter((e): e is RouteFlowEdge => e.type === 'route');
    expect(routes).toHaveLength(flow.edges.length);
    const edAl = routes.find((e) => e.source === 'ed' && e.target === 'acute_liaison');
    expect(edAl?.data?.overlay).toMatchObject({ kind: 'observed', journeys: 8, label: '8' });
    expect(edAl?.data?.overlay?.width).toBeCloseTo(moveWidth.max, 5);
    const unused = routes.filter((e) => e.data?.overlay?.kind === 'unused');
    expect(unused.length).toBeGreaterThan(0);
    expect(
      unused.every(
        (e) => e.data?.overlay?.width === moveWidth.unused && e.className?.includes('route--unused'),
      ),
    ).toBe(true);
    const off = overlaid.edges.filter((e): e is MoveFlowEdge => e.type === 'move');
    expect(off.map((e) => `${e.source}>${e.target}`).sort()).toEqual([
      'neurodevelopmental>school',
      'school>ed',
      'vcs>police',
    ]);
    expect(
      off.every((e) => e.data?.overlay?.label === 'off pathway · 1' && e.className?.includes('move--off')),
    ).toBe(true);
    expect(overlaid.hiddenOffPathway).toBe(0);
    expect(overlayStats(summary)).toEqual({ maxJourneys: 8, hiddenOffPathway: 0 });
  });

  it('labels median days in the time view', () => {
    const timed = overlayToFlow(flow, pathway, summary, { mode: 'time' }, layout);
    const edAl = timed.edges.find((e) => e.source === 'ed' && e.target === 'acute_liaison');
    expect(edAl?.data?.overlay?.label).toBe('0 d');
    expect(service(timed.nodes, 'neurodevelopmental')?.data.overlay?.waitDays).toBe(532);
  });

  it('draws only the busiest off-pathway moves', () => {
    const capped = overlayToFlow(flow, pathway, summary, { mode: 'frequency', maxOffPathway: 1 }, layout);
    expect(capped.edges.filter((e) => e.type === 'move')).toHaveLength(1);
    expect(capped.hiddenOffPathway).toBe(2);
  });

  it('does not change its input, and the width scale grows with the square root', () => {
    const before = JSON.stringify(flow);
    overlayToFlow(flow, pathway, summary, { mode: 'time' }, layout);
    expect(JSON.stringify(flow)).toBe(before);
    const w = moveWidthScale(100);
    expect(w(0)).toBe(moveWidth.unused);
    expect(w(1)).toBe(moveWidth.min);
    expect(w(100)).toBe(moveWidth.max);
    expect(w(25)).toBeCloseTo(moveWidth.max / 2, 5);
  });
});

describe('highlightPath', () => {
  it('numbers the steps of a route in order and fades the rest', () => {
    const overlaid = overlayToFlow(flow, pathway, summary, { mode: 'frequency' }, layout);
    const route = ['school', 'school', 'gp', 'ed', 'gp', 'rise_community'];
    const { nodes, edges } = highlightPath(overlaid, route, mapLayoutOf(pathway, { summary, route }));
    expect(service(nodes, 'school')?.data.steps).toEqual([1]);
    expect(service(nodes, 'gp')?.data.steps).toEqual([2, 4]);
    expect(service(nodes, 'ward14')?.data.dimmed).toBe(true);
    const steps = edges.filter((e): e is MoveFlowEdge => e.type === 'move' && e.data?.kind === 'step');
    expect(steps.map((e) => `${e.source}>${e.target}:${e.data?.label ?? ''}`)).toEqual([
      'school>gp:2',
      'gp>ed:3',
      'ed>gp:4',
      'gp>rise_community:5',
    ]);
    expect(edges.filter((e) => e.type === 'route').every((e) => e.className?.includes('route--faded'))).toBe(
      true,
    );
  });

  it('folds repeats and leaves the flow alone for an empty or unknown route', () => {
    expect(foldRoute(['a', 'a', 'b', 'a'])).toEqual(['a', 'b', 'a']);
    const base = { nodes: flow.nodes, edges: flow.edges };
    expect(highlightPath(base, [], layout)).toBe(base);
    expect(highlightPath(base, ['nowhere'], layout)).toBe(base);
  });
});
