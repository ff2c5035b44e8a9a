import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysFromCivil, parseIsoDate } from '../../../src/core/cohort/parseIsoDate.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('parseIsoDate', () => {
  it('reads dates as whole days since 1970-01-01 UTC', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('1970-01-02')).toBe(1);
    expect(parseIsoDate('1969-12-31')).toBe(-1);
    expect(parseIsoDate('2020-03-14')).toBe(day('2020-03-14'));
    expect(parseIsoDate('2000-02-29')).toBe(day('2000-02-29'));
  });

  it('rejects impossible calendar dates instead of rolling them over', () => {
    for (const bad of [
      '2020-02-30',
      '2019-02-29',
      '1900-02-29',
      '2020-04-31',
      '2020-13-01',
      '2020-00-10',
      '2020-01-00',
      '2020-01-32',
    ]) {
      expect(parseIsoDate(bad), bad).toBeUndefined();
    }
    expect(parseIsoDate('2024-02-29')).toBe(day('2024-02-29'));
  });

  it('rejects text that is not ISO 8601', () => {
    for (const bad of [
      '',
      '14/03/2020',
      '2020-3-14',
      '2020/03/14',
      '20200314',
      'yesterday',
      '2020-03-14x',
      ' 2020-03-14',
      '2020-03-14T',
      '2020-03-14T9:30',
      '2020-03-14T24:00',
      '2020-03-14T10:60',
      '2020-03-14T10:00:61',
      '2020-03-14T10:00:00.',
      '2020-03-14T10:00+25:00',
      '2020-03-14T10:00Z0',
    ]) {
      expect(parseIsoDate(bad), bad).toBeUndefined();
    }
  });

  it('reads date-times as fractional days, converting zones to UTC', () => {
    expect(parseIsoDate('2020-03-14T12:00')).toBe(day('2020-03-14') + 0.5);
    expect(parseIsoDate('2020-03-14T12:00:00Z')).toBe(day('2020-03-14') + 0.5);
    expect(parseIsoDate('2020-03-14 12:00:00')).toBe(day('2020-03-14') + 0.5);
    expect(parseIsoDate('2020-03-14T13:00:00+01:00')).toBe(day('2020-03-14') + 0.5);
    expect(parseIsoDate('2020-03-14T13:00:00+0100')).toBe(day('2020-03-14') + 0.5);
    expect(parseIsoDate('2020-03-14T13:00+01')).toBe(day('2020-03-14') + 0.5);
    expect(parseIsoDate('2020-03-14T07:00:00-05:00')).toBe(day('2020-03-14') + 0.5);
    // Across midnight: 00:30 at +01:00 is 23:30 UTC the day before.
    expect(parseIsoDate('2020-03-14T00:30:00+01:00')).toBeCloseTo(day('2020-03-13') + 23.5 / 24, 12);
    expect(parseIsoDate('2020-03-14T00:00:00.5Z')).toBeCloseTo(day('2020-03-14') + 0.5 / 86_400, 12);
  });

  it('xsd mode (XES) needs a T and seconds, and takes Z or ±hh:mm only', () => {
    expect(parseIsoDate('2020-03-14', 'xsd')).toBeUndefined();
    expect(parseIsoDate('2020-03-14 12:00:00Z', 'xsd')).toBeUndefined();
    expect(parseIsoDate('2020-03-14T12:00Z', 'xsd')).toBeUndefined();
    expect(parseIsoDate('2020-03-14T12:00:00+0100', 'xsd')).toBeUndefined();
    expect(parseIsoDate('2020-03-14T12:00:00', 'xsd')).toBe(day('2020-03-14') + 0.5);
    expect(parseIsoDate('2010-12-30T14:32:00.000+01:00', 'xsd')).toBe(
      Date.parse('2010-12-30T14:32:00.000+01:00') / 86_400_000,
    );
  });

  it('agrees with Date.parse on every valid date-time with a zone', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1800, 0, 1)),
          max: new Date(Date.UTC(2200, 0, 1)),
          noInvalidDate: true,
        }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (d, offsetMin) => {
          const local = new Date(d.getTime() + offsetMin * 60_000).toISOString().slice(0, 23);
          const sign = offsetMin < 0 ? '-' : '+';
          const abs = Math.abs(offsetMin);
          const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          const got = parseIsoDate(`${local}${zone}`);
          expect(got).toBeDefined();
          expect(Math.abs((got ?? 0) * 86_400_000 - d.getTime())).toBeLessThan(0.01);
        },
      ),
    );
  });

  it('daysFromCivil matches Date.UTC', () => {
    for (const [y, m, d] of [
      [1970, 1, 1],
      [1600, 3, 1],
      [2000, 2, 29],
      [2400, 12, 31],
      [1, 1, 1],
    ] as const) {
      const date = new Date(0);
      date.setUTCFullYear(y, m - 1, d);
      expect(daysFromCivil(y, m, d)).toBe(Math.round(date.getTime() / 86_400_000));
    }
  });
});
