import { describe, expect, it } from 'vitest';
import { fontSize } from '../../../src/core/figure/figureStyle.ts';
import { fitMap, layoutMap } from '../../../src/core/figure/mapLayout.ts';
import type { LineSpec } from '../../../src/core/figure/moveGeometry.ts';
import { textWidth } from '../../../src/core/text/textMetrics.ts';
import type { Pathway } from '../../../src/core/pathway/types.ts';
import { checkLayout } from '../layout/layoutChecks.ts';
import { coventry, crowdedPathway } from './figureFixtures.ts';

const fonts = {
  laneLabel: fontSize.laneLabel,
  laneNote: fontSize.laneNote,
  service: fontSize.service,
  count: fontSize.count,
  badge: fontSize.badge,
};
const rect = { x: 10, y: 40, width: 277, height: 110 };
const routesOf = (p: Pathway): LineSpec[] =>
  p.routes
    .filter((r) => r.from !== r.to)
    .map((r) => ({ from: r.from, to: r.to, kind: 'untaken', width: 0.2 }));

describe('the figure’s map layout', () => {
  it('puts levels side by side, left to right, and services in the order of their column hints', () => {
    const map = layoutMap(coventry, rect, fonts, routesOf(coventry));
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
    // It fills the width it is given, and every line keeps the layout's rules.
    expect(map.width).toBeCloseTo(rect.width, 5);
    checkLayout(map.layout);
  });

  it('wraps names in full inside their boxes', () => {
    const map = layoutMap(coventry, rect, fonts, routesOf(coventry));
    for (const s of coventry.services) {
      const b = map.boxes.get(s.id);
      expect(b?.labelLines.join(' ')).toBe(s.label);
      for (const line of b?.labelLines ?? [])
        expect(textWidth(line, fonts.service, true)).toBeLessThanOrEqual(b?.width ?? 0);
    }
  });

  it('draws each line to the base of its arrowhead, whose tip touches the receiving box', () => {
    const map = layoutMap(coventry, rect, fonts, routesOf(coventry));
    for (const line of map.lines) {
      const tip = /^M([\d.]+),([\d.]+)/.exec(line.arrow);
      const box = map.boxes.get(line.to);
      if (!tip || !box) throw new Error(`${line.from} → ${line.to}`);
      const [x, y] = [Number(tip[1]), Number(tip[2])];
      const onSide =
        Math.abs(x - box.x) < 0.01 ||
        Math.abs(x - box.x - box.width) < 0.01 ||
        Math.abs(y - box.y) < 0.01 ||
        Math.abs(y - box.y - box.height) < 0.01;
      expect(onSide).toBe(true);
    }
  });

  it('makes the type and the spacing of lines smaller when the map does not fit the height', () => {
    const crowded = crowdedPathway(13);
    const small = { ...rect, height: 90 };
    const { map, fonts: used } = fitMap(crowded, small, fonts, routesOf(crowded), { laneNotes: false });
    expect(used.service).toBeLessThan(fonts.service);
    expect(map.height).toBeLessThanOrEqual(small.height + 0.01);
    expect(
      fitMap(coventry, { ...rect, height: 200 }, fonts, routesOf(coventry), { laneNotes: false }).fonts,
    ).toEqual(fonts);
  });
});
