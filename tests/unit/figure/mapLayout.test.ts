import { describe, expect, it } from 'vitest';
import { fontSize, MIN_FONT } from '../../../src/core/figure/figureStyle.ts';
import { fitMap, layoutMap } from '../../../src/core/figure/mapLayout.ts';
import { wrapText } from '../../../src/core/figure/textMetrics.ts';
import { coventry, crowdedPathway } from './figureFixtures.ts';

const fonts = {
  laneLabel: fontSize.laneLabel,
  laneNote: fontSize.laneNote,
  service: fontSize.service,
  count: fontSize.count,
  badge: fontSize.badge,
};
const rect = { x: 10, y: 40, width: 277, height: 110 };

describe('map layout', () => {
  it('puts levels side by side, left to right, and services in the order of their column hints', () => {
    const map = layoutMap(coventry, rect, fonts, 12);
    expect(map.lanes.map((l) => l.id)).toEqual([
      'universal',
      'targeted',
      'safeguarding',
      'crisis',
      'inpatient',
    ]);
    for (let i = 1; i < map.lanes.length; i++)
      expect((map.lanes[i]?.x ?? 0) > (map.lanes[i - 1]?.x ?? 0)).toBe(true);
    const universal = ['school', 'school_nurse', 'gp', 'vcs', 'digital', 'police'].map(
      (id) => map.boxes.get(id)?.row,
    );
    expect(universal).toEqual([0, 1, 2, 3, 4, 5]);
    // Rows line up across levels.
    expect(map.boxes.get('school')?.y).toBe(map.boxes.get('early_help')?.y);
  });

  it('keeps every box inside the map, and labels inside their boxes', () => {
    const { map } = fitMap(coventry, rect, fonts, 12, () => ({ count: ['1,234'], badge: ['56'] }));
    for (const b of map.boxes.values()) {
      expect(b.y + b.height).toBeLessThanOrEqual(rect.y + rect.height);
      for (const line of b.labelLines) expect(wrapText(line, b.width, fonts.service, true)).toHaveLength(1);
    }
  });

  const numbers = () => ({ count: ['1,234 journeys', '1,234'], badge: ['56'] });

  it('keeps type at 8 pt and more, with less text a box, for a level of 13 services', () => {
    const crowded = crowdedPathway(13);
    const { map, fonts: used, shrunk } = fitMap(crowded, rect, fonts, 12, numbers);
    expect(shrunk).toBe(false);
    expect(used).toEqual(fonts);
    expect(Math.min(...Object.values(used))).toBeGreaterThanOrEqual(MIN_FONT);
    for (const b of map.boxes.values())
      expect(b.y + b.height).toBeLessThanOrEqual(rect.y + rect.height + 0.01);
    // The Coventry pathway keeps whole labels.
    const cov = fitMap(coventry, { ...rect, height: 140 }, fonts, 12, numbers).map;
    expect([...cov.boxes.values()].filter((b) => !b.whole).map((b) => b.id)).toEqual([]);
  });

  it('makes the type smaller, and says so, only when even one-line boxes do not fit', () => {
    const { map, fonts: used, shrunk } = fitMap(crowdedPathway(32), rect, fonts, 12, numbers);
    expect(shrunk).toBe(true);
    expect(used.service).toBeLessThan(fonts.service);
    for (const b of map.boxes.values())
      expect(b.y + b.height).toBeLessThanOrEqual(rect.y + rect.height + 0.01);
  });

  it('puts the numbers beside the label, or on a line of their own, whichever leaves the label whole', () => {
    const { map } = fitMap(coventry, { ...rect, height: 90 }, fonts, 12, numbers);
    for (const b of map.boxes.values()) {
      expect(['line', 'beside', 'stacked']).toContain(b.numbers);
      expect(b.count).not.toBe('');
    }
  });
});
