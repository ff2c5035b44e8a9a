import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../src/core/cohort/parseIsoDate.ts';
import { compileFormat, matchFormat } from '../../../src/core/profile/timeFormat.ts';
import { TimeReader } from '../../../src/core/profile/timeReader.ts';
import { isTimeZone, ZoneOffsets } from '../../../src/core/profile/zoneOffsets.ts';

const reader = (formats: string[], zone = 'UTC') => {
  const r = TimeReader.compile(formats, zone);
  if ('error' in r) throw new Error(r.error);
  return r;
};
/** The instant as an ISO string in UTC, to the second. */
const utc = (days: number) => new Date(Math.round(days * 86_400_000)).toISOString().replace('.000Z', 'Z');
const iso = (text: string) => parseIsoDate(text) ?? NaN;

describe('time formats', () => {
  it('reads every token and literal', () => {
    const f = compileFormat("d.M.yyyy 'at' H:mm:ss.SSS");
    if (typeof f === 'string') throw new Error(f);
    expect(matchFormat(f, '4.3.2020 at 9:05:07.25')).toEqual({
      y: 2020,
      mo: 3,
      d: 4,
      h: 9,
      mi: 5,
      sec: 7.25,
      offset: undefined,
    });
    const two = compileFormat('dd/MM/yyyy HH:mm');
    if (typeof two === 'string') throw new Error(two);
    expect(matchFormat(two, '4/3/2020 09:05')).toBeUndefined(); // MM and dd take two digits
    expect(matchFormat(two, '04/03/2020  09:05')).toMatchObject({ d: 4, mo: 3, h: 9, mi: 5 }); // a space matches spaces
    expect(matchFormat(two, '04/03/2020 09:05+01:00')).toMatchObject({ offset: 60 });
    expect(matchFormat(two, '04/03/2020 09:05Z')).toMatchObject({ offset: 0 });
    expect(matchFormat(two, '04/03/2020 09:05 -0230')).toMatchObject({ offset: -150 });
    expect(matchFormat(two, '04/03/2020 09:05 junk')).toBeUndefined();
  });

  it('reads English month names and their first three letters', () => {
    const r = reader(['dd-MMM-yyyy']);
    expect(utc(r.read('14-Mar-2020'))).toBe('2020-03-14T00:00:00Z');
    expect(utc(r.read('14-MARCH-2020'))).toBe('2020-03-14T00:00:00Z');
    expect(utc(r.read('14-sept-2020'))).toBe('2020-09-14T00:00:00Z');
    expect(r.read('14-Mär-2020')).toBeNaN();
  });

  it('tries a list of formats in order, with ISO 8601 and spreadsheet serials among them', () => {
    const r = reader(['dd/MM/yyyy HH:mm', 'dd/MM/yyyy', 'iso', 'excel']);
    expect(utc(r.read('14/03/2020 09:30'))).toBe('2020-03-14T09:30:00Z');
    expect(r.read('14/03/2020')).toBe(iso('2020-03-14'));
    expect(r.read('2020-03-14T09:30:00+01:00')).toBe(iso('2020-03-14T09:30:00+01:00'));
    expect(r.read('43904')).toBe(iso('2020-03-14'));
    expect(utc(r.read('43904.395833333336'))).toBe('2020-03-14T09:30:00Z');
    expect(r.read('60')).toBeNaN(); // 29 February 1900 never was
    expect(r.read('31/02/2020')).toBeNaN();
    expect(r.read('14/03/2020 24:00')).toBeNaN();
    expect(r.read('yesterday')).toBeNaN();
  });

  it('reads ISO 8601 by default, exactly as §2 does', () => {
    const r = reader([]);
    for (const t of [
      '2020-03-14',
      '2020-03-14T09:30',
      '2011-10-11 13:45:40.276000+02:00',
      '2020-03-14T09:30:00Z',
    ])
      expect(r.read(t)).toBe(iso(t));
    expect(r.read('14/03/2020')).toBeNaN();
  });

  it('gives the same number as §2 for the same instant written with its offset', () => {
    const r = reader(['dd/MM/yyyy HH:mm:ss.SSS'], 'Europe/London');
    expect(r.read('11/10/2011 13:45:40.276')).toBe(iso('2011-10-11T13:45:40.276+01:00'));
    expect(r.read('11/12/2011 13:45:40.276')).toBe(iso('2011-12-11T13:45:40.276+00:00'));
  });
});

describe('local times in Europe/London across the daylight-saving changes', () => {
  const r = reader(['dd/MM/yyyy HH:mm', 'dd/MM/yyyy'], 'Europe/London');

  it('reads GMT in winter and BST in summer', () => {
    expect(utc(r.read('14/01/2020 09:30'))).toBe('2020-01-14T09:30:00Z');
    expect(utc(r.read('14/07/2020 09:30'))).toBe('2020-07-14T08:30:00Z');
  });

  it('reads a time in the hour skipped in March with the offset before the change (it lands after the gap)', () => {
    expect(utc(r.read('29/03/2020 00:59'))).toBe('2020-03-29T00:59:00Z');
    expect(utc(r.read('29/03/2020 01:30'))).toBe('2020-03-29T01:30:00Z'); // = 02:30 BST
    expect(utc(r.read('29/03/2020 02:00'))).toBe('2020-03-29T01:00:00Z'); // the first minute of BST
    expect(utc(r.read('29/03/2020 02:30'))).toBe('2020-03-29T01:30:00Z');
    expect(r.gaps).toBe(1);
    expect(r.firstGap).toBe('29/03/2020 01:30');
  });

  it('reads a time in the hour repeated in October as the earlier of the two (still BST)', () => {
    expect(utc(r.read('25/10/2020 00:59'))).toBe('2020-10-24T23:59:00Z');
    expect(utc(r.read('25/10/2020 01:00'))).toBe('2020-10-25T00:00:00Z');
    expect(utc(r.read('25/10/2020 01:30'))).toBe('2020-10-25T00:30:00Z');
    expect(utc(r.read('25/10/2020 02:00'))).toBe('2020-10-25T02:00:00Z');
  });

  it('keeps a date without a time of day as that calendar day, whatever the zone', () => {
    expect(r.read('14/07/2020')).toBe(iso('2020-07-14'));
    expect(r.read('29/03/2020')).toBe(iso('2020-03-29'));
  });

  it('reads ISO local date-times in the zone, and ones with an offset as written', () => {
    const i = reader([], 'Europe/London');
    expect(utc(i.read('2020-07-14 09:30:00'))).toBe('2020-07-14T08:30:00Z');
    expect(i.read('2020-07-14T09:30:00+02:00')).toBe(iso('2020-07-14T09:30:00+02:00'));
    expect(i.read('2020-07-14')).toBe(iso('2020-07-14'));
  });
});

describe('zone offsets', () => {
  it('knows IANA zones and refuses others', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Lndon')).toBe(false);
  });

  it('follows another zone’s own rules (America/New_York changes on other dates)', () => {
    const z = new ZoneOffsets('America/New_York');
    expect(z.offsetAt(Date.UTC(2020, 2, 14, 12))).toBe(-4 * 3_600_000); // after 8 March
    expect(z.offsetAt(Date.UTC(2020, 2, 7, 12))).toBe(-5 * 3_600_000);
    expect(z.localOffset(Date.UTC(2020, 2, 8, 2, 30))).toEqual({ offset: -5 * 3_600_000, shifted: true });
  });
});
