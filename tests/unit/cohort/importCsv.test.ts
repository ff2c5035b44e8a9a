import { describe, expect, it } from 'vitest';
import { createCsvImport, importCsv } from '../../../src/core/cohort/importCsv.ts';
import Papa from 'papaparse';
import { detectDelimiter } from '../../../src/core/cohort/detectDelimiter.ts';
import {
  comparable,
  eventLog,
  expectOneProblem,
  fixture,
  haveEventLogs,
  okValue,
  pathway,
  problemsOf,
  where,
} from './helpers.ts';

const SAME = fixture('same-events.csv');

describe('importCsv', () => {
  it('reads semicolon- and tab-separated files like comma-separated ones', () => {
    const base = comparable(okValue(importCsv(SAME, pathway)));
    // The notes hold no delimiter; the concerns' own ";" becomes "|" so that swapping the delimiter is safe.
    const semi = SAME.replace(/;/g, '|').replace(/,/g, ';');
    expect(semi.split('\n')[1]).toBe(
      'C01;2020-01-06;school;concern;anxiety|low_mood;11-13;Teacher noticed withdrawal',
    );
    expect(comparable(okValue(importCsv(semi, pathway)))).toEqual(base);
    expect(comparable(okValue(importCsv(SAME.replace(/,/g, '\t'), pathway)))).toEqual(base);
    expect(comparable(okValue(importCsv(SAME.replace(/\n/g, '\r\n'), pathway)))).toEqual(base);
  });

  it('strips a UTF-8 byte order mark', () => {
    const c = okValue(importCsv(`\uFEFF${SAME}`, pathway));
    expect(comparable(c)).toEqual(comparable(okValue(importCsv(SAME, pathway))));
    // A quoted first header cell is only recognised if the mark is gone before the quote is read.
    const quoted = `\uFEFF"journey_id";"date";"service";"activity"\nA;2020-01-01;gp;contact\n`;
    expect(okValue(importCsv(quoted, pathway)).journeyIds).toEqual(['A']);
  });

  it('matches header names ignoring case and surrounding spaces', () => {
    const c = okValue(importCsv(fixture('clean-days.csv'), pathway, { file: 'clean-days.csv' }));
    expect(c.timeBase).toBe('offset');
    expect(c.journeyIds).toEqual(['A1', 'B2']);
    expect([...c.time]).toEqual([-30, -2, 0, -400, -7, 0]);
    expect(c.synthetic).toBe(true);
    expect(c.attributes.map((a) => [a.name, a.scope])).toEqual([['age band', 'journey']]);
    expect([...c.notes.values()]).toEqual([
      'Quiet in class since the autumn',
      'Attended after an overdose',
      'Seen within 2 weeks of referral',
    ]);
  });

  it('reads quoted cells with delimiters and line breaks (row numbers count records)', () => {
    const text =
      'journey_id,date,service,activity,note\nA,2020-01-01,gp,contact,"worried, tearful;\nmum present"\nA,2020-01-02,nowhere,contact,\n';
    const p = expectOneProblem(problemsOf(importCsv(text, pathway)), 3, 'service', 'PL202');
    expect(p.message).toMatch(/^"nowhere"/);
    const ok = okValue(importCsv(text.replace('nowhere', 'gp'), pathway));
    expect(ok.notes.get(0)).toBe('worried, tearful;\nmum present');
  });

  it('reports a quote that is never closed, and text after a closing quote', () => {
    const unclosed =
      'journey_id,date,service,activity,note\nA,2020-01-01,gp,contact,ok\nA,2020-01-02,gp,contact,"oops\nA,2020-01-03,gp,contact,\n';
    const p = expectOneProblem(
      problemsOf(importCsv(unclosed, pathway, { file: 'u.csv' })),
      3,
      undefined,
      'PL203',
    );
    expect(p.message).toMatch(/never closed/);
    const junk = 'journey_id,date,service,activity,note\nA,2020-01-01,gp,contact,"a"b\n';
    // Papa Parse reads on past text after a closing quote looking for the cell's end: both are reported.
    expect(where(problemsOf(importCsv(junk, pathway)))).toEqual(['2|-|PL202', '2|-|PL203']);
  });

  it('reads CRLF line ends, blank lines and quoted cells, naming the rows a spreadsheet shows', () => {
    for (const text of [fixture('clean-days.csv'), `\uFEFF${SAME.replace(/\n/g, '\r\n')}`]) {
      const crlf = okValue(importCsv(text, pathway));
      expect(comparable(crlf)).toEqual(comparable(okValue(importCsv(text.replace(/\r\n/g, '\n'), pathway))));
    }
    const bad =
      'journey_id,date,service,activity\n\nA,2020-02-30,camhs,x\n"B",2020-01-01,gp,"contact"\nC,"2020-01-01,gp,contact\n';
    const a = problemsOf(importCsv(bad, pathway, { file: 'b.csv' }));
    expect(where(a)).toEqual(['3|date|PL202', '3|service|PL202', '3|activity|PL202', '5|-|PL203']);
  });

  it('runs in slices with increasing progress, ending with the same cohort', () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `J${i % 50},2020-01-${String((i % 28) + 1).padStart(2, '0')},gp,contact,anxiety`,
    );
    const text = `journey_id,date,service,activity,concerns\n${rows.join('\n')}\n`;
    const job = createCsvImport(text, pathway);
    const seen: number[] = [];
    let steps = 0;
    while (!job.step(1000)) {
      seen.push(job.progress);
      steps++;
    }
    expect(steps).toBeGreaterThan(30);
    expect(seen.every((p, i) => p > 0 && p < 1 && (i === 0 || p >= (seen[i - 1] ?? 0)))).toBe(true);
    expect(job.progress).toBe(1);
    expect(comparable(okValue(job.result()))).toEqual(comparable(okValue(importCsv(text, pathway))));
    expect(() => createCsvImport(text, pathway).result()).toThrow(/before the job finished/);
  });

  it('stops reading once maxProblems is reached', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `J${i},2020-01-01,gp,contact,x${i}@example.org`);
    const job = createCsvImport(`journey_id,date,service,activity,remark\n${rows.join('\n')}\n`, pathway, {
      maxProblems: 10,
    });
    expect(job.step(Number.POSITIVE_INFINITY)).toBe(true);
    expect(problemsOf(job.result())).toHaveLength(11);
    expect(job.progress).toBe(1);
  });
});

describe.skipIf(!haveEventLogs)('CSV event logs made elsewhere (/work/shared/eventlogs)', () => {
  const count = (name: string) => {
    const text = eventLog(name);
    const records = Papa.parse<string[]>(text, {
      delimiter: detectDelimiter(text),
      skipEmptyLines: true,
    }).data;
    const header = records[0] ?? [];
    return { header, rows: records.slice(1).filter((r) => r.length === header.length).length };
  };

  it('reads every row of patients.csv, running-example.csv and roadtraffic100traces.csv', () => {
    // Expected counts: `wc -l` minus the header (the files end with a newline and have no quoted line breaks).
    expect(count('patients.csv')).toEqual({
      header: ['handling', 'patient', 'employee', 'handling_id', 'registration_type', 'time'],
      rows: 5442,
    });
    expect(count('running-example.csv').rows).toBe(42);
    const road = count('roadtraffic100traces.csv');
    expect(road.rows).toBe(390);
    expect(road.header).toContain('time:timestamp');
  });

  it('refuses them as cohorts with clear messages about the missing columns', () => {
    const p = problemsOf(importCsv(eventLog('patients.csv'), pathway, { file: 'patients.csv' }));
    expect(where(p)).toEqual(['1|journey_id|PL201', '1|service|PL201', '1|activity|PL201', '1|date|PL201']);
    expect(p.every((x) => x.file === 'patients.csv')).toBe(true);
  });
});
