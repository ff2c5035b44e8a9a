/**
 * The map's layout, measured: `pathwayLayout` (the app's engine: grid, channel routing, labels) beside
 * elkjs 0.12.1 (ELK's layered algorithm, which React Flow's examples use) configured as issue 13 asked
 * to try it: lanes as partitions, orthogonal routing, fixed port sides, the same box sizes, edge labels
 * sized and placed by ELK. For each: time per layout (median; the first, cold, run apart), the drawing's
 * size, how many columns a lane spreads over, and the zoom that fits it in the map area of a 1280×800
 * screen (870×575 px): the names' size on screen is 14 px times that zoom.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { readFileSync } from 'node:fs';
import { discoverPathway } from '../src/core/discover/discoverPathway.ts';
import { generateLogCsv } from '../src/core/generate/generateLogCsv.ts';
import { serviceBox } from '../src/core/layout/serviceBox.ts';
import { pathwayLayout } from '../src/core/layout/pathwayLayout.ts';
import type { Pathway } from '../src/core/pathway/types.ts';
import { parsePathway } from '../src/core/pathway/validatePathway.ts';
import { textWidth } from '../src/core/text/textMetrics.ts';
import { mapMetrics } from '../src/ui/map/mapMetrics.ts';
import { routeSpecs } from '../src/ui/map/pathwayToFlow.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fit = (w: number, h: number) => Math.min(870 / w, 575 / h);

interface ElkNode {
  id: string;
  x?: number;
  width?: number;
  height?: number;
}

async function elkLayout(
  pathway: Pathway,
  fixedPorts = true,
): Promise<{ width: number; height: number; nodes: ElkNode[] }> {
  const metrics = mapMetrics(textWidth);
  const lane = new Map(
    pathway.services.map((s) => [s.id as string, pathway.levels.findIndex((l) => l.id === s.level)]),
  );
  const graph = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.partitioning.activate': 'true',
      ...(fixedPorts ? { 'elk.portConstraints': 'FIXED_SIDE' } : {}),
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.spacing.nodeNode': '16',
      'elk.layered.spacing.nodeNodeBetweenLayers': '28',
      'elk.spacing.edgeEdge': '8',
      'elk.randomSeed': '1',
    },
    children: pathway.services.map((s) => {
      const box = serviceBox(s.label, metrics);
      return {
        id: s.id,
        width: box.width,
        height: box.height,
        layoutOptions: { 'elk.partitioning.partition': String(lane.get(s.id)) },
      };
    }),
    edges: routeSpecs(pathway).map((r) => ({
      id: r.id,
      sources: [r.from],
      targets: [r.to],
      labels: [{ id: `${r.id}:label`, text: '1,234', width: 44, height: 22 }],
    })),
  };
  const out = (await new ELK().layout(graph)) as { width?: number; height?: number; children?: ElkNode[] };
  return { width: out.width ?? 0, height: out.height ?? 0, nodes: out.children ?? [] };
}

function columnsPerLane(pathway: Pathway, x: (id: string) => number | undefined): string {
  return pathway.levels
    .map(
      (l) =>
        new Set(pathway.services.filter((s) => s.level === l.id).map((s) => Math.round(x(s.id) ?? 0))).size,
    )
    .join('/');
}

export async function layoutBenchmark(runs = 5): Promise<void> {
  const coventry = parsePathway(readFileSync('pathway-data/coventry/pathway.json', 'utf8'));
  if (!coventry.ok) throw new Error('Coventry pathway invalid');
  const log = generateLogCsv({ journeys: 2000, seed: 7 });
  const discovered = discoverPathway('forty-services.csv', log, {});
  if (!discovered.ok) throw new Error('discovery failed');
  const cases: [string, Pathway][] = [
    ['Coventry', coventry.value],
    ['40-service discovered draft', discovered.value.pathway],
  ];
  console.log('\nMap layout (names 14 px; zoom to fit the 870×575 map area of a 1280×800 screen)');
  for (const [name, pathway] of cases) {
    const specs = routeSpecs(pathway);
    const metrics = mapMetrics(textWidth);
    const ours: number[] = [];
    let layout = pathwayLayout(pathway, specs, metrics);
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      layout = pathwayLayout(pathway, specs, metrics);
      ours.push(performance.now() - t);
    }
    console.log(
      `  ${name} (${String(pathway.services.length)} services, ${String(specs.length)} routes)\n` +
        `    pathwayLayout: ${median(ours).toFixed(1)} ms, ${Math.round(layout.width)}×${Math.round(layout.height)}, ` +
        `columns per lane ${columnsPerLane(pathway, (id) => layout.boxes.get(id)?.x)}, zoom ${fit(layout.width, layout.height).toFixed(2)}`,
    );
    for (const fixedPorts of [true, false]) {
      const label = `elkjs layered${fixedPorts ? '' : ', free ports'}`;
      try {
        const elkTimes: number[] = [];
        let elk = await elkLayout(pathway, fixedPorts);
        for (let i = 0; i < runs; i++) {
          const t = performance.now();
          elk = await elkLayout(pathway, fixedPorts);
          elkTimes.push(performance.now() - t);
        }
        const where = new Map(elk.nodes.map((n) => [n.id, n.x]));
        console.log(
          `    ${label}: ${median(elkTimes).toFixed(0)} ms, ${Math.round(elk.width)}×${Math.round(elk.height)}, ` +
            `columns per lane ${columnsPerLane(pathway, (id) => where.get(id))}, zoom ${fit(elk.width, elk.height).toFixed(2)}`,
        );
      } catch (e) {
        console.log(`    ${label}: failed (${e instanceof Error ? e.message : String(e)})`);
      }
    }
  }
}
