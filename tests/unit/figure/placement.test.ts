import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fontSize } from '../../../src/core/figure/figureStyle.ts';
import { layoutMap } from '../../../src/core/figure/mapLayout.ts';
import { serviceSlots } from '../../../src/core/pathway/serviceSlots.ts';
import type { LevelId, Pathway } from '../../../src/core/pathway/types.ts';
import { flowSlots, pathwayToFlow } from '../../../src/ui/map/pathwayToFlow.ts';
import { timelineLanes } from '../../../src/ui/journeys/timelineModel.ts';
import type { JourneyDetail } from '../../../src/core/analysis/viewModel.ts';
import { readPathway } from '../helpers.ts';
import { arbitraryPathway } from '../pathwayArbitrary.ts';
import { coventry, crowdedPathway } from './figureFixtures.ts';

const fonts = {
  laneLabel: fontSize.laneLabel,
  laneNote: fontSize.laneNote,
  service: fontSize.service,
  count: fontSize.count,
  badge: fontSize.badge,
};
const rect = { x: 10, y: 40, width: 277, height: 400 };

/** Lane and row of every service as the app's map draws it (read back from the React Flow nodes). */
const appPlaces = (p: Pathway) =>
  Object.fromEntries([...flowSlots(pathwayToFlow(p))].map(([id, s]) => [id, { lane: s.lane, row: s.row }]));

/** Lane and row of every service as the board-paper figure draws it. */
const figurePlaces = (p: Pathway) =>
  Object.fromEntries(
    [...layoutMap(p, rect, fonts, 12).boxes.values()].map((b) => [b.id, { lane: b.lane, row: b.row }]),
  );

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

describe('one placement rule for the map and the figure', () => {
  it.each([
    ['Coventry', coventry],
    ['a crowded pathway', crowdedPathway(13)],
    ['hints with gaps and collisions', hinted()],
  ])('the app map and the figure put every service in the same lane and row: %s', (_, pathway) => {
    const app = appPlaces(pathway);
    expect(figurePlaces(pathway)).toEqual(app);
    expect(Object.keys(app)).toHaveLength(pathway.services.length);
  });

  it('honours a hint as a row and fills the gaps in file order', () => {
    const { slots } = serviceSlots(hinted());
    const row = (id: string) => slots.get(id)?.row;
    // Hinted first, in hint order: extra3 → 0, extra0 → 3, extra2 → 4 (3 is taken), extra5 → 7.
    expect([row('extra3'), row('extra0'), row('extra2'), row('extra5')]).toEqual([0, 3, 4, 7]);
    // Then the others from the top, in file order, into the free rows.
    const unhinted = hinted().services.filter(
      (s) => s.level === hinted().levels[0]?.id && s.column === undefined,
    );
    expect(unhinted.map((s) => row(s.id))).toEqual([1, 2, 5, 6].slice(0, unhinted.length));
  });

  it('agrees for any pathway (property)', () => {
    fc.assert(
      fc.property(arbitraryPathway, (pathway) => {
        expect(figurePlaces(pathway)).toEqual(appPlaces(pathway));
      }),
      { seed: 20240517, numRuns: 150 },
    );
  });

  it('orders a journey timeline’s lanes as the map does', () => {
    const detail = {
      eventsList: coventry.services.map((s) => ({ service: s.id })),
    } as unknown as JourneyDetail;
    const { slots } = serviceSlots(coventry);
    const order = timelineLanes(detail, coventry).map((l) => slots.get(l.service));
    const sorted = [...order].sort(
      (a, b) => (a?.lane ?? 0) - (b?.lane ?? 0) || (a?.row ?? 0) - (b?.row ?? 0),
    );
    expect(order).toEqual(sorted);
  });
});
