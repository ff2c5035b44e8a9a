import { describe, expect, it } from 'vitest';
import type { JourneyDetail } from '../../../src/core/analysis/viewModel.ts';
import { activities } from '../../../src/core/pathway/types.ts';
import { activityPath, activityShapes } from '../../../src/ui/journeys/activityShapes.ts';
import {
  canLookBack,
  dodge,
  effectiveMode,
  firstCrisisEvent,
  stackLabels,
  timelineLanes,
  wrapLabel,
} from '../../../src/ui/journeys/timelineModel.ts';
import {
  calendarTickLabel,
  formatCalendarDay,
  formatSignedDays,
  timelineDomain,
  timelineScale,
} from '../../../src/ui/journeys/timelineScale.ts';
import {
  concernLabeller,
  formatFromCrisis,
  missedLabel,
  timelineSummary,
} from '../../../src/ui/journeys/timelineWords.ts';
import { coventryFixture } from '../../../src/ui/testing/cohortFixture.ts';

const { pathway } = coventryFixture;
const c01 = coventryFixture.detail('C01');

function offsetDetail(): JourneyDetail {
  return {
    ...c01,
    timeBase: 'offset',
    reachedCrisis: false,
    eventsList: c01.eventsList
      .slice(0, 3)
      .map((e, i) => ({ ...e, time: i * 30, dayFromCrisis: null, missed: false })),
  };
}

describe('marks', () => {
  it('gives every activity its own shape and name', () => {
    const seen = new Set<string>();
    for (const a of activities) {
      const shape = activityShapes[a];
      seen.add(`${String(shape.hollow)}:${activityPath(a, 100)}`);
      expect(shape.label).not.toBe('');
    }
    expect(seen.size).toBe(activities.length);
    expect(activityPath('contact', 100)).toMatch(/^M/);
  });
});

describe('lanes', () => {
  it('has one lane per service visited, in map order (by level), tinted by level', () => {
    const lanes = timelineLanes(c01, pathway);
    expect(lanes.map((l) => l.service)).toEqual([
      'school',
      'rise_community',
      'crisis_line',
      'ed',
      'acute_liaison',
      'ward14',
    ]);
    expect(lanes.map((l) => l.levelIndex)).toEqual([0, 1, 3, 3, 3, 4]);
    expect(lanes.map((l) => l.kind)).toEqual(['early', 'other', 'crisis', 'crisis', 'crisis', 'crisis']);
  });
});

describe('scale and domain', () => {
  it('looks back over at least the year before the first crisis', () => {
    expect(timelineDomain(c01, 'lookback')).toEqual([-365, 60]);
    const c04 = coventryFixture.detail('C04');
    expect(timelineDomain(c04, 'lookback')[0]).toBe(-390);
  });

  it('pads dates a twentieth of the span', () => {
    const [lo, hi] = timelineDomain(c01, 'date');
    expect(lo).toBeLessThan(18155);
    expect(hi).toBeGreaterThan(18358);
    expect(18155 - lo).toBeLessThan(12);
  });

  it('maps calendar days through UTC dates, with readable ticks', () => {
    const s = timelineScale([18140, 18370], [200, 1000], 'date', 'calendar');
    expect(s.x(18140)).toBeCloseTo(200);
    expect(s.x(18370)).toBeCloseTo(1000);
    expect(s.ticks.length).toBeGreaterThanOrEqual(4);
    expect(s.ticks.map((t) => t.label)).toContain('2020');
    expect(s.ticks[0]?.label).toBe('Sep 2019');
    expect(s.title).toBe('Date');
  });

  it('labels look-back ticks as signed days and offsets as "Day n"', () => {
    const lb = timelineScale([-365, 60], [200, 1000], 'lookback', 'calendar');
    expect(lb.ticks.map((t) => t.label)).toContain('0');
    expect(lb.ticks.map((t) => t.label)).toContain('\u2212300');
    expect(lb.x(0)).toBeGreaterThan(lb.x(-100));
    const off = timelineScale([0, 100], [0, 500], 'date', 'offset');
    expect(off.ticks[1]?.label).toMatch(/^Day \d+$/);
  });

  it('formats calendar ticks: the year on 1 January, months on the 1st, the year on the first tick', () => {
    expect(calendarTickLabel(new Date(Date.UTC(2020, 0, 1)), false)).toBe('2020');
    expect(calendarTickLabel(new Date(Date.UTC(2020, 2, 1)), false)).toBe('Mar');
    expect(calendarTickLabel(new Date(Date.UTC(2019, 8, 1)), true)).toBe('Sep 2019');
    expect(calendarTickLabel(new Date(Date.UTC(2020, 2, 16)), false)).toBe('16 Mar');
  });
});

describe('modes', () => {
  it('falls back to dates when the journey reached no crisis', () => {
    const none = offsetDetail();
    expect(canLookBack(c01)).toBe(true);
    expect(canLookBack(none)).toBe(false);
    expect(effectiveMode(none, 'lookback')).toBe('date');
    expect(effectiveMode(c01, 'lookback')).toBe('lookback');
    expect(firstCrisisEvent(c01)?.service).toBe('crisis_line');
    expect(firstCrisisEvent(none)).toBeUndefined();
  });
});

describe('words', () => {
  const label = concernLabeller(pathway);

  it('labels a missed point with its service and concerns', () => {
    const first = c01.eventsList[0]!;
    expect(missedLabel(first, pathway, label)).toBe('Missed: School — self-harm, parental conflict');
  });

  it('formats days and dates', () => {
    expect(formatCalendarDay(18155)).toBe('16 Sep 2019');
    expect(formatSignedDays(-120)).toBe('\u2212120');
    expect(formatSignedDays(30)).toBe('+30');
    expect(formatFromCrisis(-157)).toBe('157 days before the first crisis');
    expect(formatFromCrisis(1)).toBe('1 day after the first crisis');
    expect(formatFromCrisis(0)).toBe('day of the first crisis');
    expect(formatFromCrisis(null)).toBe('no crisis');
  });

  it('summarises the journey without its trainer notes', () => {
    const text = timelineSummary(c01, pathway, 'date');
    expect(text).toBe(
      '11 events at 6 services, from 16 Sep 2019 to 6 Apr 2020. First crisis: Rise 24-hour crisis line on 20 Feb 2020. ' +
        '3 missed early-intervention points: School — self-harm, parental conflict (16 Sep 2019); ' +
        'School — low mood, school attendance (21 Oct 2019); School — self-harm, low mood, parental conflict (13 Jan 2020).',
    );
    expect(text).not.toContain('Head of year');
    expect(timelineSummary(c01, pathway, 'lookback')).toContain('(157 days before the first crisis)');
    expect(timelineSummary(offsetDetail(), pathway, 'date')).toContain(
      'No crisis service was reached. No missed',
    );
  });

  it('wraps lane labels to two lines with an ellipsis', () => {
    expect(wrapLabel('School', 20)).toEqual(['School']);
    expect(wrapLabel('Coventry & Warwickshire Mind and voluntary sector', 26)).toEqual([
      'Coventry & Warwickshire',
      'Mind and voluntary sector',
    ]);
    expect(wrapLabel('one two three four five six', 8, 2)).toEqual(['one two', 'three…']);
  });
});

describe('placing', () => {
  it('stacks overlapping labels into rows, reusing a row once clear', () => {
    const rows = stackLabels(
      [
        { left: 0, width: 100 },
        { left: 50, width: 100 },
        { left: 120, width: 50 },
        { left: 400, width: 10 },
      ],
      10,
    );
    expect(rows).toEqual([0, 1, 0, 0]);
  });

  it('dodges marks on the same spot', () => {
    expect(dodge([10, 10, 10, 100], 8)).toEqual([0, -1, 1, 0]);
  });
});
