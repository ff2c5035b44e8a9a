import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import { importCsv } from '../../../src/core/cohort/importCsv.ts';
import { compareGroups } from '../../../src/core/compare/compareGroups.ts';
import { comparisonCsv } from '../../../src/core/compare/comparisonCsv.ts';
import { comparisonDocument } from '../../../src/core/compare/comparisonJson.ts';
import { groupMasks, splitByDate } from '../../../src/core/compare/splitCohort.ts';
import { sharedJourneyIds } from '../../../src/core/compare/sharedJourneyIds.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import { okValue, pathway } from '../cohort/helpers.ts';

const loaded = loadPathway(pathway);

/** A concern at school, then the emergency department 10 days later: one missed point, lead time 10. */
const missed = (id: string, start: string) => [
  `${id},${start},school,concern,self_harm`,
  `${id},${start.slice(0, 8)}${String(Number(start.slice(8)) + 10).padStart(2, '0')},ed,contact,`,
];
/** The same with a referral to the support team in between: no missed point. */
const answered = (id: string, start: string) => {
  const day = (k: number) => `${start.slice(0, 8)}${String(Number(start.slice(8)) + k).padStart(2, '0')}`;
  return [
    `${id},${start},school,concern,anxiety`,
    `${id},${day(5)},mhst,referral,`,
    `${id},${day(10)},ed,contact,`,
  ];
};

const text = [
  'journey_id,date,service,activity,concerns',
  ...missed('A1', '2019-03-01'),
  ...missed('A2', '2019-04-01'),
  ...missed('A3', '2019-05-01'),
  ...missed('B1', '2020-03-01'),
  ...missed('B2', '2020-04-01'),
  ...missed('B3', '2020-05-01'),
  ...answered('B4', '2020-03-01'),
  ...answered('B5', '2020-04-01'),
  ...answered('B6', '2020-05-01'),
  '',
].join('\n');
const cohort = okValue(importCsv(text, pathway, { file: 'c.csv' }));
const groups = okValue(splitByDate(cohort, '2020-01-01'));
const comparison = compareGroups(
  loaded,
  DEFAULT_PARAMETERS,
  { kind: 'date', value: '2020-01-01' },
  groupMasks(groups).map((mask, i) => ({ label: groups.labels[i] ?? '', cohort, mask })),
);

describe('comparisonDocument (CONTRACT §7)', () => {
  const doc = comparisonDocument(comparison);

  it('has the contract fields, in the contract form', () => {
    expect(doc.pathway).toBe('testville');
    expect(doc.parameters).toEqual({ windowDays: 28, horizonDays: 365 });
    expect(doc.split).toEqual({ kind: 'date', value: '2020-01-01' });
    expect(doc.groups.map((g) => ({ ...g }))).toMatchObject([
      {
        label: 'before 2020-01-01',
        journeys: 3,
        events: 6,
        reachedCrisis: 3,
        missedPoints: 3,
        missedPointsByService: { school: 3 },
        journeysWithMissedPoints: 3,
        leadTimeMedianDays: 10,
      },
      {
        label: 'from 2020-01-01',
        journeys: 6,
        events: 15,
        reachedCrisis: 6,
        missedPoints: 3,
        missedPointsByService: { school: 3 },
        journeysWithMissedPoints: 3,
        leadTimeMedianDays: 10,
      },
    ]);
    expect(doc.groups[1]).toMatchObject({
      missedPointsPer100Journeys: 50,
      journeysWithMissedPointsShare: { value: 0.5 },
      leadTimeJourneys: 6,
    });
  });

  it('gives each difference from the first group with its interval, flagged when it rests on fewer than 5 journeys', () => {
    const d = doc.differences[0];
    expect(d?.from).toBe('before 2020-01-01');
    expect(d?.to).toBe('from 2020-01-01');
    expect(d?.journeysWithMissedPointsShare).toMatchObject({
      value: -0.5,
      method: 'newcombe-hybrid-score',
      finding: false,
      note: 'not a finding: it rests on 3 journeys in "before 2020-01-01" (fewer than 5).',
    });
    expect(d?.journeysWithMissedPointsShare.low).toBeLessThan(-0.5);
    expect(d?.journeysWithMissedPointsShare.high).toBeGreaterThan(-0.5);
    expect(d?.missedPointsPer100Journeys).toMatchObject({
      value: -50,
      method: 'welch-normal',
      finding: false,
    });
    expect(d?.leadTimeMedianDays).toMatchObject({
      value: 0,
      method: 'mckean-schrader-normal',
      finding: false,
    });
    expect(Object.keys(d?.missedPointsPer100JourneysByService ?? {})).toEqual(['school']);
    expect(doc.notes.intervals).toContain('newcombe-hybrid-score');
  });
});

describe('comparisonCsv: disclosure control on every group', () => {
  const table = (suppress: boolean) =>
    Papa.parse<string[]>(comparisonCsv(comparison, pathway, { suppress, roundTo: 0 }), {
      skipEmptyLines: true,
    }).data;
  const row = (t: string[][], measure: string) => t.find((r) => r[0] === measure) ?? [];

  it('shows counts from 1 to 4 as <5 and hides what rests on them, differences included', () => {
    const t = table(true);
    expect(t[0]).toEqual([
      'measure',
      'before 2020-01-01',
      'from 2020-01-01',
      'from 2020-01-01 minus before 2020-01-01',
      '95% interval low',
      '95% interval high',
      'note',
    ]);
    expect(row(t, 'Journeys').slice(1, 3)).toEqual(['<5', '6']);
    expect(row(t, 'Events').slice(1, 3)).toEqual(['6', '15']);
    expect(row(t, 'Journeys with missed early-intervention points').slice(1, 3)).toEqual(['<5', '<5']);
    const share = row(t, 'Journeys with missed early-intervention points (% of journeys)');
    expect(share.slice(1, 6)).toEqual(['not shown (<5)', 'not shown (<5)', '', '', '']);
    expect(share[6]).toContain('difference not shown, it rests on a count below 5');
    expect(row(t, 'Median lead time, first concern to first crisis (days)').slice(1, 3)).toEqual([
      'not shown (fewer than 5 journeys with a lead time)',
      '10',
    ]);
    const notes = t.filter((r) => r[0]?.startsWith('note: ')).map((r) => r[0]);
    expect(notes[0]).toContain('counts from 1 to 4 are shown as “<5”');
    expect(notes.join(' ')).toContain('do not publish the cohort’s total beside this table');
    // No cell anywhere gives a small count away.
    for (const r of t) for (const c of r) expect(c).not.toMatch(/^[1-4]$/);
  });

  it('shows everything when suppression is switched off, and says so', () => {
    const t = table(false);
    expect(row(t, 'Journeys').slice(1, 3)).toEqual(['3', '6']);
    const share = row(t, 'Journeys with missed early-intervention points (% of journeys)');
    expect(share.slice(1, 4)).toEqual(['100', '50', '-50']);
    expect(Number(share[4])).toBeLessThan(-50);
    expect(share[6]).toBe(
      'from 2020-01-01: not a finding: it rests on 3 journeys in "before 2020-01-01" (fewer than 5).',
    );
    expect(t.find((r) => r[0]?.startsWith('note: '))?.[0]).toContain('Unsuppressed');
  });
});

describe('sharedJourneyIds', () => {
  it('lists the ids of the second cohort that the first has too', () => {
    const other = okValue(
      importCsv(
        'journey_id,date,service,activity\nB2,2020-01-01,gp,contact\nZ9,2020-01-01,gp,contact\nA1,2020-01-02,gp,contact\n',
        pathway,
      ),
    );
    expect(sharedJourneyIds(cohort, other)).toEqual(['B2', 'A1']);
  });
});

describe('comparisonCsv: secondary suppression within a group', () => {
  // From 2020: 6 journeys with a missed point at school and 1 at the GP, 7 in all: the school's 6
  // would give the GP's 1 away (7 − 6), so one of them is hidden too.
  const at = (service: string) => (id: string, start: string) =>
    missed(id, start).map((r, i) => (i === 0 ? r.replace(',school,', `,${service},`) : r));
  const rows = [
    'journey_id,date,service,activity,concerns',
    ...['A1', 'A2', 'A3', 'A4', 'A5', 'A6'].flatMap((id, k) => missed(id, `2019-0${String(k + 1)}-01`)),
    ...['B1', 'B2', 'B3', 'B4', 'B5', 'B6'].flatMap((id, k) => missed(id, `2020-0${String(k + 1)}-01`)),
    ...at('gp')('B7', '2020-07-01'),
    '',
  ].join('\n');
  const c = okValue(importCsv(rows, pathway, { file: 'c.csv' }));
  const g = okValue(splitByDate(c, '2020-01-01'));
  const comp = compareGroups(
    loaded,
    DEFAULT_PARAMETERS,
    { kind: 'date', value: '2020-01-01' },
    groupMasks(g).map((mask, i) => ({ label: g.labels[i] ?? '', cohort: c, mask })),
  );
  const t = Papa.parse<string[]>(comparisonCsv(comp, pathway, { suppress: true, roundTo: 0 }), {
    skipEmptyLines: true,
  }).data;
  const cellsOf = (measure: string) => (t.find((r) => r[0] === measure) ?? []).slice(1, 3);

  it('hides another count of the group rather than let "<5" be worked out', () => {
    expect(cellsOf('Missed points at GP')).toEqual(['0', '<5']);
    const school = cellsOf('Missed points at School');
    const total = cellsOf('Missed early-intervention points');
    // The first group shows everything; the second hides the school's 6 or the total of 7.
    expect([school[0], total[0]]).toEqual(['6', '6']);
    expect([school[1], total[1]]).toContain('≥5');
    expect(t.some((r) => r[0]?.includes('another count is hidden too'))).toBe(true);
  });
});
