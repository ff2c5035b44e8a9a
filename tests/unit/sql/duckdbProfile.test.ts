import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckdbOverlayOn } from '../../../src/cli/duckdb/duckdbOverlay.ts';
import { formatProblem, type Problem } from '../../../src/core/problems.ts';
import type { ProfileInput } from '../../../src/core/profile/importWithProfile.ts';
import { parseProfile } from '../../../src/core/profile/parseProfile.ts';
import { EVENTLOGS, haveEventLogs, okValue } from '../cohort/helpers.ts';
import { root } from '../helpers.ts';
import { coventry, params, testDuckDb } from './cohortCases.ts';
import { inProcessProfileOverlay } from './profileCases.ts';

/**
 * Exports read through import profiles (CONTRACT §5) by the DuckDB engine, the profile compiled to SQL:
 * the overlay and the import's warnings must be the in-process importer's exactly; what does not compile
 * is refused, naming the profile's field.
 */
const GRID = [
  [28, 365],
  [0, 1],
  [7, 30],
] as const;
const fixture = (name: string) => join(root, 'tests/fixtures/profiles', name);
const profileOf = (file: string): ProfileInput => ({
  profile: okValue(parseProfile(readFileSync(file, 'utf8'), file)),
  file,
});

describe('DuckDB reads exports through profiles as the importer does', () => {
  let db: Awaited<ReturnType<typeof testDuckDb>>;
  const dir = mkdtempSync(join(tmpdir(), 'pathway-lens-duckmap-'));
  beforeAll(async () => {
    db = await testDuckDb();
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Both engines on one file: the same overlay and warnings, or the DuckDB engine's problems. */
  async function both(file: string, input: ProfileInput, w = 28, h = 365) {
    const text = readFileSync(file, 'utf8');
    const expected = inProcessProfileOverlay(file, text, coventry, input, params(w, h));
    const warnings: Problem[] = [];
    const got = await duckdbOverlayOn(db.con, {
      loaded: coventry,
      file,
      parameters: params(w, h),
      profile: input,
      onWarning: (p) => warnings.push(p),
    });
    return { expected, got, warnings };
  }

  const write = (name: string, text: string, profile: unknown): [string, ProfileInput] => {
    const file = join(dir, name);
    writeFileSync(file, text);
    const pfile = join(dir, `${name}.profile.json`);
    writeFileSync(pfile, JSON.stringify(profile));
    return [file, profileOf(pfile)];
  };

  it('camhs-export (title rows, day-first local times, excel serials, maps, flags, drops), for three W and H', async () => {
    for (const [w, h] of GRID) {
      const { expected, got, warnings } = await both(
        fixture('camhs-export.csv'),
        profileOf(fixture('camhs-export.profile.json')),
        w,
        h,
      );
      const want = okValue(expected);
      expect(okValue(got)).toEqual(want.overlay);
      expect(warnings.map(formatProblem)).toEqual(want.warnings.map(formatProblem));
      expect(warnings.length).toBeGreaterThan(2);
    }
  });

  it.skipIf(!haveEventLogs)('the PM4Py running example (activities keyed by service value)', async () => {
    const { expected, got } = await both(
      `${EVENTLOGS}/running-example.csv`,
      profileOf(fixture('running-example.profile.json')),
    );
    expect(okValue(got)).toEqual(okValue(expected).overlay);
  });

  it.each([
    ['acute-episodes', 'columns.lifecycle'],
    ['patients', 'columns.lifecycle'],
    ['roadtraffic', 'columns.lifecycle'],
  ])('%s is refused, naming %s and saying to drop --engine duckdb', async (name, field) => {
    const input = profileOf(fixture(`${name}.profile.json`));
    const got = await duckdbOverlayOn(db.con, {
      loaded: coventry,
      file: fixture('acute-episodes.csv'),
      parameters: params(28, 365),
      profile: input,
    });
    expect(got.ok).toBe(false);
    const [p] = got.ok ? [] : got.problems;
    expect(p?.column).toBe(field);
    expect(p?.file).toBe(input.file);
    expect(p?.message).toContain('Drop --engine duckdb');
  });

  it('a start column is refused too, and a format the engine cannot read exactly', async () => {
    const csv = 'id,t0,t1,team,what\nA,2020-01-01,2020-01-02,school,contact\n';
    const [file, input] = write('start.csv', csv, {
      profile: 1,
      columns: { journey: 'id', start: 't0', time: 't1', service: 'team', activity: 'what' },
    });
    const got = await duckdbOverlayOn(db.con, {
      loaded: coventry,
      file,
      parameters: params(28, 365),
      profile: input,
    });
    expect(!got.ok && got.problems.map((p) => p.column)).toEqual(['columns.start']);
    const [file2, input2] = write('compact.csv', 'id,t,team,what\nA,202011,school,contact\n', {
      profile: 1,
      columns: { journey: 'id', time: 't', service: 'team', activity: 'what' },
      time: { format: 'yyyyMd' },
    });
    const got2 = await duckdbOverlayOn(db.con, {
      loaded: coventry,
      file: file2,
      parameters: params(28, 365),
      profile: input2,
    });
    expect(!got2.ok && got2.problems.map((p) => `${p.column}: ${p.message}`)).toEqual([
      expect.stringMatching(/^time\.format: "yyyyMd": "M" of variable width is followed directly by "d"/),
    ]);
  });

  it('a Parquet file with a profile is refused: profiles describe CSV exports', async () => {
    const got = await duckdbOverlayOn(db.con, {
      loaded: coventry,
      file: join(dir, 'events.parquet'),
      parameters: params(28, 365),
      profile: profileOf(fixture('camhs-export.profile.json')),
    });
    expect(!got.ok && got.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('an import profile (--map) reads a CSV export'),
    ]);
  });

  it('drops by "*" and by concern value, ignored values, day offsets and semicolons, as the importer counts them', async () => {
    const csv = [
      'Case;Offset;Where;Kind;Needs;Flag',
      'A;0;School;seen;Self harm, Cats;',
      'A;3;Nowhere;seen;;',
      'A;5;School;seen;Skip me, Self harm;',
      'A;7;GP;seen;Low mood;yes',
      'A;9;Crisis Line;seen;;',
      'B;1;school;SEEN;;Y',
      'B;2;Crisis Line;seen; cats ;',
      'B;4;Nowhere;seen;;',
    ].join('\n');
    const [file, input] = write('drops.csv', csv, {
      profile: 1,
      columns: { journey: 'Case', day: 'Offset', service: 'Where', activity: 'Kind' },
      services: { School: 'school', GP: 'gp', 'Crisis line': 'crisis_line', '*': 'drop' },
      activities: { Seen: 'contact' },
      concerns: {
        column: 'Needs',
        separator: ',',
        values: { 'Self harm': 'self_harm', 'Low mood': 'low_mood', 'Skip me': 'drop', '*': 'ignore' },
      },
      concernColumns: { Flag: 'anxiety' },
    });
    const { expected, got, warnings } = await both(file, input, 7, 30);
    const want = okValue(expected);
    expect(okValue(got)).toEqual(want.overlay);
    expect(warnings.map(formatProblem)).toEqual(want.warnings.map(formatProblem));
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('"Cats" (row 2), "cats" (row 8)'),
      expect.stringContaining(
        '2 rows were left out, as the profile\'s "services" says ("drop"): "Nowhere" (2 rows, first row 3)',
      ),
      expect.stringContaining('"concerns.values" says ("drop"): "Skip me" (row 4)'),
    ]);
  });

  it('errors: unmapped values, times no format reads and flags neither true nor false, grouped by value', async () => {
    const csv = [
      'Case,When,Team,Flag',
      'A,14/03/2020,School,no',
      'A,15/03/2020,Mystery team,maybe',
      'B,2020-03-16,Mystery team,',
      'B,16/03/2020,Other team,',
    ].join('\n');
    const [file, input] = write('errors.csv', csv, {
      profile: 1,
      columns: { journey: 'Case', time: 'When', service: 'Team' },
      time: { format: 'dd/MM/yyyy' },
      services: { School: 'school' },
      activities: { '*': 'contact' },
      concernColumns: { Flag: 'self_harm' },
    });
    const { expected, got } = await both(file, input);
    expect(expected.ok).toBe(false);
    const messages = got.ok ? [] : got.problems.map(formatProblem);
    // The importer's own words, for each of the three mistakes, one message each.
    expect(expected.ok ? [] : expected.problems.map(formatProblem).sort()).toEqual([...messages].sort());
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('When: "2020-03-16" (row 4) does not match time.format "dd/MM/yyyy"'),
        expect.stringContaining('Flag: "maybe" (row 3) is not true or false'),
        expect.stringContaining(
          'Team: 2 values are not mapped to services: "Mystery team" (2 rows, first row 3), "Other team" (row 5)',
        ),
      ]),
    );
  });
});
