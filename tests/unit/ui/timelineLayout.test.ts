import { describe, expect, it } from 'vitest';
import type { JourneyDetail } from '../../../src/core/analysis/viewModel.ts';
import { TIMELINE_GEOMETRY as G, timelineLayout } from '../../../src/ui/journeys/timelineLayout.ts';
import { coventryFixture } from '../../../src/ui/testing/cohortFixture.ts';

const { pathway } = coventryFixture;
const all = coventryFixture.rows.map((r) => coventryFixture.detail(r.id));

describe('the journey timeline’s layout', () => {
  it.each(all.map((d) => [d.id, d] as const))(
    'puts every mark in its lane and inside the plot: %s',
    (_, detail) => {
      for (const mode of ['date', 'lookback'] as const) {
        const layout = timelineLayout(detail, pathway, mode, 900);
        expect(layout.height).toBe(layout.lanesBottom + G.axisHeight);
        expect(layout.lanesBottom - layout.lanesTop).toBe(layout.lanes.length * G.laneHeight);
        expect(layout.marks.map((m) => m.e.index)).toEqual(detail.eventsList.map((e) => e.index));
        for (const m of layout.marks) {
          expect(m.x).toBeGreaterThanOrEqual(layout.plotLeft);
          expect(m.x).toBeLessThanOrEqual(layout.plotRight);
          const lane = layout.lanes.findIndex((l) => l.service === m.e.service);
          const top = layout.lanesTop + lane * G.laneHeight;
          expect(m.y).toBeGreaterThan(top);
          expect(m.y).toBeLessThan(top + G.laneHeight);
        }
      }
    },
  );

  it('stacks the labels above the lanes so that none overlaps another', () => {
    for (const detail of all) {
      const { topLabels, lanesTop } = timelineLayout(detail, pathway, 'date', 700);
      expect(topLabels.filter((l) => l.kind === 'missed')).toHaveLength(detail.missedPoints);
      for (const a of topLabels) {
        expect(a.top + G.labelHeight).toBeLessThanOrEqual(lanesTop);
        for (const b of topLabels) {
          if (a === b || a.row !== b.row) continue;
          expect(a.left + a.width <= b.left || b.left + b.width <= a.left).toBe(true);
        }
      }
    }
  });

  it('moves apart two marks of one lane on the same day', () => {
    const c01 = coventryFixture.detail('C01');
    const [first] = c01.eventsList;
    if (!first) throw new Error('C01 has events');
    const twin: JourneyDetail = {
      ...c01,
      eventsList: [
        first,
        { ...first, index: 1, activity: 'referral' },
        ...c01.eventsList.slice(1).map((e, i) => ({ ...e, index: i + 2 })),
      ],
    };
    const [a, b] = timelineLayout(twin, pathway, 'date', 900).marks;
    expect(a?.x).toBe(b?.x);
    expect(Math.abs((a?.y ?? 0) - (b?.y ?? 0))).toBe(G.dodgeStep);
  });

  it('draws the first crisis at day 0 when looking back, and falls back to dates without a crisis', () => {
    const withCrisis = all.find((d) => d.reachedCrisis);
    const without = all.find((d) => !d.reachedCrisis) ?? {
      ...all[0]!,
      eventsList: all[0]!.eventsList.map((e) => ({ ...e, dayFromCrisis: null })),
    };
    if (!withCrisis) throw new Error('a journey with a crisis');
    const back = timelineLayout(withCrisis, pathway, 'lookback', 900);
    expect(back.drawn).toBe('lookback');
    expect(back.crisisX).toBeCloseTo(back.scale.x(0), 6);
    expect(timelineLayout(without, pathway, 'lookback', 900).drawn).toBe('date');
  });

  it('widens with the frame: the same events spread over more pixels', () => {
    const d = coventryFixture.detail('C01');
    const narrow = timelineLayout(d, pathway, 'date', 600);
    const wide = timelineLayout(d, pathway, 'date', 1200);
    const span = (l: typeof narrow) =>
      Math.max(...l.marks.map((m) => m.x)) - Math.min(...l.marks.map((m) => m.x));
    expect(span(wide)).toBeGreaterThan(span(narrow) * 1.5);
  });
});
