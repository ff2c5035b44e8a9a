import { describe, expect, it } from 'vitest';
import { CohortBuilder } from '../../../src/core/cohort/cohortBuilder.ts';
import { findIdentifier } from '../../../src/core/cohort/identifiers.ts';
import { importCsv } from '../../../src/core/cohort/importCsv.ts';
import { editDistance, nearestIds } from '../../../src/core/cohort/nearest.ts';
import { ValueTally } from '../../../src/core/cohort/valueTally.ts';
import { okValue, pathway, problemsOf, where } from './helpers.ts';

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('problems grouped by value', () => {
  it('tallies rows by distinct value, keeping the first row of each', () => {
    const t = new ValueTally(2);
    t.note('a', 5);
    t.note('b', 3);
    t.note('a', 9);
    t.note('c', 11);
    t.note('c', 12);
    expect(t.rows).toBe(5);
    expect(t.distinct).toBe(3);
    expect(t.values()).toEqual([
      { value: 'b', count: 1, first: 3 },
      { value: 'a', count: 2, first: 5 },
    ]);
    expect(t.firstRow).toBe(3);
  });

  it('lists several unknown services in one problem, each with its rows and nearest id', () => {
    const text = csv(
      'journey_id,date,service,activity',
      'A,2020-01-01,Rise MHST,contact',
      'A,2020-01-02,scool,contact',
      'B,2020-01-03,Rise MHST,contact',
      'B,2020-01-04,Moon base,contact',
    );
    const p = problemsOf(importCsv(text, pathway, { file: 'x.csv' }));
    expect(where(p)).toEqual(['2|service|PL202']);
    expect(p[0]?.message).toBe(
      '3 values are not services of pathway testville: "Rise MHST" (2 rows, first row 2; did you mean mhst?), "scool" (row 3; did you mean school?), "Moon base" (row 5); allowed: school, gp, school_nurse, mhst, ed, ward14 (service labels are accepted too).',
    );
  });

  it('lists at most ten values, then how many more', () => {
    const rows = Array.from({ length: 14 }, (_, i) => `A,2020-01-01,gp,act${i}`);
    const p = problemsOf(importCsv(csv('journey_id,date,service,activity', ...rows), pathway));
    expect(p[0]?.message).toMatch(
      /^14 values are not activities: "act0" \(row 2\), .*"act9" \(row 11\) and 4 more values; allowed: concern/,
    );
    expect(p[0]?.message).toContain('If this column names what happened in a process-mining log');
  });

  it('does not mask a day-first date as a phone number, and suggests a profile for it', () => {
    expect(findIdentifier('01-05-2014 10:00')).toBeUndefined();
    expect(findIdentifier('01/05/2014')).toBeUndefined();
    // A real number next to a date is still found.
    expect(findIdentifier('01-05-2014 call 01632 960123')?.kind).toBe('phone');
    const p = problemsOf(
      importCsv(csv('journey_id,date,service,activity', 'A,01-05-2014 10:00,gp,contact'), pathway),
    );
    expect(p[0]?.message).toMatch(/^"01-05-2014 10:00" is not an ISO 8601 date; allowed:/);
    expect(p[0]?.message).not.toContain('masked');
    expect(p[0]?.message).toContain('They look like day-first dates');
  });

  it('orders journeys by their first row and equal times by row, whatever order rows are pushed in', () => {
    const b = new CohortBuilder(pathway, { format: 'csv' });
    b.begin(['journey_id', 'day', 'service', 'activity']);
    // Journey B's first row (2) arrives after journey A's rows, as a profile's paired start does, and
    // A's rows of one time arrive out of row order.
    b.push(6, ['A', '0', 'ed', 'contact']);
    b.push(3, ['A', '0', 'gp', 'contact']);
    b.push(4, ['A', '0', 'school', 'contact']);
    b.push(2, ['B', '5', 'gp', 'contact']);
    b.push(5, ['B', '5', 'mhst', 'referral']);
    const c = okValue(b.finish());
    expect(c.journeyIds).toEqual(['B', 'A']);
    expect([...c.journeyStart]).toEqual([0, 2, 5]);
    expect([...c.row]).toEqual([2, 5, 3, 4, 6]);
  });
});

describe('nearest ids', () => {
  it('measures edits, transpositions included', () => {
    expect(editDistance('school', 'scool')).toBe(1);
    expect(editDistance('gp', 'pg')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests a known id whose name contains the value or is a few edits away, nothing when none is close', () => {
    const known = [
      { id: 'crisis_line', names: ['crisis_line', 'Rise crisis line'] },
      { id: 'ed', names: ['ed', 'Emergency department'] },
      { id: 'school', names: ['school', 'School'] },
    ];
    expect(nearestIds('Rise Crisis Line', known)).toEqual(['crisis_line']);
    expect(nearestIds('UHCW Emergency department', known)).toEqual(['ed']);
    expect(nearestIds('Schol', known)).toEqual(['school']);
    expect(nearestIds('Moon base', known)).toEqual([]);
  });
});
