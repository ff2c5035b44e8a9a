import { describe, expect, it } from 'vitest';
import { createJsonImport, importJson } from '../../../src/core/cohort/importJson.ts';
import { importCsv } from '../../../src/core/cohort/importCsv.ts';
import { comparable, expectOneProblem, fixture, okValue, pathway, problemsOf, where } from './helpers.ts';

const imp = (text: string) => importJson(text, pathway, { file: 'c.json' });

describe('importJson', () => {
  it('reads an array of event objects into the same cohort as the CSV', () => {
    const json = okValue(imp(fixture('same-events.json')));
    const csv = okValue(importCsv(fixture('same-events.csv'), pathway));
    expect(json.format).toBe('json');
    expect(comparable(json)).toEqual(comparable(csv));
    // Rows are index + 2, like the CSV rows of the same events.
    expect([...json.row]).toEqual([...csv.row]);
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(okValue(imp(`\uFEFF${fixture('same-events.json')}`)).journeyIds).toEqual(['C01', 'C02', 'C03']);
  });

  it('takes numbers, booleans, null and arrays of codes', () => {
    const c = okValue(
      imp(
        JSON.stringify([
          {
            journey_id: 7,
            day: -3,
            service: 'gp',
            activity: 'contact',
            concerns: ['anxiety', 'low_mood'],
            siblings: 2,
            synthetic: true,
            note: null,
          },
        ]),
      ),
    );
    expect(c.journeyIds).toEqual(['7']);
    expect([...c.time]).toEqual([-3]);
    expect([...c.concernCodes]).toEqual([1, 2]);
    expect(c.attributes.map((a) => [a.name, a.values])).toEqual([['siblings', ['2']]]);
    expect(c.synthetic).toBe(true);
    expect(c.notes.size).toBe(0);
  });

  it('refuses text that is not JSON, saying where', () => {
    const p = expectOneProblem(
      problemsOf(imp('[\n{"journey_id": "A",\n}\n]')),
      undefined,
      undefined,
      'PL203',
    );
    expect(p.message).toMatch(/^the file is not valid JSON/);
    expect(p.file).toBe('c.json');
  });

  it('refuses a top level that is not an array', () => {
    const p = expectOneProblem(problemsOf(imp('{"journey_id": "A"}')), undefined, undefined, 'PL203');
    expect(p.message).toMatch(/must be an array of objects, one per event .* but it is an object\.$/);
    expect(problemsOf(imp('"text"'))[0]?.message).toMatch(/but it is a string\.$/);
  });

  it('refuses elements that are not objects and values that are not strings or numbers, with their rows', () => {
    const text = JSON.stringify([
      { journey_id: 'A', date: '2020-01-01', service: 'gp', activity: 'contact' },
      'not an event',
      [1, 2],
      { journey_id: 'A', date: '2020-01-02', service: 'gp', activity: 'contact', extra: { nested: true } },
      { journey_id: 'A', date: '2020-01-03', service: 'camhs', activity: 'contact' },
    ]);
    const p = problemsOf(imp(text));
    expect(where(p)).toEqual(['3|-|PL202', '4|-|PL202', '5|extra|PL202', '6|service|PL202']);
    expect(p[0]?.message).toBe(
      'element 1 is a string; each element must be an object such as {"journey_id": "C01", …}.',
    );
    expect(p[1]?.message).toMatch(/^element 2 is an array;/);
    expect(p[2]?.message).toBe('is an object; a value must be a string or a number.');
  });

  it('refuses two keys that differ only in case or spaces', () => {
    expectOneProblem(
      problemsOf(
        imp(
          '[{"journey_id": "A", "date": "2020-01-01", "service": "gp", "Service ": "ed", "activity": "contact"}]',
        ),
      ),
      2,
      'service',
      'PL202',
    );
  });

  it('refuses an empty array and missing columns', () => {
    expectOneProblem(problemsOf(imp('[]')), undefined, undefined, 'PL200');
    expectOneProblem(problemsOf(imp('  ')), undefined, undefined, 'PL200');
    expect(where(problemsOf(imp('[{"journey_id": "A", "date": "2020-01-01", "service": "gp"}]')))).toEqual([
      '1|activity|PL201',
    ]);
  });

  it('runs in slices', () => {
    const events = Array.from({ length: 300 }, (_, i) => ({
      journey_id: `J${i % 9}`,
      day: i,
      service: 'gp',
      activity: 'contact',
    }));
    const job = createJsonImport(JSON.stringify(events), pathway);
    let steps = 0;
    while (!job.step(10)) steps++;
    expect(steps).toBeGreaterThanOrEqual(29);
    expect(okValue(job.result()).time).toHaveLength(300);
  });
});
