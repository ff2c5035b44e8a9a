import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimeReader } from '../../../src/core/profile/timeReader.ts';
import { duckdbMacros } from '../../../src/core/sql/duckdbSource.ts';
import { profileTimeSql } from '../../../src/core/sql/profileTimeSql.ts';
import { testDuckDb } from './cohortCases.ts';

/** The instants (ms) and skipped-hour flags DuckDB reads for `texts`, or null where it reads none. */
async function duckTimes(
  con: Awaited<ReturnType<typeof testDuckDb>>['con'],
  formats: readonly string[],
  zone: string,
  texts: readonly string[],
): Promise<(readonly [number, boolean] | null)[]> {
  const compiled = profileTimeSql(formats, zone);
  if (!compiled.ok) throw new Error(compiled.message);
  for (const s of [...duckdbMacros(), ...compiled.macros]) await con.run(s);
  const list = texts.map((t) => `'${t.replace(/'/g, "''")}'`).join(', ');
  const rows = (
    await con.runAndReadAll(
      `SELECT i, epoch_ms(z.t) AS ms, z.gap AS gap FROM (SELECT i, pl_time_zoned(pl_time_read(x)) AS z
        FROM (SELECT unnest([${list}]) AS x, generate_subscripts([${list}], 1) AS i))`,
    )
  ).getRowObjectsJS();
  const out = new Array<readonly [number, boolean] | null>(texts.length).fill(null);
  for (const r of rows) if (r.ms !== null) out[Number(r.i) - 1] = [Number(r.ms), r.gap === true];
  return out;
}

/** What the importer reads: ms since 1970 (rounded), and whether the text fell in a skipped hour. */
function importerTimes(formats: readonly string[], zone: string, texts: readonly string[]) {
  return texts.map((t) => {
    const reader = TimeReader.compile(formats, zone) as TimeReader;
    const days = reader.read(t);
    return Number.isNaN(days) ? null : ([Math.round(days * 86_400_000), reader.gaps > 0] as const);
  });
}

/** Every quarter hour (as local wall text) of the two days around each clock change of 2020 and 2021. */
function aroundChanges(days: readonly string[]): string[] {
  const out: string[] = [];
  for (const day of days) {
    const start = Date.parse(`${day}T00:00:00Z`) - 86_400_000;
    for (let q = 0; q < 4 * 72; q++) {
      const d = new Date(start + q * 15 * 60_000).toISOString();
      out.push(`${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 16)}`);
    }
  }
  return out;
}

describe('profile time formats compiled to DuckDB read what the importer reads', () => {
  let db: Awaited<ReturnType<typeof testDuckDb>>;
  beforeAll(async () => {
    db = await testDuckDb();
  });
  afterAll(() => {
    db.close();
  });

  const CASES: readonly [string, readonly string[], string, readonly string[]][] = [
    [
      'day-first dates and date-times, excel, in UTC',
      ['dd/MM/yyyy HH:mm', 'dd/MM/yyyy', 'excel'],
      'UTC',
      [
        '14/03/2020 09:30',
        '14/03/2020',
        '31/02/2020',
        '14/13/2020',
        '14/00/2020 10:00',
        '00/01/2020',
        '99/99/9999',
        '29/02/2020 23:59',
        '29/02/2021',
        '14/03/2020 24:00',
        '14/03/2020 09:60',
        '14/03/2020  09:30',
        '14/03/2020 09:30Z',
        '14/03/2020 09:30 +0130',
        '14/03/2020 09:30-05:00',
        '14/03/2020 09:30+24:00',
        '43905',
        '43905.5',
        '43905.999999',
        '60',
        '61',
        '1234567',
        '2020-03-14',
        'x',
      ],
    ],
    [
      'one-digit fields, month names, seconds and fractions',
      ['d/M/yyyy H:mm:ss.SSS', 'd MMM yyyy', 'yyyyMMdd', "yyyy-MM-dd'T'HH:mm:ss", 'iso'],
      'Europe/London',
      [
        '1/2/2020 9:05:07.25',
        '01/12/2020 19:05:07.123456789',
        '1/2/2020 9:05:60.0',
        '3 Mar 2020',
        '3 MARCH 2020',
        '3 sept 2020',
        '3 Marc 2020',
        '30 Feb 2020',
        '1/13/2020 9:05:07.5',
        '20200314',
        '2020-03-14T10:00:00',
        '2020-03-14T10:00:00+02:00',
        '2020-07-01 12:00',
        '2020-07-01T12:00:00Z',
        '2020-07-01',
        '123/4/2020 1:00:00.1',
      ],
    ],
  ];

  it.each(CASES)('%s', async (_name, formats, zone, texts) => {
    expect(await duckTimes(db.con, formats, zone, texts)).toEqual(importerTimes(formats, zone, texts));
  });

  it.each([
    ['Europe/London', ['2020-03-29', '2020-10-25', '2021-03-28', '2021-10-31']],
    ['America/New_York', ['2020-03-08', '2020-11-01']],
    ['Australia/Lord_Howe', ['2020-04-05', '2020-10-04']],
    ['Asia/Kathmandu', ['1986-01-01']],
  ] as const)('every quarter hour around the clock changes in %s', async (zone, days) => {
    const texts = aroundChanges(days);
    const got = await duckTimes(db.con, ['dd/MM/yyyy HH:mm'], zone, texts);
    expect(got).toEqual(importerTimes(['dd/MM/yyyy HH:mm'], zone, texts));
    // The clocks did change: some wall times were skipped.
    expect(got.some((g) => g?.[1] === true)).toBe(true);
  });

  it('refuses a format a regular expression would read otherwise, naming it', () => {
    const r = profileTimeSql(['dd/MM/yyyy', 'yyyyMd'], 'UTC');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.field).toBe('time.format[1]');
      expect(r.message).toContain('"M" of variable width is followed directly by "d"');
    }
  });
});
