/**
 * DuckDB statements that turn a §2 cohort file (CSV, or Parquet with the same columns) into the §8
 * `events` view the overlay script reads, following the importer's rules: cells trimmed as
 * `CohortBuilder` trims them, `date` read as strictly as `parseIsoDate` reads it (calendar-checked, zone
 * optional, UTC when absent), `day` as an integer of at most nine digits, `row_no` the source row (the
 * header being row 1). Pure text: the command line runs it (src/cli/duckdb/).
 */

/** A column of a Parquet file as DuckDB describes it: its name as written in the file, and its type. */
export interface SourceColumn {
  readonly name: string;
  readonly type: string;
}

export type SourceFile =
  | {
      readonly kind: 'csv';
      readonly path: string;
      readonly delimiter: string;
      readonly encoding: 'utf-8' | 'utf-16';
      /** Every column of the header (normalised), in order; DuckDB reads them as c0, c1, …. */
      readonly columns: readonly string[];
    }
  | { readonly kind: 'parquet'; readonly path: string; readonly columns: readonly SourceColumn[] };

/** JavaScript's `String.prototype.trim` set of white space, for RE2. */
export const JS_SPACE =
  '[\\t\\n\\x0B\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]';
const ISO =
  '^(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?(?:([Zz])|([+-])(\\d{2})(?::(\\d{2})|(\\d{2}))?)?)?$';

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Macros the source views use. */
export function duckdbMacros(): string[] {
  const int = (v: string) => `CAST(${v} AS INTEGER)`;
  return [
    // CohortBuilder trims a cell only when it starts or ends with a control character or space.
    `CREATE OR REPLACE TEMP MACRO pl_trim(x) AS CASE WHEN x IS NULL THEN '' WHEN x = '' THEN ''
      WHEN ascii(x) <= 32 OR ascii(right(x, 1)) <= 32 THEN regexp_replace(x, '^${JS_SPACE}+|${JS_SPACE}+$', '', 'g')
      ELSE x END`,
    `CREATE OR REPLACE TEMP MACRO pl_iso_parts(s) AS
      regexp_extract(s, '${ISO}', ['y', 'mo', 'd', 'h', 'mi', 's', 'f', 'z', 'sg', 'oh', 'om', 'om2'])`,
    `CREATE OR REPLACE TEMP MACRO pl_iso_time(p) AS CASE
      WHEN p.y = '' OR try_cast(concat(p.y, '-', p.mo, '-', p.d) AS DATE) IS NULL THEN NULL
      WHEN p.h = '' THEN CAST(make_date(${int('p.y')}, ${int('p.mo')}, ${int('p.d')}) AS TIMESTAMP)
      WHEN ${int('p.h')} > 23 OR ${int('p.mi')} > 59 OR (p.s <> '' AND ${int('p.s')} > 59)
        OR (p.oh <> '' AND ${int('p.oh')} > 23) OR ${int(`COALESCE(NULLIF(p.om, ''), NULLIF(p.om2, ''), '0')`)} > 59 THEN NULL
      ELSE make_timestamp(${int('p.y')}, ${int('p.mo')}, ${int('p.d')}, ${int('p.h')}, ${int('p.mi')},
          CAST(COALESCE(NULLIF(p.s, ''), '0') AS DOUBLE) + CAST(concat('0.', COALESCE(NULLIF(p.f, ''), '0')) AS DOUBLE))
        - to_minutes(CASE WHEN p.sg = '-' THEN -1 ELSE 1 END
            * (${int(`COALESCE(NULLIF(p.oh, ''), '0')`)} * 60 + ${int(`COALESCE(NULLIF(p.om, ''), NULLIF(p.om2, ''), '0')`)}))
      END`,
    `CREATE OR REPLACE TEMP MACRO pl_day_time(s) AS CASE WHEN regexp_full_match(s, '[+-]?\\d{1,9}')
      THEN TIMESTAMP '1970-01-01' + to_days(CAST(s AS INTEGER)) END`,
  ];
}

/** Where each §2 role is in the source: the column's position (CSV) or name (Parquet). */
export interface SourceRoles {
  readonly journey: string;
  readonly time: { readonly column: string; readonly base: 'date' | 'day' };
  readonly service: string;
  readonly activity: string;
  readonly concerns?: string | undefined;
  readonly synthetic?: string | undefined;
}

const TYPED_TIME = /^(DATE|TIMESTAMP.*)$/i;
const INTEGER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/i;

/**
 * The statements that make `pl_rows` (trimmed cells, the time parsed or NULL, `time_text` for messages)
 * and the §8 `events` view over it. A CSV is loaded into a table first, so that `rowid` gives its row.
 */
export function sourceSql(src: SourceFile, roles: SourceRoles): string[] {
  const out: string[] = [];
  let from: string;
  let row: string;
  let typeOf: (name: string) => string = () => 'VARCHAR';
  const col = (name: string) => `"${name.replace(/"/g, '""')}"`;
  if (src.kind === 'csv') {
    const names = src.columns.map((_, i) => `c${i}`);
    const columns = `{${names.map((n) => `'${n}': 'VARCHAR'`).join(', ')}}`;
    // Rows keep the file's order in the table (so rowid is the row), whatever an earlier run set.
    out.push(
      'SET preserve_insertion_order = true',
      `CREATE OR REPLACE TEMP TABLE pl_src AS SELECT * FROM read_csv(${lit(src.path)}, header = true, auto_detect = false,
        columns = ${columns}, delim = ${lit(src.delimiter)}, quote = '"', escape = '"',
        encoding = ${lit(src.encoding)}, max_line_size = 16777216)`,
    );
    from = 'pl_src';
    row = 'CAST(rowid + 2 AS BIGINT)';
  } else {
    from = `read_parquet(${lit(src.path)}, file_row_number = true)`;
    row = 'CAST(file_row_number + 2 AS BIGINT)';
    const types = new Map(src.columns.map((c) => [c.name, c.type]));
    typeOf = (name) => types.get(name) ?? 'VARCHAR';
  }
  const cell = (name: string) => `pl_trim(CAST(${col(name)} AS VARCHAR))`;
  const { time } = roles;
  const timeType = typeOf(time.column);
  const typed = TYPED_TIME.test(timeType) || (time.base === 'day' && INTEGER.test(timeType));
  let t: string;
  if (time.base === 'day' && typed) t = `TIMESTAMP '1970-01-01' + to_days(CAST(time_value AS INTEGER))`;
  else if (typed) t = 'make_timestamp(epoch_us(time_value))';
  else if (time.base === 'day') t = 'pl_day_time(time_text)';
  else t = 'pl_iso_time(pl_iso_parts(time_text))';
  out.push(
    `CREATE OR REPLACE TEMP VIEW pl_cells AS SELECT ${row} AS row_no,
      NULLIF(${cell(roles.journey)}, '') AS journey_id,
      ${typed ? `CAST(${col(time.column)} AS VARCHAR)` : cell(time.column)} AS time_text,
      ${typed ? col(time.column) : 'NULL'} AS time_value,
      NULLIF(${cell(roles.service)}, '') AS service,
      NULLIF(${cell(roles.activity)}, '') AS activity,
      ${roles.concerns ? `NULLIF(${cell(roles.concerns)}, '')` : 'NULL'} AS concerns,
      ${roles.synthetic ? cell(roles.synthetic) : 'NULL'} AS synthetic
    FROM ${from}`,
    `CREATE OR REPLACE TEMP VIEW pl_rows AS SELECT row_no, journey_id, time_text, ${t} AS t, service, activity, concerns, synthetic
    FROM pl_cells`,
    `CREATE OR REPLACE TEMP VIEW events AS SELECT journey_id, row_no, t, service, activity, concerns FROM pl_rows`,
  );
  return out;
}

/** The §8 `events` view over a Parquet file that already has that shape (journey_id, row_no, t, …). */
export function eventsParquetSql(path: string, hasConcerns: boolean): string[] {
  return [
    `CREATE OR REPLACE TEMP VIEW events AS SELECT journey_id, row_no, CAST(t AS TIMESTAMP) AS t, service, activity,
      ${hasConcerns ? 'concerns' : 'CAST(NULL AS VARCHAR) AS concerns'} FROM read_parquet(${lit(path)})`,
  ];
}

/** Times that could not be read, grouped by value: `(value, rows, first_row)`, first rows first. */
export const badTimesSql = `SELECT COALESCE(time_text, '') AS value, COUNT(*) AS n, MIN(row_no) AS first_row
  FROM pl_rows WHERE t IS NULL GROUP BY 1 ORDER BY 3 LIMIT 11`;

/** Whether every row says it is synthetic, and the values of the column that are not allowed. */
export const syntheticSql = `SELECT bool_and(lower(synthetic) IN ('true', 'yes', 'y', '1')) AS all_yes,
  COUNT(*) FILTER (WHERE lower(synthetic) NOT IN ('true', 'yes', 'y', '1', 'false', 'no', 'n', '0', '')) AS bad,
  MIN(row_no) FILTER (WHERE lower(synthetic) NOT IN ('true', 'yes', 'y', '1', 'false', 'no', 'n', '0', '')) AS first_bad
  FROM pl_rows`;
