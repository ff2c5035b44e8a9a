import { describe, expect, it } from 'vitest';
import { buildCohort } from '../../../src/core/cohort/buildCohort.ts';
import { CohortBuilder } from '../../../src/core/cohort/cohortBuilder.ts';
import { cohortToEvents } from '../../../src/core/cohort/cohortToEvents.ts';
import { importCsv } from '../../../src/core/cohort/importCsv.ts';
import type { RawRow } from '../../../src/core/cohort/rows.ts';
import { NO_VALUE } from '../../../src/core/cohort/types.ts';
import { formatProblem } from '../../../src/core/problems.ts';
import { expectOneProblem, fixture, okValue, pathway, problemsOf, where } from './helpers.ts';

const day = (iso: string) => Date.parse(iso) / 86_400_000;
const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
const HEADER = 'journey_id,date,service,activity,concerns';
const imp = (text: string, opts: Parameters<typeof importCsv>[2] = {}) =>
  importCsv(text, pathway, { file: 'c.csv', ...opts });

describe('buildCohort: a valid cohort', () => {
  it('groups journeys by first appearance and sorts each by time, ties in file order', () => {
    const c = okValue(imp(fixture('same-events.csv')));
    expect(c.file).toBe('c.csv');
    expect(c.format).toBe('csv');
    expect(c.timeBase).toBe('calendar');
    expect(c.synthetic).toBe(false);
    expect(c.journeyIds).toEqual(['C01', 'C02', 'C03']);
    expect([...c.journeyStart]).toEqual([0, 4, 7, 8]);
    // C02's gp contact (row 8) comes first by date; rows 5 and 6 share a date and keep file order.
    expect([...c.row]).toEqual([2, 3, 4, 7, 8, 5, 6, 9]);
    const svc = (id: string) => pathway.services.findIndex((s) => s.id === id);
    expect([...c.service]).toEqual(
      ['school', 'gp', 'ed', 'ward14', 'gp', 'school_nurse', 'mhst', 'school'].map(svc),
    );
    expect(cohortToEvents(c, pathway).map((e) => e.activity)).toEqual([
      'concern',
      'contact',
      'admission',
      'admission',
      'contact',
      'concern',
      'referral',
      'concern',
    ]);
    expect([...c.time]).toEqual([
      day('2020-01-06T00:00Z'),
      day('2020-01-20T00:00Z'),
      day('2020-03-02T14:30Z'),
      day('2020-03-03T00:00Z'),
      day('2020-01-15T00:00Z'),
      day('2020-02-10T00:00Z'),
      day('2020-02-10T00:00Z'),
      day('2020-05-01T08:00Z'),
    ]);
    expect(cohortToEvents(c, pathway).map((e) => e.concerns.join('+'))).toEqual([
      'anxiety+low_mood',
      'anxiety',
      'self_harm',
      'self_harm+anxiety',
      '',
      'low_mood',
      '',
      'parental_conflict',
    ]);
    expect([...c.concernStart]).toEqual([0, 2, 3, 4, 6, 6, 7, 7, 8]);
    expect([...c.notes]).toEqual([
      [0, 'Teacher noticed withdrawal'],
      [4, 'Seen before the school concern'],
    ]);
    expect(c.attributes).toHaveLength(1);
    const age = c.attributes[0];
    expect(age?.name).toBe('age_band');
    expect(age?.scope).toBe('journey');
    expect(age?.values).toEqual(['11-13', '14-15', '16-17']);
    expect([...(age?.codes ?? [])]).toEqual([0, 0, 0, 0, 1, 1, 1, 2]);
  });

  it('accepts service labels and ids in any case, and activities in any case or with spaces', () => {
    const c = okValue(
      imp(
        csv(
          HEADER,
          'C1,2020-01-01,School nurse,Concern,ANXIETY',
          'C1,2020-01-02,SCHOOL NURSE,did not attend,',
          'C1,2020-01-03, gp ,Did_Not_Attend,',
          'C1,2020-01-04,Mental Health Support Team,referral,Self_Harm | anxiety',
          'C1,2020-01-05,WARD14,admission,',
        ),
      ),
    );
    expect(
      cohortToEvents(c, pathway).map((e) => `${e.service}/${e.activity}/${e.concerns.join('+')}`),
    ).toEqual([
      'school_nurse/concern/anxiety',
      'school_nurse/did_not_attend/',
      'gp/did_not_attend/',
      'mhst/referral/self_harm+anxiety',
      'ward14/admission/',
    ]);
  });

  it('accepts concern labels as well as ids, any case (a discovered pathway labels concerns with the log values)', () => {
    const c = okValue(
      imp(
        csv(HEADER, 'C1,2020-01-01,school,concern,Low mood|SELF-HARM', 'C1,2020-01-02,gp,contact,low_mood'),
      ),
    );
    expect(cohortToEvents(c, pathway).map((e) => e.concerns.join('+'))).toEqual([
      'low_mood+self_harm',
      'low_mood',
    ]);
  });

  it('reads negative and positive day offsets (timeBase offset)', () => {
    const c = okValue(
      imp(
        csv(
          'journey_id,day,service,activity',
          'X,0,ed,admission',
          'X,-30,school,concern',
          'X,+5,ward14,discharge',
          'X,-400,gp,contact',
        ),
      ),
    );
    expect(c.timeBase).toBe('offset');
    expect([...c.time]).toEqual([-400, -30, 0, 5]);
    expect([...c.row]).toEqual([5, 3, 2, 4]);
  });

  it('mixes dates and date-times in one file; a date sorts before a date-time later that day', () => {
    const c = okValue(
      imp(
        csv(
          HEADER,
          'A,2020-01-01T09:00:00+01:00,gp,contact,',
          'A,2020-01-01,school,concern,',
          'A,2019-12-31T23:30:00Z,ed,admission,',
        ),
      ),
    );
    expect([...c.time]).toEqual([
      day('2019-12-31T23:30Z'),
      day('2020-01-01T00:00Z'),
      day('2020-01-01T08:00Z'),
    ]);
    expect([...c.row]).toEqual([4, 3, 2]);
  });

  it('keeps attribute columns: journey scope when constant per journey, else event; drops empty unnamed columns', () => {
    const c = okValue(
      imp(
        csv(
          `${HEADER},age_band,contact_mode,`,
          'A,2020-01-01,gp,contact,,11-13,phone,',
          'A,2020-01-02,gp,contact,,11-13,,',
          'B,2020-01-01,gp,contact,,,face to face,',
        ),
      ),
    );
    expect(c.attributes.map((a) => [a.name, a.scope, a.values])).toEqual([
      ['age_band', 'journey', ['11-13']],
      ['contact_mode', 'event', ['phone', 'face to face']],
    ]);
    expect([...(c.attributes[1]?.codes ?? [])]).toEqual([0, NO_VALUE, 1]);
  });

  it('keeps an unnamed column that has values, as column_N', () => {
    const c = okValue(imp(csv(`${HEADER},`, 'A,2020-01-01,gp,contact,,x')));
    expect(c.attributes.map((a) => a.name)).toEqual(['column_6']);
  });

  it('marks the cohort synthetic when every row says so, or when the caller says so', () => {
    const rows = (a: string, b: string) =>
      csv(`${HEADER},synthetic`, `A,2020-01-01,gp,contact,,${a}`, `A,2020-01-02,gp,contact,,${b}`);
    expect(okValue(imp(rows('yes', 'TRUE'))).synthetic).toBe(true);
    expect(okValue(imp(rows('yes', 'no'))).synthetic).toBe(false);
    expect(okValue(imp(rows('yes', ''))).synthetic).toBe(false);
    expect(okValue(imp(csv(HEADER, 'A,2020-01-01,gp,contact,'), { synthetic: true })).synthetic).toBe(true);
    expect(okValue(imp(csv(HEADER, 'A,2020-01-01,gp,contact,'))).synthetic).toBe(false);
    expect(okValue(imp(rows('yes', 'yes'))).attributes).toEqual([]);
  });

  it('accepts a streaming source that feeds a sink', () => {
    const c = okValue(
      buildCohort(
        {
          columns: ['journey_id', 'day', 'service', 'activity'],
          headerRow: 3,
          feed(sink) {
            const cells = ['B', '2', 'ed', 'admission'];
            sink.push(4, cells, 4);
            cells[1] = '-1';
            cells[2] = 'gp';
            cells[3] = 'contact';
            sink.push(5, cells, 4);
          },
        },
        pathway,
        { format: 'csv' },
      ),
    );
    expect([...c.row]).toEqual([5, 4]);
    expect(cohortToEvents(c, pathway).map((e) => `${e.time}:${e.service}`)).toEqual(['-1:gp', '2:ed']);
    const missing = problemsOf(
      buildCohort({ columns: ['journey_id'], headerRow: 3, feed: () => undefined }, pathway, {
        format: 'csv',
      }),
    );
    expect(where(missing)).toEqual(['3|service|PL201', '3|activity|PL201', '3|date|PL201']);
  });

  it('accepts rows as plain objects', () => {
    const rows: RawRow[] = [
      { row: 2, fields: { journey_id: 'A', day: '3', service: 'gp', activity: 'contact' } },
      {
        row: 3,
        fields: { journey_id: 'A', day: '1', service: 'school', activity: 'concern', concerns: 'anxiety' },
      },
    ];
    const c = okValue(buildCohort(rows, pathway, { format: 'json', file: 'rows' }));
    expect([...c.time]).toEqual([1, 3]);
    expect([...c.row]).toEqual([3, 2]);
    expect([...c.concernCodes]).toEqual([1]);
  });
});

describe('buildCohort: problems', () => {
  it('names each missing required column at row 1, and reads no rows', () => {
    const p = problemsOf(imp(csv('journey_id,date,service', 'A,2020-01-01,gp')));
    const one = expectOneProblem(p, 1, 'activity', 'PL201');
    expect(one.message).toBe(
      'the column "activity" is missing; required: journey_id, date or day, service, activity. The file has: journey_id, date, service.',
    );
    expect(one.file).toBe('c.csv');
    expect(where(problemsOf(imp(csv('Service,Activity', 'gp,contact'))))).toEqual([
      '1|journey_id|PL201',
      '1|date|PL201',
    ]);
  });

  it('says that a process-mining log needs an import profile, and does not read its Activity as ours', () => {
    const text = csv(
      'Case ID,Activity,Complete Timestamp',
      'C1,Register request,2020-01-01 10:00',
      'C1,contact,2020-01-02 10:00',
    );
    const p = expectOneProblem(problemsOf(imp(text)), 1, undefined, 'PL201');
    expect(p.message).toMatch(
      /^the file looks like a process-mining event log \(case id, complete timestamp\), not a cohort/,
    );
    expect(p.message).toContain('--map profile.json');
    expect(p.message).toContain('The file has: case id, activity, complete timestamp.');
    const xes = csv('case:concept:name,concept:name,time:timestamp', 'C1,a,2020-01-01');
    expect(problemsOf(imp(xes))[0]?.message).toMatch(/\(case:concept:name, concept:name, time:timestamp\)/);
  });

  it('refuses both a date and a day column, and duplicate columns', () => {
    expectOneProblem(
      problemsOf(imp(csv('journey_id,date,day,service,activity', 'A,2020-01-01,0,gp,contact'))),
      1,
      'day',
      'PL202',
    );
    const dup = expectOneProblem(
      problemsOf(imp(csv('journey_id,date,service,activity,Service ', 'A,2020-01-01,gp,contact,gp'))),
      1,
      'service',
      'PL202',
    );
    expect(dup.message).toContain('columns 3 and 5');
  });

  it('says which service is unknown and lists the allowed ids', () => {
    const p = expectOneProblem(
      problemsOf(imp(csv(HEADER, 'A,2020-01-01,gp,contact,', 'A,2020-01-02,camhs,referral,'))),
      3,
      'service',
      'PL202',
    );
    expect(p.message).toBe(
      '"camhs" is not a service of pathway testville; allowed: school, gp, school_nurse, mhst, ed, ward14 (service labels are accepted too).',
    );
    expect(formatProblem(p)).toBe(`c.csv:3: service: ${p.message} [PL202]`);
  });

  it('says which activity is unknown and lists the allowed ones', () => {
    const p = expectOneProblem(
      problemsOf(imp(csv(HEADER, 'A,2020-01-01,ed,admited,'))),
      2,
      'activity',
      'PL202',
    );
    expect(p.message).toBe(
      '"admited" is not an activity; allowed: concern, contact, referral, assessment, intervention, admission, discharge, declined, did_not_attend.',
    );
  });

  it('says which concern codes are unknown, each once with its rows and the nearest code', () => {
    const p = expectOneProblem(
      problemsOf(
        imp(
          csv(HEADER, 'A,2020-01-01,gp,contact,anxiety;selfharm|worry', 'B,2020-01-01,gp,contact,selfharm'),
        ),
      ),
      2,
      'concerns',
      'PL202',
    );
    expect(p.message).toBe(
      '2 values are not concern codes of pathway testville: "selfharm" (2 rows, first row 2; did you mean self_harm?), "worry" (row 2); allowed: self_harm, anxiety, low_mood, parental_conflict (separate several with ; or |).',
    );
  });

  it('reports empty required cells', () => {
    const p = problemsOf(
      imp(
        csv(
          HEADER,
          ',2020-01-01,gp,contact,',
          'A,,gp,contact,',
          'A,2020-01-01,,contact,',
          'A,2020-01-01,gp, ,',
        ),
      ),
    );
    expect(where(p)).toEqual(['2|journey_id|PL202', '3|date|PL202', '4|service|PL202', '5|activity|PL202']);
    expect(p[0]?.message).toContain('every row needs a journey id');
  });

  it('refuses impossible dates and non-ISO dates, with what is allowed', () => {
    const p = problemsOf(
      imp(
        csv(
          HEADER,
          'A,2020-02-30,gp,contact,',
          'A,14/03/2020,gp,contact,',
          'A,2020-02-29,gp,contact,',
          'A,2021-02-29T10:00Z,gp,contact,',
        ),
      ),
    );
    // One problem per kind, at the first row that has it, naming every value and its rows.
    expect(where(p)).toEqual(['2|date|PL202', '3|date|PL202']);
    expect(p[0]?.message).toMatch(
      /^2 values are not real calendar dates or times: "2020-02-30" \(row 2\), "2021-02-29T10:00Z" \(row 5\); allowed: a date such as 2020-03-14/,
    );
    expect(p[1]?.message).toMatch(/^"14\/03\/2020" is not an ISO 8601 date; allowed:/);
    // A day-first date says how to read it.
    expect(p[1]?.message).toContain('They look like day-first dates');
  });

  it('reports a bad date once, with the number of rows that have it and the first', () => {
    const p = problemsOf(imp(csv(HEADER, 'A,2020-13-01,gp,contact,', 'B,2020-13-01,gp,contact,')));
    expect(where(p)).toEqual(['2|date|PL202']);
    expect(p[0]?.message).toMatch(
      /^"2020-13-01" is not a real calendar date or time \(2 rows, first row 2\);/,
    );
  });

  it('groups 15,000 rows with one unknown service into one problem', () => {
    const rows = Array.from({ length: 15_000 }, (_, i) => `J${i % 500},2020-01-01,Rise MHST,contact,`);
    const p = problemsOf(imp(csv(HEADER, 'A,2020-01-01,gp,contact,', ...rows)));
    expect(where(p)).toEqual(['3|service|PL202']);
    expect(p[0]?.message).toBe(
      '"Rise MHST" is not a service of pathway testville (15,000 rows, first row 3; did you mean mhst?); allowed: school, gp, school_nurse, mhst, ed, ward14 (service labels are accepted too).',
    );
  });

  it('refuses day offsets that are not integers', () => {
    const p = problemsOf(
      imp(
        csv(
          'journey_id,day,service,activity',
          'A,3.5,gp,contact',
          'A,ten,gp,contact',
          'A,1e3,gp,contact',
          'A,-7,gp,contact',
        ),
      ),
    );
    expect(where(p)).toEqual(['2|day|PL202']);
    expect(p[0]?.message).toBe(
      '3 values are not whole numbers of days: "3.5" (row 2), "ten" (row 3), "1e3" (row 4); allowed: an integer day offset such as 0, 14 or -30.',
    );
  });

  it('refuses a synthetic value other than true/yes/false/no', () => {
    expectOneProblem(
      problemsOf(imp(csv(`${HEADER},synthetic`, 'A,2020-01-01,gp,contact,,maybe'))),
      2,
      'synthetic',
      'PL202',
    );
  });

  it('refuses a row with more cells than the header, but not trailing empty ones', () => {
    const p = expectOneProblem(
      problemsOf(imp(csv(HEADER, 'A,2020-01-01,gp,contact,,', 'A,2020-01-02,gp,contact,anxiety,oops'))),
      3,
      undefined,
      'PL202',
    );
    expect(p.message).toBe(
      'the row has 6 cells but the header has 5 columns; quote cells that contain the delimiter.',
    );
  });

  it('collects every problem of every row, in row order', () => {
    const p = problemsOf(
      imp(csv(HEADER, 'A,2020-02-30,camhs,admited,worry', 'A,2020-01-01,gp,contact,', ',x,gp,contact,')),
    );
    expect(where(p)).toEqual([
      '2|date|PL202',
      '2|service|PL202',
      '2|activity|PL202',
      '2|concerns|PL202',
      '4|journey_id|PL202',
      '4|date|PL202',
    ]);
    expect(p.every((x) => x.file === 'c.csv')).toBe(true);
  });

  it('stops at maxProblems and adds one PL205', () => {
    // Each distinct email is its own problem (values grouped by column are one problem each).
    const row = (i: number) => `A${i},2020-01-01,gp,contact,,x${i}@example.org`;
    const bad = Array.from({ length: 10 }, (_, i) => row(i));
    const p = problemsOf(imp(csv(`${HEADER},remark`, ...bad), { maxProblems: 3 }));
    expect(where(p)).toEqual(['2|remark|PL300', '3|remark|PL300', '4|remark|PL300', '-|-|PL205']);
    expect(p[3]?.message).toBe('stopped after 3 problems; fix these and import again to see any others.');
    const many = Array.from({ length: 150 }, (_, i) => row(i));
    const q = problemsOf(imp(csv(`${HEADER},remark`, ...many, 'B,2020-01-01,camhs,contact,,')));
    expect(q).toHaveLength(101);
    expect(q[100]?.code).toBe('PL205');
    expect(q[99]?.row).toBe(101);
  });

  it('counts grouped problems against maxProblems too, in row order', () => {
    const rows = ['A,2020-01-01,camhs,contact,', 'A,2020-01-01,gp,contact,,x@example.org', 'A,x,gp,contact,'];
    const p = problemsOf(imp(csv(`${HEADER},remark`, ...rows), { maxProblems: 2 }));
    expect(where(p)).toEqual(['2|service|PL202', '3|remark|PL300', '-|-|PL205']);
  });

  it('refuses an empty file and a header without rows', () => {
    expectOneProblem(problemsOf(imp('')), undefined, undefined, 'PL200');
    expectOneProblem(problemsOf(imp('\n \n')), undefined, undefined, 'PL200');
    const p = expectOneProblem(problemsOf(imp(csv(HEADER, '', ',,,,'))), 1, undefined, 'PL200');
    expect(p.message).toBe('the file has a header but no event rows; add one row per event.');
  });

  it('masks an identifying value quoted in a validation message', () => {
    const p = problemsOf(imp(csv(HEADER, 'A,2020-01-01,943 476 5919,contact,')));
    const svc = p.find((x) => x.column === 'service');
    expect(svc?.message).toMatch(
      /^"943 \*\*\* \*\*\*\*" \(masked: it looks like an NHS number\) is not a service/,
    );
    expect(JSON.stringify(p)).not.toContain('476');
  });
});

describe('CohortBuilder', () => {
  it('refuses to be used out of order (a programming error, not bad input)', () => {
    const b = new CohortBuilder(pathway, { format: 'csv' });
    expect(() => {
      b.push(2, ['a']);
    }).toThrow(/before begin/);
    b.begin(['journey_id', 'day', 'service', 'activity']);
    expect(() => b.begin(['x'])).toThrow(/twice/);
  });

  it('grows its arrays past the expected size', () => {
    const b = new CohortBuilder(pathway, { format: 'csv', expectedRows: 1 });
    b.begin(['journey_id', 'day', 'service', 'activity', 'concerns']);
    for (let i = 0; i < 5000; i++)
      b.push(i + 2, [`J${i % 7}`, String(i % 100), 'gp', 'contact', i % 3 ? 'anxiety;low_mood' : '']);
    const c = okValue(b.finish());
    expect(c.time).toHaveLength(5000);
    expect(c.concernCodes).toHaveLength(
      2 * Array.from({ length: 5000 }, (_, i) => i % 3).filter(Boolean).length,
    );
    expect(c.journeyIds).toHaveLength(7);
  });
});
