import { describe, expect, it } from 'vitest';
import { cohortToEvents } from '../../../src/core/cohort/cohortToEvents.ts';
import { importCsv } from '../../../src/core/cohort/importCsv.ts';
import { createXesImport, importXes } from '../../../src/core/cohort/importXes.ts';
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

const day = (iso: string) => Date.parse(iso) / 86_400_000;
const log = (traces: string) => `<?xml version="1.0"?>\n<log xes.version="1849.2016">\n${traces}\n</log>\n`;
const ev = (attrs: string) => `<event>${attrs}</event>`;
const s = (k: string, v: string) => `<string key="${k}" value="${v}"/>`;
const ts = (v: string) => `<date key="time:timestamp" value="${v}"/>`;

describe('importXes', () => {
  it('gives the same cohort arrays as the CSV and JSON of the same events', () => {
    const xes = okValue(importXes(fixture('same-events.xes'), pathway, { file: 'same-events.xes' }));
    const csv = okValue(importCsv(fixture('same-events.csv'), pathway));
    expect(xes.format).toBe('xes');
    expect(comparable(xes)).toEqual(comparable(csv));
    // Rows are the lines of the <event> elements.
    expect([...xes.row]).toEqual([14, 21, 27, 33, 60, 49, 55, 70]); // grep -n "<event>" same-events.xes
  });

  it('converts time zones to UTC', () => {
    const c = okValue(
      importXes(
        log(
          `<trace>${s('concept:name', 'A')}${ev(s('service', 'gp') + s('activity', 'contact') + ts('2020-06-01T01:30:00.000+01:00'))}${ev(s('service', 'ed') + s('activity', 'admission') + ts('2020-05-31T20:00:00-04:00'))}</trace>`,
        ),
        pathway,
      ),
    );
    expect([...c.time]).toEqual([day('2020-06-01T00:00:00Z'), day('2020-06-01T00:30:00Z')]);
  });

  it('maps concept:name to a service and lifecycle:transition to an activity when there are no service/activity attributes', () => {
    const c = okValue(importXes(fixture('lifecycle.xes'), pathway, { file: 'lifecycle.xes' }));
    expect(cohortToEvents(c, pathway).map((e) => `${e.row}:${e.service}/${e.activity}`)).toEqual([
      '11:school_nurse/contact',
      '18:mhst/referral',
      '23:mhst/assessment',
      '29:gp/contact',
      '33:ed/declined',
    ]);
    expect(c.time[0]).toBe(day('2021-03-01T09:00:00Z'));
    expect(c.time[4]).toBe(day('2021-04-03T01:30:00Z'));
    expect(c.attributes.map((a) => [a.name, a.scope, a.values])).toEqual([
      ['siblings', 'journey', ['2']],
      ['org:role', 'event', ['nurse']],
      ['urgent', 'event', ['true']],
    ]);
  });

  it('uses concept:name as the activity when a service attribute is given', () => {
    const c = okValue(
      importXes(
        log(
          `<trace>${s('concept:name', 'A')}${ev(s('concept:name', 'Referral') + s('service', 'mhst') + ts('2020-01-01T00:00:00Z'))}</trace>`,
        ),
        pathway,
      ),
    );
    expect(cohortToEvents(c, pathway)[0]?.activity).toBe('referral');
    expect(c.attributes).toEqual([]);
  });

  it('keeps a concept:name that is neither the service nor an activity as an attribute', () => {
    const c = okValue(
      importXes(
        log(
          `<trace>${s('concept:name', 'A')}${ev(s('concept:name', 'triage call') + s('service', 'gp') + s('activity', 'contact') + ts('2020-01-01T00:00:00Z'))}</trace>`,
        ),
        pathway,
      ),
    );
    expect(c.attributes.map((a) => [a.name, a.values])).toEqual([['concept:name', ['triage call']]]);
  });

  it('reports an event whose concept:name names no service, with its line and what is allowed', () => {
    const text = log(
      `<trace>\n${s('concept:name', 'A')}\n${ev(s('concept:name', 'register request') + ts('2020-01-01T00:00:00Z'))}\n</trace>`,
    );
    const p = expectOneProblem(
      problemsOf(importXes(text, pathway, { file: 'x.xes' })),
      5,
      'concept:name',
      'PL202',
    );
    expect(p.message).toBe(
      '"register request" is not a service of pathway testville; allowed: school, gp, school_nurse, mhst, ed, ward14 (service labels are accepted too); the event has no service attribute, so its concept:name must name a service.',
    );
  });

  it('reports an unmappable lifecycle transition, a trace without a name, a missing timestamp and loose events', () => {
    const text = log(
      [
        '<trace>',
        s('concept:name', 'A'),
        ev(s('concept:name', 'gp') + s('lifecycle:transition', 'suspend') + ts('2020-01-01T00:00:00Z')),
        ev(s('service', 'gp') + s('activity', 'contact')),
        ev(s('service', 'gp') + s('activity', 'admited') + ts('2020-01-01T00:00:00Z')),
        '</trace>',
        '<trace>',
        ev(s('service', 'gp') + s('activity', 'contact') + ts('2020-01-01T00:00:00Z')),
        '</trace>',
        ev(s('service', 'gp') + s('activity', 'contact') + ts('2020-01-01T00:00:00Z')),
      ].join('\n'),
    );
    const p = problemsOf(importXes(text, pathway, { file: 'x.xes' }));
    // In line order (values grouped by column are merged in at their first line).
    expect(where(p)).toEqual([
      '5|lifecycle:transition|PL202',
      '6|time:timestamp|PL202',
      '7|activity|PL202',
      '9|concept:name|PL202',
      '12|<event>|PL202',
    ]);
    expect(p[0]?.message).toMatch(/^"suspend" has no pathway activity; give the event an activity attribute/);
  });

  it('reports XML problems from the reader (PL203) and an empty log (PL200)', () => {
    expectOneProblem(problemsOf(importXes('<log><trace></log>', pathway)), 1, undefined, 'PL203');
    expectOneProblem(problemsOf(importXes(log(''), pathway)), 1, undefined, 'PL200');
  });

  it('marks the cohort synthetic from a log-level synthetic attribute', () => {
    const body = `${s('synthetic', 'true')}<trace>${s('concept:name', 'A')}${ev(s('service', 'gp') + s('activity', 'contact') + ts('2020-01-01T00:00:00Z'))}</trace>`;
    expect(okValue(importXes(log(body), pathway)).synthetic).toBe(true);
    expect(okValue(importXes(log(body.replace('true', 'false')), pathway)).synthetic).toBe(false);
  });

  it('runs in slices', () => {
    const text = fixture('same-events.xes');
    const job = createXesImport(text, pathway);
    let steps = 0;
    let last = 0;
    while (!job.step(200)) {
      expect(job.progress).toBeGreaterThanOrEqual(last);
      last = job.progress;
      steps++;
    }
    expect(steps).toBeGreaterThan(10);
    expect(comparable(okValue(job.result()))).toEqual(comparable(okValue(importXes(text, pathway))));
  });
});

describe.skipIf(!haveEventLogs)('importXes on logs made elsewhere', () => {
  it('refuses running-example.xes against a pathway, naming the first events and their lines', () => {
    const p = problemsOf(
      importXes(eventLog('running-example.xes'), pathway, { file: 'running-example.xes', maxProblems: 3 }),
    );
    expect(where(p)).toEqual([
      '23|concept:name|PL202',
      '31|concept:name|PL202',
      '39|concept:name|PL202',
      '-|-|PL205',
    ]);
    expect(p[0]?.message).toMatch(/^"register request" is not a service of pathway testville/);
  });
});
