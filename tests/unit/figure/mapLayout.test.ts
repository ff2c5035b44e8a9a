import { describe, expect, it } from 'vitest';
import { fontSize, MIN_FONT } from '../../../src/core/figure/figureStyle.ts';
import { fitMap, OMISSION_NOTE, type MapOmissions } from '../../../src/core/figure/fitMap.ts';
import { layoutMap } from '../../../src/core/figure/mapLayout.ts';
import { omissionText } from '../../../src/core/figure/mapSvg.ts';
import type { LineSpec } from '../../../src/core/figure/moveGeometry.ts';
import { textWidth, wrapText } from '../../../src/core/text/textMetrics.ts';
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

  const numbers = () => ({ count: ['1,234 journeys', '1,234'], badge: ['56'] });

  it('keeps every box inside the map, and names whole inside their boxes', () => {
    const short = { ...rect, height: 75 };
    const { map, omitted } = fitMap(coventry, short, fonts, routesOf(coventry), numbers);
    // This page is too short for every name whole and every line: the note says what was left out,
    // and the map and its note fit.
    expect(map.height).toBeLessThanOrEqual(short.height - OMISSION_NOTE + 0.01);
    expect(omitted?.lines).toBeGreaterThan(0);
    expect(omissionText(omitted as MapOmissions)).toMatch(
      /^To fit the page, \d+ routes nobody took are not drawn/,
    );
    const tall = { ...rect, height: 140 };
    const whole = fitMap(coventry, tall, fonts, routesOf(coventry), numbers);
    expect(whole.omitted).toBeNull();
    for (const b of whole.map.boxes.values()) {
      expect(b.y + b.height).toBeLessThanOrEqual(whole.map.height);
      expect(b.labelLines.join(' ')).toBe(coventry.services.find((s) => s.id === b.id)?.label);
      for (const line of b.labelLines) expect(wrapText(line, b.width, fonts.service, true)).toHaveLength(1);
    }
  });

  it('keeps type at 8 pt and more, with tighter lines, for a level of 13 services', () => {
    const crowded = crowdedPathway(13);
    const { map, fonts: used, shrunk } = fitMap(crowded, rect, fonts, routesOf(crowded), numbers);
    expect(shrunk).toBe(false);
    expect(used).toEqual(fonts);
    expect(Math.min(...Object.values(used))).toBeGreaterThanOrEqual(MIN_FONT);
    expect(map.height).toBeLessThanOrEqual(rect.height + 0.01);
    checkLayout(map.layout);
  });

  it('makes the type smaller, and says so, only when even the tightest setting does not fit', () => {
    const crowded = crowdedPathway(60);
    const small = { ...rect, height: 80 };
    const { map, fonts: used, shrunk } = fitMap(crowded, small, fonts, routesOf(crowded), numbers);
    expect(shrunk).toBe(true);
    expect(used.service).toBeLessThan(fonts.service);
    expect(map.height).toBeLessThanOrEqual(small.height + 0.01);
    const roomy = fitMap(coventry, { ...rect, height: 200 }, fonts, routesOf(coventry), numbers);
    expect(roomy.shrunk).toBe(false);
    expect(roomy.fonts).toEqual(fonts);
  });

  it('gives the numbers their longest forms that fit a line of the box, else two lines', () => {
    const { map } = fitMap(coventry, { ...rect, height: 200 }, fonts, routesOf(coventry), numbers);
    for (const b of map.boxes.values()) {
      expect(b.numbers).toBe('line');
      expect(b.count).toBe('1,234 journeys');
      expect(b.badge).toBe('56');
    }
    const long = () => ({ count: ['123,456,789 journeys', '123,456,789', '123.5M'], badge: ['98,765,432'] });
    const narrow = fitMap(
      coventry,
      { ...rect, width: 150, height: 300 },
      fonts,
      routesOf(coventry),
      long,
    ).map;
    for (const b of narrow.boxes.values()) {
      const inner = b.width - 3;
      expect(textWidth(b.count, fonts.count)).toBeLessThanOrEqual(inner);
      if (b.numbers === 'line') expect(b.count).not.toBe('123,456,789 journeys');
    }
  });
});
