import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importProfileJsonSchema } from '../../../src/core/profile/profileSchema.ts';
import { parseProfile, validateProfile } from '../../../src/core/profile/parseProfile.ts';
import { formatProblem } from '../../../src/core/problems.ts';
import { okValue, problemsOf, where } from '../cohort/helpers.ts';
import { root } from '../helpers.ts';

const base = {
  profile: 1,
  columns: { journey: 'Pseudo ID', time: 'Event date', service: 'Team', activity: 'Contact type' },
};
const check = (patch: Record<string, unknown>) => validateProfile({ ...base, ...patch }, 'x.profile.json');
const columns = (c: Record<string, unknown>) => check({ columns: { ...base.columns, ...c } });

describe('parseProfile: a valid import profile', () => {
  it('reads the contract example (CONTRACT §5)', () => {
    const text = JSON.stringify({
      profile: 1,
      delimiter: ';',
      columns: {
        journey: 'Pseudo ID',
        time: 'Event date',
        start: 'Start time',
        service: 'Team',
        activity: 'Contact type',
        note: 'Comment',
      },
      time: { format: 'dd/MM/yyyy HH:mm', zone: 'Europe/London' },
      services: { 'Rise Crisis Line': 'crisis_line', 'UHCW A&E': 'ed', '*': 'error' },
      activities: { 'Referral received': 'referral', Attended: 'contact', '*': 'contact' },
      concerns: { column: 'Presenting needs', separator: ',', values: { 'Self-harm': 'self_harm' } },
      concernColumns: { SIRSCriteria2OrMore: 'sirs' },
      keep: ['Age band'],
    });
    const p = okValue(parseProfile(`\uFEFF${text}`, 'x.profile.json'));
    expect(p.columns.start).toBe('Start time');
    expect(p.time).toEqual({ format: 'dd/MM/yyyy HH:mm', zone: 'Europe/London' });
  });

  it('takes a day column instead of a time column, and an activities map instead of an activity column', () => {
    okValue(
      validateProfile({
        profile: 1,
        columns: { journey: 'J', day: 'D', service: 'S' },
        activities: { '*': 'contact' },
      }),
    );
  });

  it('reads the example in the README', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const section = readme.slice(readme.indexOf('## Your own data'));
    const json = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const p = okValue(parseProfile(json, 'README.md'));
    expect(p.columns.journey).toBe('Pseudo ID');
  });

  it('has a JSON Schema for editors', () => {
    const schema = importProfileJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'profile',
        'columns',
        'time',
        'services',
        'activities',
        'concerns',
        'concernColumns',
        'keep',
      ]),
    );
    expect(schema.required).toEqual(['profile', 'columns']);
  });
});

describe('parseProfile: a broken profile is refused with file: field: message', () => {
  it('refuses text that is not JSON', () => {
    const p = problemsOf(parseProfile('{ "profile": 1,', 'x.profile.json'));
    expect(where(p)).toEqual(['-|-|PL420']);
    expect(formatProblem(p[0]!)).toMatch(/^x\.profile\.json: .*Check for a missing comma/);
  });

  it('names a missing or mistyped field, an unknown field and the version', () => {
    expect(where(problemsOf(validateProfile({ profile: 1, columns: { time: 'T', service: 'S' } })))).toEqual([
      '-|columns.journey|PL421',
    ]);
    const typo = problemsOf(check({ colums: {} }));
    expect(where(typo)).toEqual(['-|(file)|PL424']);
    expect(typo[0]!.message).toBe('has an unknown field "colums"; check the spelling.');
    expect(problemsOf(check({ profile: 2 }))[0]!.message).toBe('2 is not allowed; allowed: 1.');
    expect(where(problemsOf(check({ keep: 'Age band' })))).toEqual(['-|keep|PL421']);
    expect(where(problemsOf(columns({ service: '  ' })))).toEqual(['-|columns.service|PL421']);
    expect(where(problemsOf(check({ delimiter: '|' })))).toEqual(['-|delimiter|PL424']);
  });

  it('needs a time or a day column, not both; a start column with a time; an instance with a lifecycle', () => {
    const none = problemsOf(
      validateProfile({ profile: 1, columns: { journey: 'J', service: 'S', activity: 'A' } }),
    );
    expect(where(none)).toEqual(['-|columns|PL421']);
    expect(where(problemsOf(columns({ day: 'D' })))).toEqual(['-|columns.day|PL424']);
    expect(where(problemsOf(columns({ time: undefined, day: 'D', start: 'S0' })))).toEqual([
      '-|columns.start|PL424',
    ]);
    expect(where(problemsOf(columns({ start: 'S0', lifecycle: 'L' })))).toEqual(['-|columns.start|PL424']);
    expect(where(problemsOf(columns({ instance: 'I' })))).toEqual(['-|columns.instance|PL424']);
  });

  it('needs an activity column or an activities map', () => {
    const p = problemsOf(columns({ activity: undefined }));
    expect(where(p)).toEqual(['-|activities|PL421']);
    expect(p[0]!.message).toContain('keyed by the values of columns.service');
  });

  it('checks the time formats token by token, and the zone', () => {
    const bad = (format: unknown) => problemsOf(check({ time: { format } }))[0]!;
    expect(bad('DD/MM/YYYY').message).toMatch(/^"DD\/MM\/YYYY": "DD" is not a token; write dd or d/);
    expect(bad('dd/MM/yyyy hh:mm').message).toContain('12-hour clocks');
    expect(bad('yyyy-MM-ddTHH:mm:ssZ').message).toContain('an offset after the time');
    expect(bad("dd/MM/yyyy 'at HH:mm").message).toContain('is not closed');
    expect(bad('dd/MM').message).toContain('needs a year (yyyy)');
    expect(bad('dd/MM/yyyy mm').message).toContain('no hour');
    expect(where(problemsOf(check({ time: { format: ['dd/MM/yyyy', 'MM/yy'] } })))).toEqual([
      '-|time.format[1]|PL424',
    ]);
    const zone = problemsOf(check({ time: { zone: 'Europe/Lndon' } }));
    expect(where(zone)).toEqual(['-|time.zone|PL424']);
    expect(zone[0]!.message).toContain('is not an IANA time zone');
  });

  it('refuses time formats for a day column, two keys that are one value, and "ignore" outside concerns', () => {
    const day = validateProfile({
      ...base,
      columns: { ...base.columns, time: undefined, day: 'D' },
      time: { zone: 'UTC' },
    });
    expect(where(problemsOf(day))).toEqual(['-|time|PL424']);
    const clash = problemsOf(check({ services: { 'UHCW A&E': 'ed', ' uhcw  a&e': 'ed' } }));
    expect(where(clash)).toEqual(['-|services|PL424']);
    expect(clash[0]!.message).toContain('are the same value');
    expect(where(problemsOf(check({ activities: { '*': 'ignore' } })))).toEqual(['-|activities["*"]|PL424']);
    okValue(check({ concerns: { column: 'C', values: { '*': 'ignore' } } }));
  });
});
