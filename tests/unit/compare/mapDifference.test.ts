import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCohort } from '../../../src/core/cohort/importCohort.ts';
import { changeOf } from '../../../src/core/compare/change.ts';
import { compareCohort } from '../../../src/core/compare/compareCohort.ts';
import { compareTable } from '../../../src/core/compare/compareTable.ts';
import {
  differenceClass,
  differenceClassText,
  DIFFERENCE_FILL,
  DIFFERENCE_INK,
  signed,
} from '../../../src/core/compare/differenceScale.ts';
import { newcombeInterval } from '../../../src/core/stats/intervals.ts';
import { mapDifference } from '../../../src/core/compare/mapDifferences.ts';
import { discloseCount } from '../../../src/core/disclosure/suppressCount.ts';
import { generateCohortCsv } from '../../../src/core/generate/generateCohortCsv.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import { okValue } from '../cohort/helpers.ts';
import { readPathway, root, rule } from '../helpers.ts';

const pathway = readPathway('pathway-data/coventry/pathway.json');
const loaded = loadPathway(pathway);
const ON = { suppress: true, roundTo: 0 } as const;
const OFF = { suppress: false, roundTo: 0 } as const;

function comparison(csv: string, date: string) {
  const cohort = okValue(importCohort('c.csv', csv, pathway));
  return okValue(
    compareCohort(loaded, { name: 'c.csv', cohort }, null, {
      choice: { kind: 'date', value: date },
      parameters: rule(28, 365),
      filter: {},
    }),
  ).comparison;
}

const shipped = comparison(readFileSync(`${root}pathway-data/coventry/cohort.csv`, 'utf8'), '2019-05-20');
// 600 generated journeys over a year: groups large enough for findings.
const large = comparison([...generateCohortCsv(pathway, { journeys: 600, seed: 7 })].join(''), '2019-07-01');

describe('the difference scale', () => {
  it('classes a change in percentage points into seven steps, the sign kept', () => {
    expect([-40, -20, -7, -4.9, 0, 4.9, 5, 15, 30, 99].map(differenceClass)).toEqual([
      -3, -2, -1, 0, 0, 0, 1, 2, 3, 3,
    ]);
    expect(differenceClassText(-3)).toBe('30+ points fewer');
    expect(differenceClassText(1)).toBe('5–15 points more');
    expect(differenceClassText(0)).toBe('within 5 points either way');
    expect([signed(12.4), signed(-8), signed(0.2)]).toEqual(['+12', '−8', '0']);
  });

  it('has the same lightness at the same distance either side (it reads in greyscale), and legible ink', () => {
    const luminance = (hex: string) => {
      const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
      const l = c.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * (l[0] ?? 0) + 0.7152 * (l[1] ?? 0) + 0.0722 * (l[2] ?? 0);
    };
    for (const step of [1, 2, 3] as const) {
      const fewer = luminance(DIFFERENCE_FILL[-step as -1 | -2 | -3]);
      const more = luminance(DIFFERENCE_FILL[step]);
      // Lighter the smaller the change, on both sides, and within a step of each other.
      expect(Math.abs(fewer - more)).toBeLessThan(0.2);
    }
    expect(luminance(DIFFERENCE_FILL[3])).toBeLessThan(luminance(DIFFERENCE_FILL[1]));
    expect(luminance(DIFFERENCE_FILL[-3])).toBeLessThan(luminance(DIFFERENCE_FILL[-1]));
    const contrast = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
      return (x + 0.05) / (y + 0.05);
    };
    for (const c of [-3, -2, -1, 0, 1, 2, 3] as const)
      expect(contrast(DIFFERENCE_FILL[c], DIFFERENCE_INK[c])).toBeGreaterThanOrEqual(4.5);
  });
});

describe('changeOf', () => {
  const five = discloseCount(5, ON);
  const three = discloseCount(3, ON);
  it('hides a change resting on a hidden count, but shows each group’s own value where it may', () => {
    const c = changeOf({
      shown: [five, three, five, five],
      counts: [five, three],
      sizes: [five, five],
      values: [100, 60],
      estimate: { value: -40, low: -80, high: 5 },
      finding: true,
    });
    expect(c).toMatchObject({ state: 'hidden', change: null, values: [100, null], class: 0 });
  });
  it('is not a finding when the core says it rests on fewer than 5 journeys; says when it could be chance', () => {
    const small = changeOf({
      shown: [five],
      values: [1, 2],
      estimate: { value: 20, low: -3, high: 40 },
      finding: false,
    });
    expect(small).toMatchObject({ state: 'small', class: 0, includesZero: true });
    const found = changeOf({
      shown: [five],
      values: [1, 2],
      estimate: { value: 20, low: 3, high: 40 },
      finding: true,
    });
    expect(found).toMatchObject({ state: 'finding', class: 2, includesZero: false });
  });
});

describe('mapDifference', () => {
  it('on the shipped cohort (5 and 5 journeys), hides every change resting on a count below 5', () => {
    const d = mapDifference(shipped, pathway, ON);
    expect(d.sizes.map((s) => s.text)).toEqual(['5', '5']);
    expect(d.small).toBe(false);
    const school = d.services.find((s) => s.id === 'school');
    // School: 3 and 4 journeys, so the change is hidden; its missed points (5 and 6) are not.
    expect(school?.journeys.state).toBe('hidden');
    expect(school?.missed?.state).toBe('finding');
    expect(school?.missed?.values).toEqual([100, 120]);
    for (const m of d.moves)
      if (m.journeys.state !== 'hidden') expect(m.journeys.counts?.every((c) => !c.suppressed)).toBe(true);
    // Without suppression every change is shown, with its interval.
    const raw = mapDifference(shipped, pathway, OFF);
    expect(raw.services.find((s) => s.id === 'school')?.journeys.change?.value).toBeCloseTo(20);
  });

  it('draws each move by the change in the share of journeys making it, with Newcombe’s interval', () => {
    const d = mapDifference(large, pathway, ON);
    const [a, b] = large.groups;
    if (!a || !b) throw new Error('two groups expected');
    expect(d.small).toBe(false);
    const drawn = d.moves.filter((m) => m.journeys.state === 'finding');
    expect(drawn.length).toBeGreaterThan(5);
    for (const m of drawn.slice(0, 5)) {
      const x =
        a.summary.transitions.find((t) => t.from === m.from && t.to === m.to && t.onPathway === m.onPathway)
          ?.journeys ?? 0;
      const y =
        b.summary.transitions.find((t) => t.from === m.from && t.to === m.to && t.onPathway === m.onPathway)
          ?.journeys ?? 0;
      const e = newcombeInterval(x, a.figures.journeys, y, b.figures.journeys);
      expect(m.journeys.change?.value).toBeCloseTo(e.value * 100, 10);
      expect(m.journeys.change?.low).toBeCloseTo(e.low * 100, 10);
      expect(m.journeys.class).toBe(differenceClass(e.value * 100));
    }
    expect(d.largest).toBeGreaterThan(0);
  });

  it('says nothing is a finding when a group has fewer than 5 journeys', () => {
    const tiny = comparison(readFileSync(`${root}pathway-data/coventry/cohort.csv`, 'utf8'), '2019-03-01');
    const d = mapDifference(tiny, pathway, OFF);
    expect(d.small).toBe(true);
    expect(
      [...d.services.map((s) => s.journeys), ...d.moves.map((m) => m.journeys)].every(
        (c) => c.state !== 'finding',
      ),
    ).toBe(true);
  });
});

describe('compareTable', () => {
  it('lists the two groups’ measures and the changes, under disclosure control', () => {
    const t = compareTable(shipped, pathway, ON);
    expect(t.labels).toEqual(['before 2019-05-20', 'from 2019-05-20']);
    const row = (key: string) => t.rows.find((r) => r.key === key);
    expect(row('journeys')?.counts.map((c) => c.text)).toEqual(['5', '5']);
    // 5 of 5 and 4 of 5 with missed points: the second is hidden, and so is the change.
    expect(row('withMissed')?.counts.map((c) => c.text)).toEqual(['5', '<5']);
    expect(row('withMissed')?.change).toMatchObject({ state: 'hidden', values: [100, null] });
    expect(row('missedAt:school')?.change).toMatchObject({ state: 'finding', values: [100, 120] });
    // The totals of missed points are hidden too ("≥5", secondary suppression): with the services' counts
    // they would give a "<5" away, so the rate resting on them, and its change, are not shown.
    expect(row('missed')?.counts.map((c) => c.text)).toEqual(['≥5', '≥5']);
    expect(row('missed')?.change).toMatchObject({ state: 'hidden', change: null, values: [null, null] });
    // Lead times: five journeys in each group have one, so both medians and their change are shown.
    expect(row('leadTime')?.change).toMatchObject({ state: 'finding', values: [329, 169], class: 0 });
    expect(t.containsSmallCounts).toBe(true);
  });

  it('shows every change, with its interval and state, when suppression is off', () => {
    const t = compareTable(large, pathway, OFF);
    for (const r of t.rows.filter((x) => x.change)) expect(['finding', 'small']).toContain(r.change?.state);
    const crisis = t.rows.find((r) => r.key === 'crisis')?.change;
    const d = large.differences[0]?.reachedCrisisShare;
    expect(crisis?.change?.value).toBeCloseTo((d?.value ?? NaN) * 100, 10);
  });
});
