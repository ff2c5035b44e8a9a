import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JourneyDetail } from '../../../src/core/analysis/viewModel.ts';
import { fontSize } from '../../../src/core/figure/figureStyle.ts';
import { layoutMap } from '../../../src/core/figure/mapLayout.ts';
import type { PathwayLayout } from '../../../src/core/layout/layoutTypes.ts';
import { serviceSlots } from '../../../src/core/pathway/serviceSlots.ts';
import type { LevelId, Pathway } from '../../../src/core/pathway/types.ts';
import { timelineLanes } from '../../../src/ui/journeys/timelineModel.ts';
import { pathwayToFlow } from '../../../src/ui/map/pathwayToFlow.ts';
import { readPathway } from '../helpers.ts';
import { arbitraryPathway } from '../pathwayArbitrary.ts';
import { mapLayoutOf } from '../ui/mapFlow.ts';
import { coventry, crowdedPathway } from './figureFixtures.ts';

const fonts = {
  laneLabel: fontSize.laneLabel,
  laneNote: fontSize.laneNote,
  service: fontSize.service,
  count: fontSize.count,
  badge: fontSize.badge,
};
const rect = { x: 10, y: 40, width: 277, height: 400 };

/**
 * What "the same placement" means, independent of units: each service's lane, grid column and row,
 * the order of the boxes left to right and top to bottom, and each line's sides and number of turns.
 */
function placement(layout: PathwayLayout) {
  const boxes = [...layout.boxes.values()];
  const rank = (key: 'x' | 'y') => {
    const values = [...new Set(boxes.map((b) => Math.round(b[key] * 1000)))].sort((a, b) => a - b);
    return (v: number) => values.indexOf(Math.round(v * 1000));
  };
  const rx = rank('x');
  const ry = rank('y');
  return {
    services: Object.fromEntries(
      boxes.map((b) => [
        b.id,
        { lane: b.lane, column: b.column, row: b.row, xRank: rx(b.x), yRank: ry(b.y) },
      ]),
    ),
    lines: Object.fromEntries(
      [...new Set(layout.edges.values())].map((e) => [
        `${e.from}>${e.to}`,
        `${e.sourceSide}→${e.targetSide}, ${String(e.points.length - 2)} turns`,
      ]),
    ),
  };
}

const routeLines = (p: Pathway) =>
  p.routes
    .filter((r) => r.from !== r.to)
    .map((r) => ({ from: r.from, to: r.to, kind: 'on' as const, width: 0.5 }));

/** The app's map (as React Flow draws it: the nodes are at the layout's boxes) and the figure's. */
function both(p: Pathway) {
  const app = mapLayoutOf(p);
  const flow = pathwayToFlow(p, app);
  const lanes = new Map(flow.nodes.filter((n) => n.type === 'lane').map((n) => [n.id, n.position]));
  for (const n of flow.nodes) {
    if (n.type !== 'service') continue;
    const box = app.boxes.get(n.id);
    const lane = lanes.get(n.parentId ?? '');
    expect([(lane?.x ?? NaN) + n.position.x, (lane?.y ?? NaN) + n.position.y]).toEqual([box?.x, box?.y]);
  }
  return { app: placement(app), figure: placement(layoutMap(p, rect, fonts, routeLines(p)).layout) };
}

/** A pathway whose hints leave gaps and collide, with services without a hint among them. */
function hinted(): Pathway {
  const base = readPathway('tests/fixtures/pathways/minimal.json');
  const level = base.levels[0]?.id as LevelId;
  const columns = [3, undefined, 3, 0, undefined, 7];
  return {
    ...base,
    services: [
      ...base.services,
      ...columns.map((column, i) => ({
        id: `extra${String(i)}`,
        label: `Extra service ${String(i)}`,
        level,
        agency: 'Agency',
        tags: [],
        description: '',
        column,
      })),
    ] as Pathway['services'],
  };
}

describe('one placement for the map and the figure', () => {
  it.each([
    ['Coventry', coventry],
    ['a crowded pathway', crowdedPathway(13)],
    ['hints with gaps and collisions', hinted()],
  ])('the app map and the figure place every service and route every line alike: %s', (_, pathway) => {
    const { app, figure } = both(pathway);
    expect(figure).toEqual(app);
    expect(Object.keys(app.services)).toHaveLength(pathway.services.length);
  });

  it('is the placement stored for Coventry', () => {
    expect(both(coventry).app).toMatchSnapshot();
  });

  it('honours a hint as a position in the lane and fills the gaps', () => {
    const p = hinted();
    const { slots, laneColumns } = serviceSlots(p);
    const perColumn = Math.max(...[...slots.values()].filter((s) => s.lane === 0).map((s) => s.row)) + 1;
    const position = (id: string) => {
      const s = slots.get(id);
      return s ? (s.column - (laneColumns[0]?.first ?? 0)) * perColumn + s.row : undefined;
    };
    // Hinted first, in hint order: extra3 → 0, extra0 → 3, extra2 → 4 (3 is taken), extra5 → 7.
    expect(['extra3', 'extra0', 'extra2', 'extra5'].map(position)).toEqual([0, 3, 4, 7]);
    // Then the others fill the free positions from the top, ordered by their neighbours' rows; two with
    // no routes keep their file order.
    const unhinted = p.services.filter((s) => s.level === p.levels[0]?.id && s.column === undefined);
    expect(unhinted.map((s) => position(s.id)).sort()).toEqual([1, 2, 5, 6].slice(0, unhinted.length));
    expect(position('extra1')).toBeLessThan(position('extra4') ?? -1);
  });

  it('agrees for any pathway (property)', () => {
    fc.assert(
      fc.property(arbitraryPathway, (pathway) => {
        const { app, figure } = both(pathway);
        expect(figure).toEqual(app);
      }),
      { seed: 20240517, numRuns: 100 },
    );
  });

  it('orders a journey timeline’s lanes as the map does', () => {
    const detail = {
      eventsList: coventry.services.map((s) => ({ service: s.id })),
    } as unknown as JourneyDetail;
    const { slots } = serviceSlots(coventry);
    const order = timelineLanes(detail, coventry).map((l) => slots.get(l.service));
    const key = (s: (typeof order)[number]) => (s?.lane ?? 0) * 1e6 + (s?.column ?? 0) * 1e3 + (s?.row ?? 0);
    expect(order).toEqual([...order].sort((a, b) => key(a) - key(b)));
  });
});
