import { describe, expect, it } from 'vitest';
import { disclose } from '../../../src/core/disclosure/disclose.ts';
import {
  DEFAULT_DISCLOSURE,
  disclosureNote,
  UNSUPPRESSED_WARNING,
} from '../../../src/core/disclosure/disclosureSettings.ts';
import { discloseCount, discloseShare, suppressCount } from '../../../src/core/disclosure/suppressCount.ts';
import { analyse, coventry } from './figureFixtures.ts';

const on = { suppress: true, roundTo: 0 } as const;
const rounded = { suppress: true, roundTo: 5 } as const;
const off = { suppress: false, roundTo: 0 } as const;

describe('suppressCount (NHS small-number practice)', () => {
  it('is on by default, without rounding', () => {
    expect(DEFAULT_DISCLOSURE).toEqual({ suppress: true, roundTo: 0 });
  });

  it('shows 0 as "0", 1 to 4 as "<5", 5 and over as they are', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 12, 1234].map((n) => suppressCount(n, on))).toEqual([
      '0',
      '<5',
      '<5',
      '<5',
      '<5',
      '5',
      '6',
      '12',
      '1234',
    ]);
  });

  it('rounds 5 and over to the nearest 5 when asked, never below 5, and still hides 1 to 4', () => {
    expect([0, 3, 5, 6, 7, 8, 12, 13, 1234].map((n) => suppressCount(n, rounded))).toEqual([
      '0',
      '<5',
      '5',
      '5',
      '5',
      '10',
      '10',
      '15',
      '1235',
    ]);
  });

  it('shows every count when suppression is off', () => {
    expect([0, 1, 4, 5].map((n) => suppressCount(n, off))).toEqual(['0', '1', '4', '5']);
    expect(suppressCount(3, { suppress: false, roundTo: 5 })).toBe('3');
  });

  it('gives no drawing value for a hidden count, so that no line width gives it away', () => {
    expect(discloseCount(3, on)).toEqual({ text: '<5', value: null, suppressed: true });
    expect(discloseCount(8, rounded)).toEqual({ text: '10', value: 10, suppressed: false });
  });

  it('refuses what is not a count', () => {
    expect(() => suppressCount(-1, on)).toThrow(RangeError);
    expect(() => suppressCount(2.5, on)).toThrow(RangeError);
  });

  it('hides a share whose remainder is 1 to 4, which subtraction would reveal', () => {
    expect(discloseShare(9, 10, on).text).toBe('all but <5');
    expect(discloseShare(10, 10, on).text).toBe('10');
    expect(discloseShare(5, 10, on).text).toBe('5');
    expect(discloseShare(2, 10, on).text).toBe('<5');
    expect(discloseShare(9, 10, off).text).toBe('9');
  });
});

describe('disclose', () => {
  const { summary, leadTimeJourneys } = analyse(coventry);
  const serviceIds = coventry.services.map((s) => s.id);

  it('applies suppression to every count of the Coventry summary', () => {
    const d = disclose(summary, on, { serviceIds, leadTimeJourneys });
    const texts = [
      d.journeys,
      d.events,
      d.reachedCrisis,
      d.missedPoints,
      d.journeysWithMissedPoints,
      ...d.services.flatMap((s) => [s.journeys, s.missedPoints]),
      ...d.moves.flatMap((m) => [m.journeys, m.moves]),
      ...d.targets.flatMap((t) => [t.referrals, t.withinTarget]),
    ].map((c) => c.text);
    expect(texts.filter((t) => /^[1-4]$/.test(t))).toEqual([]);
    expect(d.containsSmallCounts).toBe(true);
    expect(d.services.map((s) => s.id)).toEqual(serviceIds);
    // 15 missed points, 11 at school, "<5" at the GP and the voluntary sector: the school's count would
    // tell that those two had 4 between them, so it is hidden too (secondary suppression).
    const school = d.services.find((s) => s.id === 'school');
    expect(school?.missedPoints).toMatchObject({ text: '≥5', suppressed: true, secondary: true });
    expect(d.missedPoints.text).toBe('15');
    expect(d.secondarySuppressed).toBeGreaterThan(0);
    expect(d.services.find((s) => s.id === 'vcs')?.missedPoints.text).toBe('<5');
    // 9 of 10 journeys had a missed point: the one without would follow by subtraction.
    expect(d.journeysWithMissedPoints.text).toBe('all but <5');
    expect(d.targets[0]?.withinTarget.text).toBe('all but <5');
  });

  it('drops medians that rest on fewer than 5 journeys, and the lead-time median when its base is unknown', () => {
    const d = disclose(summary, on, { serviceIds, leadTimeJourneys });
    for (const m of d.moves) if (m.journeys.suppressed) expect(m.medianDays).toBeNull();
    expect(d.medianLeadTimeDays).toBe(summary.medianLeadTimeDays);
    expect(disclose(summary, on, { serviceIds }).medianLeadTimeDays).toBeNull();
    expect(disclose(summary, on, { serviceIds, leadTimeJourneys: 4 }).medianLeadTimeDays).toBeNull();
  });

  it('keeps every number when suppression is off, and says so', () => {
    const d = disclose(summary, off, { serviceIds });
    expect(d.journeysWithMissedPoints.text).toBe('9');
    expect(d.services.find((s) => s.id === 'vcs')?.missedPoints.text).toBe('1');
    expect(d.medianLeadTimeDays).toBe(summary.medianLeadTimeDays);
    expect(disclosureNote(off, d.containsSmallCounts)).toContain(UNSUPPRESSED_WARNING);
  });
});
