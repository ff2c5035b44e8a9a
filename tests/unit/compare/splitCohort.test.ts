import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/core/cohort/importCsv.ts';
import {
  groupMasks,
  splitByColumn,
  splitByDate,
  splitColumns,
} from '../../../src/core/compare/splitCohort.ts';
import { formatProblem } from '../../../src/core/problems.ts';
import { okValue, pathway, problemsOf } from '../cohort/helpers.ts';

const csv = (...rows: string[]) =>
  okValue(
    importCsv(`journey_id,date,service,activity,Age Band\n${rows.join('\n')}\n`, pathway, { file: 'c.csv' }),
  );

// C1's first event (by time, not by file order) is 2019-12-31; C2's is 2020-01-01 at 00:30 UTC; C3's is
// 2019-12-31T23:30-01:00, which is 2020-01-01T00:30 UTC: dates are compared in UTC, as the importer reads them.
const cohort = csv(
  'C1,2020-02-01,gp,contact,11-13',
  'C1,2019-12-31,school,concern,14-15',
  'C2,2020-01-01T00:30:00Z,gp,contact,',
  'C3,2019-12-31T23:30:00-01:00,school,concern,11-13',
  'C4,2019-06-01,ed,admission,11-13',
);

describe('splitByDate (CONTRACT §7)', () => {
  it('puts each journey in the group of the date of its first row: before the date, or on or after it', () => {
    const g = okValue(splitByDate(cohort, '2020-01-01'));
    expect(g.labels).toEqual(['before 2020-01-01', 'from 2020-01-01']);
    expect([...g.groupOf]).toEqual([0, 1, 1, 0]);
    expect(groupMasks(g).map((m) => [...m])).toEqual([
      [1, 0, 0, 1],
      [0, 1, 1, 0],
    ]);
  });

  it('refuses a date outside the range of the journeys’ first dates, giving the range', () => {
    const messages = (date: string) => problemsOf(splitByDate(cohort, date)).map(formatProblem);
    expect(messages('2019-06-01')).toEqual([
      "<input>: --split-date: no journey starts before 2019-06-01: the journeys' first events run from 2019-06-01 to 2020-01-01. Choose a date after 2019-06-01 and no later than 2020-01-01. [PL400]",
    ]);
    expect(messages('2020-01-02')[0]).toContain('no journey starts on or after 2020-01-02');
    expect(okValue(splitByDate(cohort, '2019-06-02')).groupOf[3]).toBe(0);
  });

  it('refuses a date that is not YYYY-MM-DD, and a cohort of day offsets', () => {
    expect(problemsOf(splitByDate(cohort, '01/01/2020'))[0]?.message).toBe(
      '"01/01/2020" is not a date; give the split date as YYYY-MM-DD, e.g. 2020-01-01.',
    );
    expect(problemsOf(splitByDate(cohort, '2020-02-30'))[0]?.message).toContain('is not a date');
    const days = okValue(
      importCsv('journey_id,day,service,activity\nA,0,gp,contact\nB,5,gp,contact\n', pathway),
    );
    expect(problemsOf(splitByDate(days, '2020-01-01'))[0]?.message).toContain('day offsets');
  });
});

describe('splitByColumn', () => {
  it('makes one group per value of the first row, in order of first appearance, with a "(no value)" group', () => {
    const g = okValue(splitByColumn(cohort, pathway, 'AGE BAND'));
    // C1's first row (by time) says 14-15 though its file-first row says 11-13.
    expect(g.labels).toEqual(['14-15', '(no value)', '11-13']);
    expect([...g.groupOf]).toEqual([0, 1, 2, 2]);
  });

  it('splits by the service or the activity where journeys start', () => {
    expect(okValue(splitByColumn(cohort, pathway, 'service')).labels).toEqual(['school', 'gp', 'ed']);
    expect(okValue(splitByColumn(cohort, pathway, 'activity')).labels).toEqual([
      'concern',
      'contact',
      'admission',
    ]);
  });

  it('refuses a column the cohort does not have, listing those it has', () => {
    expect(splitColumns(cohort)).toEqual(['age band', 'service', 'activity']);
    expect(problemsOf(splitByColumn(cohort, pathway, 'locality'))[0]?.message).toBe(
      'the cohort has no column "locality"; it can be split by age band, service, activity.',
    );
  });

  it('refuses a column with one value only, or with more than 50', () => {
    const one = csv('A,2020-01-01,gp,contact,x', 'B,2020-01-02,gp,contact,x');
    expect(problemsOf(splitByColumn(one, pathway, 'age band'))[0]?.message).toContain(
      'every journey has the same age band on its first row ("x")',
    );
    const many = csv(...Array.from({ length: 51 }, (_, i) => `J${i},2020-01-01,gp,contact,v${i}`));
    expect(problemsOf(splitByColumn(many, pathway, 'age band'))[0]?.message).toContain('51 different values');
  });
});
