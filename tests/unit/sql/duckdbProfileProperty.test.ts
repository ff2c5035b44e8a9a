import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckdbOverlayOn } from '../../../src/cli/duckdb/duckdbOverlay.ts';
import { activities } from '../../../src/core/pathway/types.ts';
import { formatProblem, type Problem } from '../../../src/core/problems.ts';
import { validateProfile } from '../../../src/core/profile/parseProfile.ts';
import { okValue } from '../cohort/helpers.ts';
import { coventry, params, randomParameters, testDuckDb } from './cohortCases.ts';
import { inProcessProfileOverlay } from './profileCases.ts';
import { propertyRuns } from '../propertyRuns.ts';

/**
 * Issue 15's property for import profiles: random cohorts written as an export through a random profile
 * (renamed columns, a delimiter, day-first, month-name or spreadsheet times in a zone with clock changes,
 * team names and activity codes through value maps with "*" defaults, concern values through a
 * separator and a map, a flag column) give, through DuckDB, exactly the in-process overlay and warnings.
 */
const services = coventry.pathway.services;
const concerns = coventry.pathway.concerns.map((c) => c.id);
const labels = coventry.pathway.concerns.map((c) => c.label);
const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Time formats, and how each writes a wall time (fields as in UTC). */
const FORMATS: readonly [string[] | undefined, (d: Date) => string][] = [
  [
    ['dd/MM/yyyy HH:mm', 'dd/MM/yyyy'],
    (d) =>
      `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  ],
  [
    ['dd/MM/yyyy HH:mm', 'dd/MM/yyyy'],
    (d) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
  ],
  [
    ['d/M/yyyy H:mm:ss'],
    (d) =>
      `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()} ${d.getUTCHours()}:${pad(d.getUTCMinutes())}:07`,
  ],
  [
    ['d MMM yyyy HH:mm'],
    (d) =>
      `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  ],
  [['excel'], (d) => String(Math.round((d.getTime() / 86_400_000 + 25_569) * 1e6) / 1e6)],
  [undefined, (d) => d.toISOString().slice(0, 16)],
];
const ZONES = ['UTC', 'Europe/London', 'America/New_York'];

const row = fc.record({
  journey: fc.integer({ min: 0, max: 4 }),
  // Around the clock changes of March 2020 (London on the 29th, New York on the 8th), quarter hours.
  day: fc.integer({ min: 0, max: 24 }),
  quarter: fc.integer({ min: 0, max: 95 }),
  service: fc.integer({ min: 0, max: services.length + 1 }),
  activity: fc.integer({ min: 0, max: activities.length + 1 }),
  concerns: fc.array(fc.integer({ min: 0, max: concerns.length + 2 }), { maxLength: 3 }),
  flag: fc.constantFrom('', 'yes', 'no', 'Y', '1'),
  spelling: fc.integer({ min: 0, max: 3 }),
});

const profileCase = fc.record({
  rows: fc.array(row, { minLength: 1, maxLength: 50 }),
  names: fc.shuffledSubarray(['Pseudo ID', 'When', 'Team', 'Contact type', 'Needs', 'Flag', 'Extra'], {
    minLength: 7,
    maxLength: 7,
  }),
  delimiter: fc.constantFrom(',', ';', '\t'),
  format: fc.integer({ min: 0, max: FORMATS.length - 1 }),
  zone: fc.constantFrom(...ZONES),
  serviceDefault: fc.constantFrom(undefined, 'drop', 'gp'),
  activityColumn: fc.boolean(),
  activityDefault: fc.constantFrom(undefined, 'drop', 'contact'),
  concernDefault: fc.constantFrom('ignore', 'drop', 'low_mood'),
  separator: fc.constantFrom(',', '/', undefined),
  dayOffsets: fc.boolean(),
});

/** An export and its profile, from a random case. */
type Case = typeof profileCase extends fc.Arbitrary<infer T> ? T : never;

function exportOf(c: Case) {
  const [journey, when, team, kind, needs, flag, extra] = c.names as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const [formats, write] = FORMATS[c.format] as (typeof FORMATS)[number];
  const sep = c.separator ?? ';';
  const spell = (v: string, s: number) => [v, v.toUpperCase(), ` ${v}  `, v.replace(' ', '  ')][s] as string;
  const lines = c.rows.map((r) => {
    const at = new Date(Date.UTC(2020, 2, 5 + r.day) + r.quarter * 15 * 60_000);
    const s = services[r.service];
    const teamText =
      s === undefined ? `Unknown team ${r.service}` : r.service % 3 === 0 ? s.id : `Team ${s.id}`;
    const a = activities[r.activity];
    const code = a === undefined ? `code ${r.activity}` : `${r.activity}`;
    const needsText = r.concerns
      // Mapped values, an unmapped one, and a code and a label the pathway knows as they are.
      .map((i) =>
        concerns[i] !== undefined
          ? `Need ${concerns[i]}`
          : (['Other', concerns[0], labels[1]][i - concerns.length] as string),
      )
      .map((v) => spell(v, r.spelling))
      .join(sep);
    const cells = [
      `J${r.journey}`,
      c.dayOffsets ? String(r.day - 3) : write(at),
      spell(teamText, r.spelling),
      code,
      needsText,
      r.flag,
      'x',
    ];
    return cells.map((v) => (/[,;\t"/]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(c.delimiter);
  });
  const csv = `${[journey, when, team, kind, needs, flag, extra].join(c.delimiter)}\n${lines.join('\n')}\n`;
  const serviceMap: Record<string, string> = Object.fromEntries(services.map((s) => [`Team ${s.id}`, s.id]));
  if (c.serviceDefault) serviceMap['*'] = c.serviceDefault;
  const activityMap: Record<string, string> = c.activityColumn
    ? Object.fromEntries(activities.map((a, i) => [String(i), a]))
    : Object.fromEntries(
        services.map((s, i) => [`Team ${s.id}`, activities[i % activities.length] as string]),
      );
  if (c.activityDefault) activityMap['*'] = c.activityDefault;
  const profile = {
    profile: 1,
    delimiter: c.delimiter === '\t' ? 'tab' : c.delimiter,
    columns: {
      journey,
      [c.dayOffsets ? 'day' : 'time']: when,
      service: team,
      ...(c.activityColumn ? { activity: kind } : {}),
    },
    ...(c.dayOffsets ? {} : { time: { ...(formats ? { format: formats } : {}), zone: c.zone } }),
    services: serviceMap,
    activities: activityMap,
    concerns: {
      column: needs,
      ...(c.separator ? { separator: c.separator } : {}),
      values: { ...Object.fromEntries(concerns.map((id) => [`Need ${id}`, id])), '*': c.concernDefault },
    },
    concernColumns: { [flag]: 'anxiety' },
  };
  return { csv, profile: okValue(validateProfile(profile)) };
}

describe('DuckDB reads random exports through random profiles as the importer does (property, seeded)', () => {
  let db: Awaited<ReturnType<typeof testDuckDb>>;
  const dir = mkdtempSync(join(tmpdir(), 'pathway-lens-duckmap-prop-'));
  beforeAll(async () => {
    db = await testDuckDb();
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same overlay and warnings, or the same problems', async () => {
    const runs = propertyRuns(50);
    const file = join(dir, 'export.csv');
    let compared = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(profileCase, randomParameters, async (c, { w, h }) => {
        const { csv, profile } = exportOf(c);
        writeFileSync(file, csv);
        const input = { profile, file: 'export.profile.json' };
        const expected = inProcessProfileOverlay(file, csv, coventry, input, params(w, h));
        const warnings: Problem[] = [];
        const got = await duckdbOverlayOn(db.con, {
          loaded: coventry,
          file,
          parameters: params(w, h),
          profile: input,
          onWarning: (p) => warnings.push(p),
        });
        if (!expected.ok) {
          refused++;
          // The same mistakes, in the importer's words.
          expect(got.ok ? [] : got.problems.map(formatProblem).sort()).toEqual(
            expected.problems.map(formatProblem).sort(),
          );
          return;
        }
        if (!got.ok) throw new Error(got.problems.map(formatProblem).join('\n'));
        compared++;
        expect(got.value).toEqual(expected.value.overlay);
        expect(warnings.map(formatProblem)).toEqual(expected.value.warnings.map(formatProblem));
      }),
      { seed: 15, numRuns: runs },
    );
    // Many cases are read by both engines (not only refused by both).
    expect(compared).toBeGreaterThan(runs * 0.3);
    // …and some are mistakes both engines report in the same words.
    expect(refused).toBeGreaterThan(runs / 10);
  }, 240_000);
});
