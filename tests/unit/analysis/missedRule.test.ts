import { describe, expect, it } from 'vitest';
import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import { analysisReport } from '../../../src/core/analysis/analysisReport.ts';
import type { RuleParameters } from '../../../src/core/analysis/parameters.ts';
import { cohortFromEvents, type PlainEvent } from '../../../src/core/cohort/cohortFromEvents.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import type { Activity, Days } from '../../../src/core/pathway/types.ts';
import { readPathway } from '../helpers.ts';

const pathway = readPathway('tests/fixtures/pathways/rule.json');
const loaded = loadPathway(pathway);
const P = (w: number, h: number): RuleParameters => ({ windowDays: w as Days, horizonDays: h as Days });

type Row = [time: number, service: string, activity: Activity, concerns?: string[]];
function run(rows: Row[], params = P(28, 365)) {
  const events: PlainEvent[] = rows.map(([time, service, activity, concerns], i) => ({
    journey: 'J1',
    time,
    service,
    activity,
    concerns: concerns ?? [],
    row: i + 2,
  }));
  const cohort = cohortFromEvents(events, pathway);
  const analysis = analyseCohort(cohort, pathway, loaded.table, params);
  return analysisReport(cohort, pathway, analysis).journeys[0]!;
}
const missedRows = (rows: Row[], params?: RuleParameters) => run(rows, params).missedPoints.map((m) => m.row);

describe('missed early-intervention rule (CONTRACT §3)', () => {
  it('a concern at an early-intervention service with no response and a later crisis is missed', () => {
    expect(
      missedRows([
        [0, 'school', 'concern', ['self_harm']],
        [100, 'ed', 'contact'],
      ]),
    ).toEqual([2]);
  });

  it('a response on day W is in time; on day W+1 it is not', () => {
    const base: Row = [0, 'school', 'concern', ['self_harm']];
    expect(missedRows([base, [28, 'mhst', 'referral'], [100, 'ed', 'contact']])).toEqual([]);
    expect(missedRows([base, [29, 'mhst', 'referral'], [100, 'ed', 'contact']])).toEqual([2]);
    // W is a parameter.
    expect(missedRows([base, [29, 'mhst', 'referral'], [100, 'ed', 'contact']], P(29, 365))).toEqual([]);
  });

  it('a crisis exactly at H counts; at H+1 it does not', () => {
    const base: Row = [0, 'school', 'concern', ['low_mood']];
    expect(missedRows([base, [365, 'ed', 'contact']])).toEqual([2]);
    expect(missedRows([base, [366, 'ed', 'contact']])).toEqual([]);
    expect(missedRows([base, [366, 'ed', 'contact']], P(28, 366))).toEqual([2]);
  });

  it('responses at crisis services do not count as a response', () => {
    expect(
      missedRows([
        [0, 'gp', 'contact', ['self_harm']],
        [3, 'acute_liaison', 'assessment'],
        [10, 'ed', 'admission'],
      ]),
    ).toEqual([2]);
  });

  it('journeys with no crisis have no missed points and no lead time', () => {
    const j = run([
      [0, 'school', 'concern', ['self_harm']],
      [300, 'gp', 'contact', ['low_mood']],
    ]);
    expect(j.missedPoints).toEqual([]);
    expect(j.reachedCrisis).toBe(false);
    expect(j.leadTimeDays).toBeNull();
  });

  it('a crisis on the same day as the concern is not later (c.time > r.time)', () => {
    expect(
      missedRows([
        [5, 'school', 'concern', ['self_harm']],
        [5, 'ed', 'contact'],
      ]),
    ).toEqual([]);
    expect(
      missedRows([
        [5, 'school', 'concern', ['self_harm']],
        [5, 'ed', 'contact'],
        [6, 'ed', 'admission'],
      ]),
    ).toEqual([2]);
  });

  it('a same-day response after the concern counts; one in an earlier row does not', () => {
    expect(
      missedRows([
        [5, 'school', 'concern', ['self_harm']],
        [5, 'mhst', 'referral'],
        [50, 'ed', 'contact'],
      ]),
    ).toEqual([]);
    expect(
      missedRows([
        [5, 'mhst', 'referral'],
        [5, 'school', 'concern', ['self_harm']],
        [50, 'ed', 'contact'],
      ]),
    ).toEqual([3]);
  });

  it('rows without a concern, at non-early services, or that are themselves responses are never missed', () => {
    expect(
      missedRows([
        [0, 'school', 'contact'],
        [10, 'ed', 'contact'],
      ]),
    ).toEqual([]);
    expect(
      missedRows([
        [0, 'mhst', 'contact', ['self_harm']],
        [10, 'ed', 'contact'],
      ]),
    ).toEqual([]);
    for (const a of ['referral', 'assessment', 'intervention', 'admission'] as const) {
      expect(
        missedRows([
          [0, 'gp', a, ['self_harm']],
          [10, 'ed', 'contact'],
        ]),
      ).toEqual([]);
    }
    for (const a of ['concern', 'contact', 'discharge', 'declined', 'did_not_attend'] as const) {
      expect(
        missedRows([
          [0, 'gp', a, ['self_harm']],
          [10, 'ed', 'contact'],
        ]),
      ).toEqual([2]);
    }
  });

  it('lead time runs from the first concern to the first crisis, absent when the crisis comes first', () => {
    expect(
      run([
        [0, 'gp', 'contact'],
        [10, 'school', 'concern', ['low_mood']],
        [130, 'ed', 'contact'],
      ]).leadTimeDays,
    ).toBe(120);
    expect(
      run([
        [0, 'ed', 'contact'],
        [10, 'school', 'concern', ['low_mood']],
        [20, 'ed', 'contact'],
      ]).leadTimeDays,
    ).toBeNull();
    expect(run([[0, 'ed', 'contact', ['self_harm']]]).leadTimeDays).toBe(0);
  });

  it('marks off-pathway moves and leaves on-pathway ones', () => {
    const j = run([
      [0, 'school', 'concern', ['self_harm']],
      [1, 'mhst', 'referral'], // on: school → mhst by referral
      [2, 'mhst', 'assessment'], // same service: not a move
      [3, 'gp', 'contact'], // off: no mhst → gp route
      [4, 'mhst', 'contact'], // off: gp → mhst only by referral
      [5, 'ed', 'contact'], // on: mhst → ed with any activity
    ]);
    expect(j.offPathway).toEqual([
      { row: 5, from: 'mhst', to: 'gp' },
      { row: 6, from: 'gp', to: 'mhst' },
    ]);
  });
});

describe('acute liaison within 48 hours', () => {
  const summary = (rows: Row[]) => {
    const events = rows.map(([time, service, activity], i) => ({
      journey: 'J',
      time,
      service,
      activity,
      row: i + 2,
    }));
    const cohort = cohortFromEvents(events, pathway);
    return analysisReport(cohort, pathway, analyseCohort(cohort, pathway, loaded.table, P(28, 365))).summary;
  };
  it('counts an assessment 2 days after referral as within target, 3 days as not, none as not', () => {
    expect(
      summary([
        [0, 'ed', 'contact'],
        [0, 'acute_liaison', 'referral'],
        [2, 'acute_liaison', 'assessment'],
      ]).acuteLiaison48h,
    ).toEqual({ referrals: 1, withinTarget: 1 });
    expect(
      summary([
        [0, 'ed', 'contact'],
        [0, 'acute_liaison', 'referral'],
        [3, 'acute_liaison', 'assessment'],
      ]).acuteLiaison48h,
    ).toEqual({ referrals: 1, withinTarget: 0 });
    expect(
      summary([
        [0, 'ed', 'contact'],
        [0, 'acute_liaison', 'referral'],
      ]).acuteLiaison48h,
    ).toEqual({ referrals: 1, withinTarget: 0 });
  });
  it('uses hours when times of day are given', () => {
    const h = (hours: number) => hours / 24;
    expect(
      summary([
        [0, 'acute_liaison', 'referral'],
        [h(47.5), 'acute_liaison', 'assessment'],
      ]).acuteLiaison48h.withinTarget,
    ).toBe(1);
    expect(
      summary([
        [0, 'acute_liaison', 'referral'],
        [h(48.5), 'acute_liaison', 'assessment'],
      ]).acuteLiaison48h.withinTarget,
    ).toBe(0);
  });
});
