import { describe, expect, it } from 'vitest';
import { discoverPathway } from '../../../src/core/discover/discoverPathway.ts';
import { formatProblem } from '../../../src/core/problems.ts';
import { importCohort } from '../../../src/core/cohort/importCohort.ts';
import { pathway } from '../cohort/helpers.ts';
import { validatePathway } from '../../../src/core/pathway/validatePathway.ts';
import { analyseWith, discover, journeys, log, problemsOf, routesOf } from './helpers.ts';

const problems = (text: string, opts = {}, file = 'log.csv') =>
  problemsOf(discoverPathway(file, text, opts)).map(formatProblem);

describe('discover: bad input gets a draft or a clear message, never a crash (issue 11)', () => {
  it('makes a draft with no routes from a log of one journey, and says why', () => {
    const text = journeys(['gp', 'school', 'ed']);
    const d = discover(text);
    expect(d.pathway.services.map((s) => s.id)).toEqual(['gp', 'school', 'ed']);
    expect(routesOf(d.pathway)).toEqual([]);
    expect(d.notes[1]).toBe(
      'No move between two services was made by 2 journeys or more, so the draft has no routes; --min-journeys 1 keeps every move as a route.',
    );
    expect(routesOf(discover(text, { minJourneys: 1 }).pathway)).toEqual(['gp>school', 'school>ed']);
    // analyse runs on it at once.
    expect(analyseWith(d.pathway, text).cohort.journeyIds).toEqual(['J1']);
  });

  it('makes a draft from a log of one event', () => {
    const d = discover(log('J1,0,GP,contact,'));
    expect(d.pathway.services).toHaveLength(1);
    expect(d.pathway.levels.map((l) => l.id)).toEqual(['start']);
  });

  it('makes a draft with no routes when no pair repeats', () => {
    const d = discover(journeys(['a', 'b'], ['b', 'c'], ['c', 'a']));
    expect(routesOf(d.pathway)).toEqual([]);
    expect(d.notes.join(' ')).toContain('no routes');
  });

  it('names the rows with an empty service value, once', () => {
    const text = log('J1,0,gp,contact,', 'J1,1,,contact,', 'J2,0, ,contact,', 'J2,1,ed,contact,');
    expect(problems(text)).toEqual([
      'log.csv:3: service: 2 rows have no service value (rows 3, 4); every event needs the service it happened at. Fill them in, or leave those rows out. [PL202]',
    ]);
    const many = log(...Array.from({ length: 30 }, (_, i) => `J${i},0,,contact,`));
    expect(problems(many)[0]).toContain(
      '30 rows have no service value (rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …)',
    );
  });

  it('says so when an XES event has no service (no service attribute and an empty concept:name)', () => {
    const xes =
      '<log><trace><string key="concept:name" value="J1"/><event><string key="concept:name" value=" "/><date key="time:timestamp" value="2020-01-01T00:00:00Z"/></event></trace></log>';
    const p = problems(xes, {}, 'log.xes');
    expect(p).toHaveLength(1);
    expect(p[0]).toContain('log.xes:1: concept:name:');
    expect(p[0]).toContain('every event needs the service it happened at');
  });

  it('refuses service and concern values that look identifying (they would become labels)', () => {
    const p = problems(log('J1,0,gp,contact,', 'J1,1,CV1 2AB,contact,', 'J2,0,gp,concern,jo@example.org'));
    expect(p).toHaveLength(2);
    expect(p[0]).toMatch(/^log\.csv:3: service: looks like a UK postcode/);
    expect(p[1]).toMatch(/^log\.csv:4: concerns: looks like an email address/);
  });

  it('refuses more distinct values than a cohort can hold, saying what to check', () => {
    const text = log(...Array.from({ length: 65_536 }, (_, i) => `J${i >> 4},0,v${i},contact,`));
    expect(problems(text)).toEqual([
      "log.csv: service: has more than 65,535 distinct values; a pathway's services are tens of teams or places. Check that this column names the service (team, ward, clinic or step) and not something that varies with every event, such as a time or an id. [PL202]",
    ]);
  });

  it('refuses more than 500 distinct concern codes', () => {
    const text = log(...Array.from({ length: 501 }, (_, i) => `J1,${i},gp,concern,c${i}`));
    expect(problems(text)[0]).toContain('concerns: has more than 500 distinct concern codes');
  });

  it('leaves the rest to the normal import: the same problems, for missing columns, bad days and activities, empty files', () => {
    // Discovery reads the log with the importer itself, so it reports what `analyse` would.
    const same = (text: string) =>
      expect(problems(text)).toEqual(problemsOf(importCohort('log.csv', text, pathway)).map(formatProblem));
    same('journey,when,team\nJ1,2020-01-01,gp\n');
    expect(problems('journey,when,team\nJ1,2020-01-01,gp\n').join('\n')).toContain('journey_id');
    same(log('J1,soon,gp,contact,', 'J1,1,ed,arrived,'));
    expect(problems(log('J1,soon,gp,contact,', 'J1,1,ed,arrived,')).map((p) => p.split(': ')[1])).toEqual([
      'day',
      'activity',
    ]);
    same('');
    same(log());
  });

  it('refuses options out of range', () => {
    expect(problems(journeys(['a']), { minJourneys: 0 })).toEqual([
      '<input>: min-journeys must be a whole number of journeys from 1 up, not 0. [PL104]',
    ]);
    expect(problems(journeys(['a']), { maxServices: 100 })[0]).toContain(
      'max-services must be a whole number from 1 to 99',
    );
  });

  it('always validates, even with every value a collision and a slug that starts with a digit', () => {
    const d = discover(journeys(['1', '1!', '!1', '&', '&&', 'value', 'service'], ['1', '&']));
    // Ranked: "1" and "&" (2 journeys each), then the rest in order of first appearance.
    expect(d.pathway.services.map((s) => [s.label, s.id])).toEqual([
      ['1', 's_1'],
      ['&', 'service_2'],
      ['1!', 's_1_2'],
      ['!1', 's_1_3'],
      ['&&', 'service_3'],
      ['value', 'value'],
      ['service', 'service'],
    ]);
    expect(validatePathway(JSON.parse(JSON.stringify(d.pathway))).ok).toBe(true);
  });
});
