import { describe, expect, it } from 'vitest';
import { cohortToEvents } from '../../../src/core/cohort/cohortToEvents.ts';
import { formatProblem } from '../../../src/core/problems.ts';
import { comparable, okValue, pathway, problemsOf, where } from '../cohort/helpers.ts';
import { csv, plain, withProfile } from './helpers.ts';

const cols = { journey: 'Child', time: 'When', service: 'Team', activity: 'What' };
const events = (r: Parameters<typeof okValue>[0]) => cohortToEvents(okValue(r) as never, pathway);

describe('an import profile reads a file as the §2 file it describes', () => {
  it('maps columns, values (ignoring case and spaces), dates and kept columns', () => {
    const text = csv(
      'Child;When;Team;What;Age band;Other',
      'C1;14/03/2020;Rise  MHST;Seen;13-15;x',
      'C1;02/04/2020;uhcw a&e;seen;13-15;y',
    );
    const r = withProfile(text, {
      delimiter: ';',
      columns: cols,
      time: { format: 'dd/MM/yyyy' },
      services: { 'Rise MHST': 'mhst', 'UHCW A&E': 'ed' },
      activities: { Seen: 'contact' },
      keep: ['Age band'],
    });
    const same = plain(
      csv(
        'journey_id,date,service,activity,age band',
        'C1,2020-03-14,mhst,contact,13-15',
        'C1,2020-04-02,ed,contact,13-15',
      ),
    );
    expect(comparable(okValue(r))).toEqual(comparable(okValue(same)));
    expect(okValue(r).warnings).toBeUndefined();
  });

  it('keeps every other column by default, but never one §2 would read as its own', () => {
    const text = csv('Child,When,Team,Activity,Age band', 'C1,2020-03-14,gp,Register,13-15');
    const c = okValue(
      withProfile(text, {
        columns: { ...cols, activity: undefined, service: 'Team' },
        activities: { '*': 'contact' },
      }),
    );
    expect(c.attributes.map((a) => a.name)).toEqual(['age band']);
    expect(cohortToEvents(c, pathway)[0]?.activity).toBe('contact');
    const p = problemsOf(
      withProfile(text, {
        columns: { ...cols, activity: undefined },
        activities: { '*': 'contact' },
        keep: ['Activity'],
      }),
    );
    expect(where(p)).toEqual(['-|keep[0]|PL424']);
    expect(p[0]!.message).toContain('§2 reads a column named "activity" itself');
  });

  it('reads ids and labels §2 knows without a map, and applies "*" only to the rest', () => {
    const text = csv(
      'Child,When,Team,What',
      'C1,2020-03-14,GP,contact',
      'C1,2020-03-15,Moon base,contact',
      'C1,2020-03-16,school,contact',
    );
    const e = events(withProfile(text, { columns: cols, services: { '*': 'ed' } }));
    expect(e.map((x) => x.service)).toEqual(['gp', 'ed', 'school']);
  });

  it('drops rows by "*": "drop" or a value mapped to "drop", and says how many in a warning', () => {
    const text = csv(
      'Child,When,Team,What',
      'C1,2020-03-14,Admin,contact',
      'C1,2020-03-15,gp,contact',
      'C2,2020-03-16,Moon,contact',
      'C2,2020-03-17,Moon,contact',
    );
    const c = okValue(withProfile(text, { columns: cols, services: { Admin: 'drop', '*': 'drop' } }));
    expect(c.journeyIds).toEqual(['C1']);
    expect(c.warnings?.map(formatProblem)).toEqual([
      'export.csv:2: Team: 3 rows were left out, as the profile\'s "services" says ("drop"): "Admin" (row 2), "Moon" (2 rows, first row 4). [PL210]',
    ]);
  });

  it('refuses unmapped values under "*": "error" (the default), one message per column, naming the profile', () => {
    const rows = Array.from({ length: 15_000 }, (_, i) => `C${i % 300},2020-03-14,Rise Crisis Line,contact`);
    const p = problemsOf(
      withProfile(csv('Child,When,Team,What', ...rows, 'C1,2020-03-14,UHCW A&E,contact'), { columns: cols }),
    );
    expect(p.map(formatProblem)).toEqual([
      `export.csv:2: Team: 2 values are not mapped to services: "Rise Crisis Line" (15,000 rows, first row 2), "UHCW A&E" (row 15002); map them in the profile's "services" to a service of pathway testville (school, gp, school_nurse, mhst, ed, ward14; labels are accepted too), or give "*" a default ("drop" or a service id). [PL202]`,
    ]);
  });

  it('takes activities from the service column when no activity column is mapped', () => {
    const text = csv('Child,When,Team', 'C1,2020-03-14,Admission IC', 'C1,2020-03-15,GP visit');
    const spec = {
      columns: { ...cols, activity: undefined },
      services: { 'Admission IC': 'ward14', 'GP visit': 'gp' },
      activities: { 'Admission IC': 'admission', '*': 'contact' },
    };
    expect(events(withProfile(text, spec)).map((e) => `${e.service}/${e.activity}`)).toEqual([
      'ward14/admission',
      'gp/contact',
    ]);
    const p = problemsOf(withProfile(text, { ...spec, activities: { 'GP visit': 'contact' } }));
    expect(where(p)).toEqual(['2|activity (from "Team")|PL202']);
    expect(p[0]!.message).toMatch(
      /^"Admission IC" is not mapped to an activity \(did you mean admission\?\)/,
    );
  });

  it('reads concerns from a delimited column with a value map, and from flag columns', () => {
    const text = csv(
      'Child,When,Team,What,Needs,Risk,Family',
      'C1,2020-03-14,gp,contact,"Self-harm, Sleep",Y,no',
      'C1,2020-03-15,gp,contact,,n,TRUE',
      'C1,2020-03-16,gp,contact,Anxiety,,',
    );
    const spec = {
      columns: cols,
      concerns: { column: 'Needs', separator: ',', values: { 'Self-harm': 'self_harm', '*': 'ignore' } },
      concernColumns: { Risk: 'low_mood', Family: 'parental_conflict' },
    };
    const c = okValue(withProfile(text, spec));
    expect(cohortToEvents(c, pathway).map((e) => e.concerns)).toEqual([
      ['self_harm', 'low_mood'],
      ['parental_conflict'],
      ['anxiety'],
    ]);
    expect(c.warnings?.[0]?.message).toBe('1 concern value was left out ("*": "ignore"): "Sleep" (row 2).');
    const bad = problemsOf(
      withProfile(
        csv('Child,When,Team,What,Needs,Risk,Family', 'C1,2020-03-14,gp,contact,Worry,maybe,'),
        spec,
      ),
    );
    expect(where(bad)).toEqual(['2|Risk|PL202']);
    const strict = problemsOf(
      withProfile(csv('Child,When,Team,What,Needs,Risk,Family', 'C1,2020-03-14,gp,contact,Worry,,'), {
        ...spec,
        concerns: { column: 'Needs', values: {} },
      }),
    );
    expect(strict[0]!.message).toMatch(/^"Worry" is not mapped to a concern code/);
    const dropped = okValue(
      withProfile(
        csv(
          'Child,When,Team,What,Needs,Risk,Family',
          'C1,2020-03-14,gp,contact,Worry,,',
          'C1,2020-03-15,gp,contact,,,',
        ),
        { ...spec, concerns: { column: 'Needs', values: { '*': 'drop' } } },
      ),
    );
    expect(dropped.row).toEqual(Int32Array.from([3]));
  });

  it('keeps a note column as the note', () => {
    const c = okValue(
      withProfile(csv('Child,When,Team,What,Comment', 'C1,2020-03-14,gp,contact,Seen at home'), {
        columns: { ...cols, note: 'Comment' },
      }),
    );
    expect([...c.notes.values()]).toEqual(['Seen at home']);
  });

  it('reads day offsets from a day column', () => {
    const c = okValue(
      withProfile(csv('Child,Day,Team,What', 'C1,-3,gp,contact', 'C1,7,gp,contact'), {
        columns: { ...cols, time: undefined, day: 'Day' },
      }),
    );
    expect(c.timeBase).toBe('offset');
    expect([...c.time]).toEqual([-3, 7]);
  });

  it('finds the header below a title row and a blank row, with a BOM and CRLF line ends', () => {
    const text =
      '\uFEFFExtract for Coventry, 2020\r\n,,,\r\nChild,When,Team,What\r\nC1,2020-03-14,gp,contact\r\n';
    const c = okValue(withProfile(text, { columns: cols }));
    expect([...c.row]).toEqual([4]);
    const missing = problemsOf(withProfile(text, { columns: { ...cols, journey: 'Pseudo ID' } }));
    expect(where(missing)).toEqual(['-|columns.journey|PL422']);
    expect(missing[0]!.message).toContain('"Pseudo ID" is not a column of export.csv');
  });

  it('names a column the file lacks, with the file’s own columns and the nearest name', () => {
    const p = problemsOf(withProfile(csv('Child,When,Team,What type'), { columns: cols }));
    expect(p.map(formatProblem)).toEqual([
      'x.profile.json: columns.activity: "What" is not a column of export.csv (did you mean "What type"?); the file has "Child", "When", "Team", "What type" (names are matched ignoring case and surrounding spaces). [PL422]',
    ]);
  });

  it('refuses a value map to an id the pathway does not define, with the nearest id', () => {
    const p = problemsOf(
      withProfile(csv('Child,When,Team,What', 'C1,2020-03-14,A&E,contact'), {
        columns: cols,
        services: { 'A&E': 'emergency', '*': 'scool' },
        concernColumns: { What: 'worry' },
      }),
    );
    expect(where(p)).toEqual([
      '-|services["A&E"]|PL423',
      '-|services["*"]|PL423',
      '-|concernColumns["What"]|PL423',
    ]);
    expect(p[1]!.message).toContain('(did you mean school?)');
  });

  it('says when a time format reads no row, and lists the values it could not read', () => {
    const text = csv(
      'Child,When,Team,What',
      'C1,2014-05-01 10:00,gp,contact',
      'C1,2014-05-02 10:00,gp,contact',
    );
    const p = problemsOf(withProfile(text, { columns: cols, time: { format: 'dd-MM-yyyy HH:mm' } }));
    expect(where(p)).toEqual(['2|When|PL202']);
    expect(p[0]!.message).toMatch(
      /^no row matches the time format\. 2 values do not match time\.format "dd-MM-yyyy HH:mm": "2014-05-01 10:00" \(row 2\)/,
    );
  });

  it('reads a Dutch date without taking it for a phone number', () => {
    const text = csv('Child,When,Team,What', 'C1,01-05-2014 10:00,gp,contact');
    expect(
      okValue(
        withProfile(text, { columns: cols, time: { format: 'dd-MM-yyyy HH:mm', zone: 'Europe/Amsterdam' } }),
      ).time[0],
    ).toBeCloseTo(16191.333333, 5);
  });

  it('reads JSON and XES files through the same profile', () => {
    const json = JSON.stringify([{ Child: 'C1', When: '14/03/2020', Team: 'G.P.', What: 'Seen' }]);
    const spec = {
      columns: cols,
      time: { format: 'dd/MM/yyyy' },
      services: { 'G.P.': 'gp' },
      activities: { Seen: 'contact' },
    };
    expect(events(withProfile(json, spec, pathway, 'export.json'))[0]).toMatchObject({
      service: 'gp',
      activity: 'contact',
      row: 2,
    });
    const xes = `<log xes.version="2.0"><trace><string key="concept:name" value="C1"/><event><string key="concept:name" value="G.P."/><date key="time:timestamp" value="2020-03-14T09:30:00.000+00:00"/></event></trace></log>`;
    const c = okValue(
      withProfile(
        xes,
        {
          columns: { journey: 'case:concept:name', time: 'time:timestamp', service: 'concept:name' },
          services: { 'G.P.': 'gp' },
          activities: { '*': 'contact' },
        },
        pathway,
        'log.xes',
      ),
    );
    expect(c.journeyIds).toEqual(['C1']);
    expect(c.format).toBe('xes');
  });

  it('still refuses identifying data in kept columns and journey ids', () => {
    const p = problemsOf(
      withProfile(csv('Child,When,Team,What,Phone', 'C1,2020-03-14,gp,contact,07700 900123'), {
        columns: cols,
      }),
    );
    expect(where(p)).toEqual(['1|phone|PL300', '2|phone|PL300']);
    expect(JSON.stringify(p)).not.toContain('900123');
  });
});

describe('interval logs: a start column', () => {
  it('times the event at the start and keeps the duration in minutes', () => {
    const text = csv(
      'Child,Start,End,Team,What',
      'C1,2020-03-14 09:00,2020-03-14 09:50,gp,contact',
      'C1,,2020-03-15 10:00,gp,contact',
    );
    const c = okValue(withProfile(text, { columns: { ...cols, time: 'End', start: 'Start' } }));
    const same = okValue(
      plain(
        csv(
          'journey_id,date,service,activity,duration_minutes',
          'C1,2020-03-14T09:00,gp,contact,50',
          'C1,2020-03-15T10:00,gp,contact,',
        ),
      ),
    );
    expect(comparable(c)).toEqual(comparable(same));
  });
});
