import type { DuckDBConnection } from '@duckdb/node-api';
import Papa from 'papaparse';
import { decodeText } from '../../core/cohort/decodeText.ts';
import { detectDelimiter } from '../../core/cohort/detectDelimiter.ts';
import { normalizeColumnName } from '../../core/cohort/rows.ts';
import { BadCells } from '../../core/cohort/badCells.ts';
import type { ValueTally } from '../../core/cohort/valueTally.ts';
import { overlayProblems } from '../../core/overlay/overlayProblems.ts';
import type { OverlayProblemEntry } from '../../core/overlay/overlayTypes.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { problem, type Problem } from '../../core/problems.ts';
import { bindProfile, checkTargets, type BoundProfile } from '../../core/profile/bindProfile.ts';
import { columnLabels, profileDelimiter, type ProfileInput } from '../../core/profile/importWithProfile.ts';
import { profileFormats } from '../../core/profile/parseProfile.ts';
import { ProfileTallies } from '../../core/profile/profileTallies.ts';
import { duckdbProfileRefusal, profileSourceSql, profileTallies } from '../../core/sql/profileSourceSql.ts';
import { cellText } from './cellText.ts';
import type { PreparedSource } from './duckdbSource.ts';

/** How many non-empty rows may come before the header (as ProfileRows searches for it). */
const HEADER_SEARCH_ROWS = 10;

/**
 * The `events` view of a CSV export read through an import profile (CONTRACT §5), or the problems: a
 * profile the DuckDB engine does not read, columns the file does not have, target ids the pathway does
 * not know. The header is searched for below title rows as the importer searches for it.
 */
export function profileSource(
  path: string,
  bytes: Buffer,
  encoding: 'utf-8' | 'utf-16',
  pathway: Pathway,
  input: ProfileInput,
): PreparedSource | Problem[] {
  const { profile } = input;
  const refused = duckdbProfileRefusal(profile, input.file);
  if (refused.length > 0) return refused;
  const targets = checkTargets(profile, pathway, input.file);
  if (targets.length > 0) return targets;
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  const delimiter = profileDelimiter(text, profile) ?? detectDelimiter(text);
  const rows = Papa.parse<string[]>(text, { delimiter, preview: 40 }).data;
  const journey = normalizeColumnName(profile.columns.journey);
  // A profile built in code (the mapping dialog) may hold roles set to undefined.
  const roles: Readonly<Record<string, string | undefined>> = profile.columns;
  const named = Object.values(roles)
    .filter((n) => n !== undefined)
    .map(normalizeColumnName);
  let header: { index: number; raw: string[]; names: string[] } | undefined;
  let best: { raw: string[]; names: string[]; score: number } | undefined;
  let searched = 0;
  for (const [index, raw] of rows.entries()) {
    const names = raw.map(normalizeColumnName);
    if (names.every((n) => n === '')) continue;
    if (names.includes(journey)) {
      header = { index, raw, names };
      break;
    }
    const score = named.filter((n) => names.includes(n)).length;
    if (!best || score > best.score) best = { raw, names, score };
    if (++searched > HEADER_SEARCH_ROWS) break;
  }
  const where = { profileFile: input.file, file: path };
  if (!header) {
    const bound = bindProfile(profile, best?.names ?? [], best?.raw ?? [], where);
    return Array.isArray(bound)
      ? bound
      : [problem('PL201', 'no header row names the journey column.', { file: path })];
  }
  const bound = bindProfile(profile, header.names, header.raw, where);
  if (Array.isArray(bound)) return bound;
  const statements = profileSourceSql(
    { path, delimiter, encoding, columns: header.raw.length, headerRow: header.index + 1 },
    bound,
    profile,
    pathway,
  );
  return {
    statements,
    timeColumn: profile.columns.day !== undefined ? 'day' : 'date',
    synthetic: false,
    rows: true,
    profile: { input, bound, columnNames: columnLabels(profile) },
  };
}

/** A tally query's rows added to a ValueTally as ProfileRows would have noted them. */
async function fill(con: DuckDBConnection, sql: string, tally: ValueTally): Promise<void> {
  const rows = (await con.runAndReadAll(sql)).getRowObjectsJS();
  let listed = 0;
  let listedRows = 0;
  for (const r of rows) {
    tally.noteGroup(cellText(r.value), Number(r.n), Number(r.first_row));
    listed++;
    listedRows += Number(r.n);
  }
  const first = rows[0];
  if (first) tally.noteMore(Number(first.distinct_n) - listed, Number(first.rows_n) - listedRows);
}

/**
 * What the profile's reading found, worded by ProfileTallies as the importer words it: errors (times no
 * format reads, flag cells neither true nor false) and warnings (rows left out by "drop", concern values
 * left out by "ignore", local times in a skipped hour).
 */
export async function profileFindings(
  con: DuckDBConnection,
  file: string,
  bound: BoundProfile,
  input: ProfileInput,
): Promise<{ problems: Problem[]; warnings: Problem[] }> {
  const { profile } = input;
  const tallies = new ProfileTallies();
  const [count] = (await con.runAndReadAll(profileTallies.rows)).getRowObjectsJS();
  const timeColumn = profile.columns.time ?? profile.columns.day ?? '';
  const time = tallies.timeTally(timeColumn);
  await fill(con, profileTallies.badTimes, time.bad);
  await fill(con, profileTallies.emptyTimes, time.empty);
  if (time.bad.empty && time.empty.empty) tallies.time.delete(timeColumn);
  for (const [i, f] of bound.flags.entries()) {
    const t = tallies.flag(f.name);
    await fill(con, profileTallies.flag(i), t);
    if (t.empty) tallies.flags.delete(f.name);
  }
  const fields: readonly [string, string][] = [
    ['services', profile.columns.service],
    ['activities', profile.columns.activity ?? profile.columns.service],
    ['concerns.values', profile.concerns?.column ?? ''],
  ];
  for (const [field, column] of fields) {
    const t = tallies.dropTally(field, column);
    await fill(con, profileTallies.dropped(field), t);
    if (t.empty) tallies.dropped.delete(field);
  }
  await fill(con, profileTallies.ignored, tallies.ignored);
  const [gaps] = (await con.runAndReadAll(profileTallies.gaps)).getRowObjectsJS();
  tallies.gaps = Number(gaps?.n ?? 0);
  tallies.firstGap = gaps?.first === null || gaps?.first === undefined ? undefined : cellText(gaps.first);
  const ctx = {
    file,
    formats: profileFormats(profile),
    zone: profile.time?.zone ?? 'UTC',
    rows: Number(count?.n ?? 0),
  };
  return { problems: tallies.problems(ctx, undefined), warnings: tallies.warnings(ctx, undefined) };
}

/**
 * The SQL script's problems (values it cannot read, grouped by column and value) worded as the importer
 * words them for a file read through a profile (BadCells): "not mapped to services", named by the file's
 * own columns, with the nearest ids. Rows in no clear order keep the script's own message.
 */
export function profileCellProblems(
  entries: readonly OverlayProblemEntry[],
  opts: {
    readonly file: string;
    readonly pathway: Pathway;
    readonly columnNames: Readonly<Record<string, string>>;
    readonly isDate: boolean;
  },
): Problem[] {
  const bad = new BadCells();
  const tallies: Readonly<Record<string, readonly [ValueTally, ValueTally | undefined]>> = {
    journey_id: [bad.emptyJourney, undefined],
    service: [bad.emptyService, bad.service],
    activity: [bad.emptyActivity, bad.activity],
    concerns: [bad.concern, bad.concern],
  };
  const rest: OverlayProblemEntry[] = [];
  for (const e of [...entries].sort((a, b) => (a.firstRow ?? 0) - (b.firstRow ?? 0))) {
    const t = tallies[e.column]?.[e.value === '' ? 0 : 1];
    if (t && e.firstRow !== null) t.noteGroup(e.value, e.rows, e.firstRow);
    else rest.push(e);
  }
  const label = (c: string) => opts.columnNames[c] ?? c;
  return [
    ...bad.problems({
      pathway: opts.pathway,
      file: opts.file,
      label,
      isDate: opts.isDate,
      profile: true,
      columns: 0,
    }),
    ...overlayProblems(rest, { file: opts.file, pathway: opts.pathway, columnNames: opts.columnNames }),
  ];
}
