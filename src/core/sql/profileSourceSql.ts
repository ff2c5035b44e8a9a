import { activities, type Pathway } from '../pathway/types.ts';
import { problem, type Problem } from '../problems.ts';
import type { BoundProfile } from '../profile/bindProfile.ts';
import { profileFormats } from '../profile/parseProfile.ts';
import type { ImportProfile } from '../profile/profileSchema.ts';
import { fallbackOf, valueKey } from '../profile/valueMap.ts';
import { JS_SPACE } from './duckdbSource.ts';
import { profileTimeSql } from './profileTimeSql.ts';

/**
 * An import profile (CONTRACT §5) compiled to DuckDB: the statements that read a user's own CSV export
 * as the §2 cohort the profile describes, into `pl_prof` (one row per source row, with what the profile
 * made of it and why a row is left out) and the `pl_rows` and §8 `events` views the overlay script reads.
 * They follow `ProfileRows` and `ProfileValues` rule by rule: value maps matched ignoring case and spaces,
 * then the value as §2 reads it (ids and labels), then the map's `"*"`; a row left out by the first of
 * services, activities and concern values that says "drop"; concern values split by the separator, read
 * through `concerns.values`, then the truthy flag columns; times by the profile's formats and zone
 * (profileTimeSql). Pure text: the command line runs it (src/cli/duckdb/).
 */

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const list = (items: readonly string[]) => `[${items.map(lit).join(', ')}]::VARCHAR[]`;
const TRUE_FLAGS = ['true', 'yes', 'y', '1', 'x'];
const FALSE_FLAGS = ['false', 'no', 'n', '0', ''];

/** The CSV export as DuckDB reads it: the header is row `headerRow`; its `columns` cells are c0, c1, …. */
export interface ProfileCsv {
  readonly path: string;
  readonly delimiter: string;
  readonly encoding: 'utf-8' | 'utf-16';
  readonly columns: number;
  readonly headerRow: number;
}

/**
 * What the DuckDB engine cannot read as the importer does, as one problem naming the profile's field, or
 * none. Lifecycle pairing and start columns carry state from row to row (the next complete of the same
 * journey, service and instance), which the importer decides in file order; they stay in process.
 */
export function duckdbProfileRefusal(profile: ImportProfile, profileFile: string | undefined): Problem[] {
  const c = profile.columns;
  const field =
    c.lifecycle !== undefined
      ? 'columns.lifecycle'
      : c.start !== undefined
        ? 'columns.start'
        : c.instance !== undefined
          ? 'columns.instance'
          : undefined;
  const out: Problem[] = [];
  const say = (column: string, why: string) =>
    out.push(
      problem(
        'PL424',
        `${why}; the DuckDB engine does not read this profile. Drop --engine duckdb (the in-process importer reads it), or write the §2 file first.`,
        { file: profileFile, column },
      ),
    );
  if (field)
    say(
      field,
      field === 'columns.start'
        ? 'interval rows (a start and a complete time in one row) give each event a duration read in process'
        : 'start and complete rows are paired in file order by journey, service and instance, which the importer does in process',
    );
  const time = profileTimeSql(profileFormats(profile), profile.time?.zone ?? 'UTC');
  if (!time.ok) say(time.field, time.message);
  return out;
}

/** A value map as SQL: `{v, drop}` for the raw cell `x`, by ProfileValues' `resolve`. */
function mapSql(spec: Readonly<Record<string, string>> | undefined, x: string, known: string): string {
  const entries = Object.entries(spec ?? {}).filter(([k]) => k !== '*');
  const target =
    entries.length === 0
      ? 'NULL::VARCHAR'
      : `CASE pl_vkey(${x}) ${entries.map(([k, v]) => `WHEN ${lit(valueKey(k))} THEN ${lit(v.trim())}`).join(' ')} END`;
  const f = fallbackOf(spec?.['*']);
  const asIs = f.kind === 'error' ? 'true' : known;
  const fallback = f.kind === 'id' ? lit(f.id) : 'NULL::VARCHAR';
  return `list_transform([${target}], lambda m: CASE
      WHEN m IS NOT NULL THEN {'v': m, 'drop': lower(m) = 'drop'}
      WHEN ${asIs} THEN {'v': ${x}, 'drop': false}
      ELSE {'v': ${fallback}, 'drop': ${f.kind === 'drop'}} END)[1]`;
}

/** Which concern id a (trimmed) value names, by id or label (ids winning), as CellValues reads it; else NULL. */
function concernIdSql(pathway: Pathway, v: string): string {
  const keys = new Map<string, string>();
  for (const c of pathway.concerns) keys.set(c.label.trim().toLowerCase(), c.id);
  for (const c of pathway.concerns) keys.set(c.id.toLowerCase(), c.id);
  if (keys.size === 0) return 'NULL::VARCHAR';
  return `CASE lower(${v}) ${[...keys].map(([k, id]) => `WHEN ${lit(k)} THEN ${lit(id)}`).join(' ')} END`;
}

/** The concern cell's values as `{v, k, c}` items: kind drop, ignore or code, and the code. */
function concernItemsSql(profile: ImportProfile, pathway: Pathway, cell: string): string {
  const spec = profile.concerns?.values;
  const entries = Object.entries(spec ?? {}).filter(([k]) => k !== '*');
  const target =
    entries.length === 0
      ? 'NULL::VARCHAR'
      : `CASE pl_vkey(v) ${entries.map(([k, t]) => `WHEN ${lit(valueKey(k))} THEN ${lit(t.trim())}`).join(' ')} END`;
  const f = fallbackOf(spec?.['*']);
  const fallbackKind = f.kind === 'drop' ? 'drop' : f.kind === 'ignore' ? 'ignore' : 'code';
  const sep = profile.concerns?.separator;
  const parts =
    sep === undefined ? `string_split_regex(${cell}, '[;|]')` : `string_split(${cell}, ${lit(sep)})`;
  const item = `list_transform([{'m': ${target}, 'id': ${concernIdSql(pathway, 'v')}}], lambda q: CASE
      WHEN q.m IS NOT NULL THEN {'v': v, 'k': CASE lower(q.m) WHEN 'drop' THEN 'drop' WHEN 'ignore' THEN 'ignore' ELSE 'code' END, 'c': q.m}
      WHEN q.id IS NOT NULL THEN {'v': v, 'k': 'code', 'c': q.id}
      ELSE {'v': v, 'k': ${lit(fallbackKind)}, 'c': ${f.kind === 'id' ? lit(f.id) : 'v'}} END)[1]`;
  return `CASE WHEN ${cell} = '' THEN []
    ELSE list_transform(list_filter(list_transform(${parts}, lambda v: pl_jstrim(v)), lambda v: v <> ''), lambda v: ${item}) END`;
}

/**
 * The statements: the export loaded into `pl_src` (below its title rows), `pl_prof` computed from it, and
 * the views `pl_rows` and `events`. Needs duckdbMacros() first (pl_trim, the ISO and day readers).
 */
export function profileSourceSql(
  src: ProfileCsv,
  bound: BoundProfile,
  profile: ImportProfile,
  pathway: Pathway,
): string[] {
  const time = profileTimeSql(profileFormats(profile), profile.time?.zone ?? 'UTC');
  if (!time.ok) throw new Error(`${time.field}: ${time.message}`);
  const chars = JS_SPACE.slice(1, -1);
  const names = Array.from({ length: src.columns }, (_, i) => `c${i}`);
  const columns = `{${names.map((n) => `'${n}': 'VARCHAR'`).join(', ')}}`;
  const cell = (i: number) => (i < 0 ? `''` : `pl_trim(c${i})`);
  const { roles } = bound;
  const serviceKeys = [
    ...new Set([
      ...pathway.services.map((s) => s.label.trim().toLowerCase()),
      ...pathway.services.map((s) => s.id.toLowerCase()),
    ]),
  ];
  const knownService = `list_contains(${list(serviceKeys)}, lower(pl_jstrim(service_raw)))`;
  const knownActivity = `list_contains(${list(activities)}, regexp_replace(lower(pl_jstrim(activity_raw)), '[${chars}-]+', '_', 'g'))`;
  const flags = bound.flags.map((f, i) => ({ ...f, v: `flag${i}` }));
  const dayOffsets = roles.day >= 0;
  const timeRead = dayOffsets
    ? `{'t': pl_day_time(time_text), 'gap': false}`
    : `pl_time_zoned(pl_time_read(time_text))`;
  const codes = `list_transform(list_filter(items, lambda i: i.k = 'code'), lambda i: i.c)`;
  const flagCodes = flags.map(
    (f) => `CASE WHEN lower(${f.v}) IN ${inList(TRUE_FLAGS)} THEN [${lit(f.concern)}] ELSE [] END`,
  );
  const allCodes = flagCodes.length > 0 ? `list_concat(${codes}, ${flagCodes.join(', ')})` : codes;
  return [
    ...time.macros,
    `CREATE OR REPLACE TEMP MACRO pl_jstrim(x) AS regexp_replace(x, '^${JS_SPACE}+|${JS_SPACE}+$', '', 'g')`,
    `CREATE OR REPLACE TEMP MACRO pl_vkey(x) AS lower(regexp_replace(x, '${JS_SPACE}+', '', 'g'))`,
    'SET preserve_insertion_order = true',
    `CREATE OR REPLACE TEMP TABLE pl_src AS SELECT * FROM read_csv(${lit(src.path)}, header = true, auto_detect = false,
      skip = ${src.headerRow - 1}, columns = ${columns}, delim = ${lit(src.delimiter)}, quote = '"', escape = '"',
      encoding = ${lit(src.encoding)}, max_line_size = 16777216)`,
    `CREATE OR REPLACE TEMP VIEW pl_raw AS SELECT CAST(rowid + ${src.headerRow + 1} AS BIGINT) AS row_no,
        NULLIF(${cell(roles.journey)}, '') AS journey_id,
        ${cell(dayOffsets ? roles.day : roles.time)} AS time_text,
        ${cell(roles.service)} AS service_raw,
        ${roles.activity >= 0 ? cell(roles.activity) : cell(roles.service)} AS activity_raw,
        ${cell(bound.concerns)} AS concern_cell
        ${flags.map((f) => `, ${cell(f.col)} AS ${f.v}`).join('')}
      FROM pl_src`,
    // Each distinct value is read once (as the importer caches by cell text), then joined to its rows.
    `CREATE OR REPLACE TEMP TABLE pl_map_s AS SELECT service_raw, ${mapSql(profile.services, 'service_raw', knownService)} AS s
      FROM (SELECT DISTINCT service_raw FROM pl_raw)`,
    `CREATE OR REPLACE TEMP TABLE pl_map_a AS SELECT activity_raw, ${mapSql(profile.activities, 'activity_raw', knownActivity)} AS a
      FROM (SELECT DISTINCT activity_raw FROM pl_raw)`,
    `CREATE OR REPLACE TEMP TABLE pl_map_c AS SELECT concern_cell, items,
        list_filter(items, lambda i: i.k = 'drop')[1].v AS concern_drop
      FROM (SELECT concern_cell, ${concernItemsSql(profile, pathway, 'concern_cell')} AS items
        FROM (SELECT DISTINCT concern_cell FROM pl_raw))`,
    `CREATE OR REPLACE TEMP TABLE pl_map_t AS SELECT time_text, ${timeRead} AS z
      FROM (SELECT DISTINCT time_text FROM pl_raw WHERE time_text <> '')`,
    `CREATE OR REPLACE TEMP TABLE pl_prof AS
    WITH judged AS (SELECT r.*, s.s, a.a, c.items, c.concern_drop FROM pl_raw AS r
        JOIN pl_map_s AS s ON s.service_raw = r.service_raw
        JOIN pl_map_a AS a ON a.activity_raw = r.activity_raw
        JOIN pl_map_c AS c ON c.concern_cell = r.concern_cell),
    read AS (SELECT row_no, journey_id, time_text,
        CASE WHEN s.drop THEN 'services' WHEN a.drop THEN 'activities' WHEN concern_drop IS NOT NULL THEN 'concerns.values' END AS drop_field,
        CASE WHEN s.drop THEN service_raw WHEN a.drop THEN activity_raw ELSE concern_drop END AS drop_value,
        NULLIF(s.v, '') AS service, NULLIF(a.v, '') AS activity,
        NULLIF(array_to_string(list_distinct(${allCodes}), ';'), '') AS concerns,
        list_transform(list_filter(items, lambda i: i.k = 'ignore'), lambda i: i.v) AS ignored
        ${flags.map((f) => `, CASE WHEN lower(${f.v}) NOT IN ${inList([...TRUE_FLAGS, ...FALSE_FLAGS])} THEN ${f.v} END AS bad_${f.v}`).join('')}
      FROM judged)
    SELECT read.*, CASE WHEN drop_field IS NULL THEN t.z.t END AS t, COALESCE(drop_field IS NULL AND t.z.gap, false) AS gap
      FROM read LEFT JOIN pl_map_t AS t ON t.time_text = read.time_text`,
    'DROP TABLE pl_map_s',
    'DROP TABLE pl_map_a',
    'DROP TABLE pl_map_c',
    'DROP TABLE pl_map_t',
    'DROP VIEW pl_raw',
    'DROP TABLE pl_src',
    `CREATE OR REPLACE TEMP VIEW pl_rows AS SELECT row_no, journey_id, time_text, t, service, activity, concerns,
      NULL AS synthetic FROM pl_prof WHERE drop_field IS NULL`,
    `CREATE OR REPLACE TEMP VIEW events AS SELECT journey_id, row_no, t, service, activity, concerns FROM pl_rows`,
  ];
}

const inList = (items: readonly string[]) => `(${items.map(lit).join(', ')})`;

/** One tally of the profile's reading: `(value, n, first_row, distinct_n, rows_n)`, first rows first. */
export function profileTallySql(value: string, where: string, from = 'pl_prof', limit = 1000): string {
  return `SELECT value, n, first_row, COUNT(*) OVER () AS distinct_n, SUM(n) OVER () AS rows_n
    FROM (SELECT ${value} AS value, COUNT(*) AS n, MIN(row_no) AS first_row FROM ${from} WHERE ${where} GROUP BY 1)
    ORDER BY first_row LIMIT ${limit}`;
}

/** The tallies ProfileRows keeps, as queries over `pl_prof` (flag columns by their index in `bound.flags`). */
export const profileTallies = {
  rows: 'SELECT COUNT(*) AS n FROM pl_prof',
  dropped: (field: string) => profileTallySql('drop_value', `drop_field = ${lit(field)}`),
  ignored: profileTallySql(
    'value',
    'true',
    '(SELECT unnest(ignored) AS value, row_no FROM pl_prof WHERE drop_field IS NULL)',
  ),
  flag: (i: number) => profileTallySql(`bad_flag${i}`, `drop_field IS NULL AND bad_flag${i} IS NOT NULL`),
  emptyTimes: profileTallySql(`''`, `drop_field IS NULL AND time_text = ''`),
  badTimes: profileTallySql('time_text', `drop_field IS NULL AND time_text <> '' AND t IS NULL`),
  gaps: `SELECT COUNT(DISTINCT time_text) AS n, arg_min(time_text, row_no) AS first FROM pl_prof WHERE gap`,
};
