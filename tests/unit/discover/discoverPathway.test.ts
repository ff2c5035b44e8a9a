import { describe, expect, it } from 'vitest';
import { MOVE_OFF, MOVE_ON } from '../../../src/core/replay/moveKinds.ts';
import { discoverPathway } from '../../../src/core/discover/discoverPathway.ts';
import { validatePathway } from '../../../src/core/pathway/validatePathway.ts';
import { analyseWith, discover, journeys, log, routesOf } from './helpers.ts';

describe('discover: services (CONTRACT §6)', () => {
  it('makes one service per distinct value, ranked by journeys, then events, then first appearance', () => {
    const d = discover(
      journeys(
        ['School', 'GP'],
        ['school ', 'CAMHS', 'CAMHS', 'CAMHS'],
        ['Ward 14', 'GP'],
        ['Ward 14', 'SCHOOL'],
      ),
    );
    // school: 3 journeys; GP and Ward 14: 2 journeys, 2 events each (a tie: GP appears first); CAMHS: 1.
    expect(d.services.map((s) => [s.id, s.label, s.journeys, s.events])).toEqual([
      ['school', 'School', 3, 3],
      ['gp', 'GP', 2, 2],
      ['ward_14', 'Ward 14', 2, 2],
      ['camhs', 'CAMHS', 1, 3],
    ]);
    expect(d.pathway.services.map((s) => s.id)).toEqual(['school', 'gp', 'ward_14', 'camhs']);
    for (const s of d.pathway.services) {
      expect(s.agency).toBe('');
      expect(s.tags).toEqual([]);
    }
    expect(d.pathway.version).toBe('0.1.0-draft');
    expect(d.pathway.id).toBe('log');
    expect(d.pathway.source).toContain('log.csv');
  });

  it('breaks a tie of journeys by events', () => {
    const d = discover(journeys(['a', 'b', 'b'], ['b', 'a'], ['c']));
    expect(d.services.map((s) => s.id)).toEqual(['b', 'a', 'c']);
  });

  it('gives values with the same slug their own ids, and the draft reads each value back to its own service', () => {
    const text = journeys(['A&E', 'a_e', 'A E'], ['A&E', 'a_e'], ['A&E']);
    const d = discover(text);
    expect(d.pathway.services.map((s) => [s.id, s.label])).toEqual([
      ['a_e_2', 'A&E'],
      ['a_e', 'a_e'],
      ['a_e_3', 'A E'],
    ]);
    const { cohort } = analyseWith(d.pathway, text);
    const ids = [...cohort.service].map((s) => d.pathway.services[s]?.id);
    expect(ids).toEqual(['a_e_2', 'a_e', 'a_e_3', 'a_e_2', 'a_e', 'a_e_2']);
  });
});

describe('discover: routes', () => {
  const text = journeys(['a', 'b', 'c'], ['a', 'b', 'b', 'd'], ['a', 'c'], ['c', 'a', 'c']);

  it('keeps the directly-follows pairs made by at least 2 journeys by default, without an activity', () => {
    const d = discover(text);
    expect(d.minJourneys).toBe(2);
    // a>b: journeys 1 and 2; a>c: 3 and 4; b>c, b>d, c>a: one journey each. Ties of journeys go by
    // the services' rank: a (4 journeys), c (3), b (2), d (1).
    expect(d.pathway.services.map((s) => s.id)).toEqual(['a', 'c', 'b', 'd']);
    expect(routesOf(d.pathway)).toEqual(['a>c', 'a>b']);
    for (const r of d.pathway.routes) expect(r.activity).toBeUndefined();
  });

  it('counts a pair once per journey, and never a stay at one service', () => {
    const d = discover(journeys(['a', 'b', 'a', 'b', 'b'], ['c', 'c', 'd']));
    expect(routesOf(d.pathway)).toEqual([]);
    expect(d.notes.join(' ')).toContain('no routes; --min-journeys 1 keeps every move as a route');
    expect(
      routesOf(discover(journeys(['a', 'b', 'a', 'b', 'b'], ['c', 'c', 'd']), { minJourneys: 1 }).pathway),
    ).toEqual(['b>a', 'a>b', 'c>d']);
  });

  it('follows --min-journeys', () => {
    expect(routesOf(discover(text, { minJourneys: 1 }).pathway)).toEqual(['a>c', 'a>b', 'c>a', 'b>c', 'b>d']);
    expect(routesOf(discover(text, { minJourneys: 3 }).pathway)).toEqual([]);
  });

  it('needs 1% of the journeys by default once that is more than 2', () => {
    // 250 journeys: the threshold is 3. a>b is made by 3 journeys, b>c by 2.
    const list: string[][] = Array.from({ length: 244 }, () => ['x']);
    list.push(['a', 'b'], ['a', 'b'], ['a', 'b'], ['b', 'c'], ['b', 'c'], ['y']);
    const d = discover(journeys(...list));
    expect(d.minJourneys).toBe(3);
    expect(routesOf(d.pathway)).toEqual(['a>b']);
  });

  it('makes every move of the log along a route an on-pathway move when the draft is analysed', () => {
    const d = discover(text);
    const { cohort, analysis } = analyseWith(d.pathway, text);
    const id = (e: number) => d.pathway.services[cohort.service[e] as number]?.id;
    const routes = new Set(routesOf(d.pathway));
    for (let e = 0; e < cohort.time.length; e++) {
      if (analysis.move[e] === MOVE_ON || analysis.move[e] === MOVE_OFF) {
        expect(analysis.move[e] === MOVE_ON, `${id(e - 1)}>${id(e)}`).toBe(
          routes.has(`${id(e - 1)}>${id(e)}`),
        );
      }
    }
  });
});

describe('discover: more services than --max-services', () => {
  const text = journeys(['a', 'b', 'x'], ['a', 'b', 'y'], ['a', 'Other', 'z'], ['b', 'x', 'a']);

  it('keeps the K touched by most journeys and merges the rest (and a value "Other") into "other"', () => {
    const d = discover(text, { maxServices: 2 });
    expect(d.pathway.services.map((s) => s.id)).toEqual(['a', 'b', 'other']);
    expect(d.merged.map((v) => v.label)).toEqual(['x', 'y', 'Other', 'z']);
    const other = d.services[2];
    expect(other).toEqual({ id: 'other', label: 'other', journeys: 4, events: 5 });
    expect(d.pathway.services[2]?.description).toContain('"x", "y", "Other", "z"');
    // Moves through merged values are moves through "other": b>other (journeys 1, 2 and 4), a>b (1
    // and 2), a>other (3) and other>a (4); other>other (journey 3: Other, z) is no move.
    expect(routesOf(d.pathway)).toEqual(['b>other', 'a>b']);
    expect(d.notes.join('\n')).toMatch(
      /4 of 6 service values \(5 events\) merged into "other".*--max-services 2/,
    );
  });

  it('returns the log as a cohort of the draft, ready to analyse', () => {
    const d = discover(text, { maxServices: 2 });
    const ids = [...d.cohort.service].map((s) => d.pathway.services[s]?.id);
    expect(ids).toEqual(['a', 'b', 'other', 'a', 'b', 'other', 'a', 'other', 'other', 'b', 'other', 'a']);
  });

  it('reads 5,000 distinct values into 40 services and "other", and says so', () => {
    const list = Array.from({ length: 5000 }, (_, i) => [`team ${i % 50}`, `Clinic ${i}`]);
    const d = discover(journeys(...list));
    expect(d.pathway.services).toHaveLength(41);
    expect(d.pathway.services.slice(0, 3).map((s) => s.id)).toEqual(['team_0', 'team_1', 'team_2']);
    expect(d.merged).toHaveLength(5050 - 40);
    expect(d.notes.join('\n')).toContain('5,010 of 5,050 service values');
    expect(validatePathway(JSON.parse(JSON.stringify(d.pathway))).ok).toBe(true);
  });
});

describe('discover: levels, concerns and tags', () => {
  it('places services in at most 8 levels, in order, by where their events come in the journeys', () => {
    const d = discover(journeys(['gp', 'school', 'mhst', 'camhs', 'ed'], ['gp', 'mhst', 'ed'], ['gp', 'ed']));
    expect(d.pathway.levels.length).toBeLessThanOrEqual(8);
    expect(d.pathway.levels.map((l) => l.id)).toEqual(['start', 'early', 'middle', 'later', 'end']);
    const level = Object.fromEntries(d.pathway.services.map((s) => [s.id, s.level]));
    expect(level).toEqual({ gp: 'start', ed: 'end', mhst: 'middle', school: 'early', camhs: 'later' });
  });

  it('lists the concern codes seen, labelled with the log values, and the draft reads them back', () => {
    const text = log(
      'J1,0,school,concern,Self harm|anxiety',
      'J1,3,ed,admission,',
      'J2,0,gp,contact,ANXIETY;low_mood',
    );
    const d = discover(text);
    expect(d.pathway.concerns).toEqual([
      { id: 'self_harm', label: 'Self harm' },
      { id: 'anxiety', label: 'anxiety' },
      { id: 'low_mood', label: 'low_mood' },
    ]);
    const { cohort } = analyseWith(d.pathway, text);
    expect([...cohort.concernCodes]).toEqual([0, 1, 1, 2]);
  });

  it('tags the services --early and --crisis name, by id or by the log value', () => {
    const text = journeys(['School', 'A&E', 'Ward 14'], ['School', 'A&E']);
    const d = discover(text, { early: ['school'], crisis: ['a&e', 'ward_14'] });
    expect(d.pathway.services.map((s) => [s.id, s.tags])).toEqual([
      ['school', ['early-intervention']],
      ['a_e', ['crisis']],
      ['ward_14', ['crisis']],
    ]);
    const { analysis } = analyseWith(d.pathway, text);
    expect([...analysis.reachedCrisis]).toEqual([1, 1]);
  });

  it('refuses unknown names with the list of ids, and names that merged into other with what to do', () => {
    const text = journeys(['School', 'A&E', 'Ward 14'], ['School', 'A&E']);
    const r = discoverPathway('log.csv', text, {
      early: ['school', 'schol'],
      crisis: ['Ward 14'],
      maxServices: 2,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.column, p.code])).toEqual([
      ['--early', 'PL104'],
      ['--crisis', 'PL104'],
    ]);
    expect(r.problems[0]?.message).toBe(
      '"schol" is not a service of the discovered draft; give ids or the log\'s own values, separated by commas. Its services: school, a_e, other.',
    );
    expect(r.problems[1]?.message).toContain(
      '"Ward 14" is one of the less frequent values merged into "other"',
    );
  });
});

describe('discover: formats', () => {
  it('discovers the same draft from the same events as CSV, JSON and XES', () => {
    const rows = [
      ['J1', '2020-01-01', 'School', 'concern', 'anxiety'],
      ['J1', '2020-01-05', 'A&E', 'contact', ''],
      ['J2', '2020-02-01', 'School', 'contact', ''],
      ['J2', '2020-02-03', 'A&E', 'admission', ''],
    ];
    const csv = `journey_id,date,service,activity,concerns\n${rows.map((r) => r.join(',')).join('\n')}\n`;
    const json = JSON.stringify(
      rows.map(([journey_id, date, service, activity, concerns]) => ({
        journey_id,
        date,
        service,
        activity,
        concerns,
      })),
    );
    const byJourney = new Map<string, string[][]>();
    for (const r of rows) byJourney.set(r[0] ?? '', [...(byJourney.get(r[0] ?? '') ?? []), r]);
    const xes = `<log>${[...byJourney]
      .map(
        ([j, evs]) =>
          `<trace><string key="concept:name" value="${j}"/>${evs
            .map(
              (r) =>
                `<event><string key="concept:name" value="${(r[2] ?? '').replace('&', '&amp;')}"/><date key="time:timestamp" value="${r[1]}T00:00:00Z"/><string key="activity" value="${r[3]}"/>${r[4] ? `<string key="concerns" value="${r[4]}"/>` : ''}</event>`,
            )
            .join('')}</trace>`,
      )
      .join('')}</log>`;
    const a = discover(csv, {}, 'log.csv').pathway;
    expect(routesOf(a)).toEqual(['school>a_e']);
    // The file's name is in the source and descriptions; all else is the same.
    const as = (file: string, text: string) =>
      JSON.parse(JSON.stringify(discover(text, {}, file).pathway).replaceAll(file, 'log.csv')) as unknown;
    expect(as('log.json', json)).toEqual(a);
    expect(as('log.xes', xes)).toEqual(a);
  });
});
