import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/core/cohort/importCsv.ts';
import { okValue, pathway, problemsOf, where } from './helpers.ts';

// The CSV parser must keep these behaviours, which is why the importer uses Papa Parse and not a faster
// parser that gets them wrong (the benchmark, `npm run bench`, prints both): a spreadsheet's row numbers
// with blank lines in between, a short row reported as short, mixed line ends read as lines, and an
// unclosed quote reported where it starts.
const HEADER = 'journey_id,date,service,activity';

describe('CSV reading that users can trust', () => {
  it('counts blank lines, so a problem names the row a spreadsheet shows', () => {
    const text = `${HEADER}\nA,2020-01-01,school,contact\n\n\nA,2020-01-02,nowhere,contact\n`;
    expect(where(problemsOf(importCsv(text, pathway)))).toEqual(['5|service|PL202']);
  });

  it('reports a short row on its own row, never joined with the next one', () => {
    const text = `${HEADER}\nA,2020-01-01\nA,2020-01-02,school,contact\n`;
    const problems = problemsOf(importCsv(text, pathway));
    expect(problems.every((p) => p.row === 2)).toBe(true);
    expect(where(problems)).toContain('2|service|PL202');
  });

  it('reads a file whose line ends are mixed (CRLF and LF) line by line', () => {
    const text = `${HEADER}\r\nA,2020-01-01,school,contact\nA,2020-01-02,gp,contact\r\nB,2020-01-03,gp,contact\n`;
    const c = okValue(importCsv(text, pathway));
    expect(c.journeyIds).toEqual(['A', 'B']);
    expect(Array.from(c.row)).toEqual([2, 3, 4]);
  });

  it('reports an unclosed quote at the row where it starts', () => {
    const text = `${HEADER}\nA,2020-01-01,school,contact\n"A,2020-01-02,gp,contact\nA,2020-01-03,gp,contact\n`;
    expect(where(problemsOf(importCsv(text, pathway)))).toEqual(['3|-|PL203']);
  });
});
