/**
 * The few places where the four engines differ, and nothing else: the script is written once
 * (overlaySql.ts) against this object. Everything else it uses — CTEs, LEFT JOIN, CASE, window functions
 * with ROWS frames, COUNT(DISTINCT), CONCAT, TRIM, LOWER, SUBSTRING — is common to DuckDB, PostgreSQL
 * 14+, Spark SQL 3.1+ (Databricks) and SQL Server 2017+.
 */
export const DIALECTS = ['duckdb', 'postgres', 'spark', 'tsql'] as const;
export type DialectName = (typeof DIALECTS)[number];

export interface SqlDialect {
  readonly name: DialectName;
  /** How people call the engine, for comments and help. */
  readonly title: string;
  /** Statements that run before the query (Spark fixes its session time zone). */
  readonly preamble: readonly string[];
  readonly double: string;
  readonly text: string;
  readonly bigint: string;
  /** A string literal. */
  str(s: string): string;
  /** Microseconds since 1970-01-01 00:00 UTC of the TIMESTAMP expression `t`, as a BIGINT. */
  epochMicros(t: string): string;
  /** `v` trimmed, lower-cased, with every run of spaces and hyphens as one `_` (CohortBuilder's activity key). */
  activityKey(v: string): string;
  /**
   * FROM-clause text that gives one row per `;`- or `|`-separated part of `alias.col` after `table alias`,
   * and the expression of the part.
   */
  splitParts(table: string, alias: string, col: string): { readonly from: string; readonly part: string };
  /** An aggregate joining the text `value` with commas, ordered by `orderBy` (ascending); NULL over no rows. */
  stringAgg(value: string, orderBy: readonly string[]): string;
  /** The JSON string (with its quotes) of the text expression `v`. */
  jsonString(v: string): string;
  /** `YYYY-MM-DD` of the TIMESTAMP expression `t`. */
  isoDate(t: string): string;
  /** A derived table of literal rows, `alias(columns)`, for a FROM clause. */
  values(alias: string, columns: readonly string[], rows: readonly (readonly string[])[]): string;
}

const standardStr = (s: string) => `'${s.replace(/'/g, "''")}'`;
const valuesList = (rows: readonly (readonly string[])[]) =>
  rows.map((r) => `(${r.join(', ')})`).join(',\n    ');

const duckdb: SqlDialect = {
  name: 'duckdb',
  title: 'DuckDB',
  preamble: [],
  double: 'DOUBLE',
  text: 'VARCHAR',
  bigint: 'BIGINT',
  str: standardStr,
  epochMicros: (t) => `epoch_us(${t})`,
  activityKey: (v) => `regexp_replace(LOWER(TRIM(${v})), '[\\s-]+', '_', 'g')`,
  splitParts: (table, alias, col) => ({
    from: `${table} AS ${alias}, UNNEST(string_split_regex(${alias}.${col}, '[;|]')) AS u(part)`,
    part: 'u.part',
  }),
  stringAgg: (value, orderBy) => `string_agg(${value}, ',' ORDER BY ${orderBy.join(', ')})`,
  jsonString: (v) => `CAST(to_json(CAST(${v} AS VARCHAR)) AS VARCHAR)`,
  isoDate: (t) => `strftime(${t}, '%Y-%m-%d')`,
  values: (alias, columns, rows) => `(VALUES\n    ${valuesList(rows)}) AS ${alias}(${columns.join(', ')})`,
};

const postgres: SqlDialect = {
  name: 'postgres',
  title: 'PostgreSQL',
  preamble: [],
  double: 'DOUBLE PRECISION',
  text: 'TEXT',
  bigint: 'BIGINT',
  str: standardStr,
  // EXTRACT(EPOCH …) is numeric (exact) from PostgreSQL 14; for a timestamp without time zone it reads
  // the value as UTC, for timestamptz it is the instant itself.
  epochMicros: (t) => `CAST(EXTRACT(EPOCH FROM ${t}) * 1000000 AS BIGINT)`,
  activityKey: (v) => `regexp_replace(LOWER(TRIM(${v})), '[\\s-]+', '_', 'g')`,
  splitParts: (table, alias, col) => ({
    from: `${table} AS ${alias} CROSS JOIN LATERAL regexp_split_to_table(${alias}.${col}, '[;|]') AS u(part)`,
    part: 'u.part',
  }),
  stringAgg: (value, orderBy) => `string_agg(${value}, ',' ORDER BY ${orderBy.join(', ')})`,
  jsonString: (v) => `CAST(to_json(CAST(${v} AS TEXT)) AS TEXT)`,
  isoDate: (t) => `to_char(${t}, 'YYYY-MM-DD')`,
  values: (alias, columns, rows) => `(VALUES\n    ${valuesList(rows)}) AS ${alias}(${columns.join(', ')})`,
};

/**
 * Spark reads backslash escapes in literals (unless spark.sql.parser.escapedStringLiterals is on) and
 * joins adjacent literals ('it''s' is "its"), so a quote is written as chr(39), which every Spark and
 * every SQL parser reads the same way.
 */
function sparkStr(s: string): string {
  const parts = s.split("'").map((p) => `'${p.replace(/\\/g, '\\\\')}'`);
  return parts.length === 1 ? (parts[0] as string) : `concat(${parts.join(', chr(39), ')})`;
}

const spark: SqlDialect = {
  name: 'spark',
  title: 'Spark SQL (Databricks)',
  // TIMESTAMP is an instant in Spark; reading it in UTC makes whole days whole days.
  preamble: ["SET TIME ZONE 'UTC'"],
  double: 'DOUBLE',
  text: 'STRING',
  bigint: 'BIGINT',
  str: sparkStr,
  epochMicros: (t) => `unix_micros(CAST(${t} AS TIMESTAMP))`,
  activityKey: (v) => `regexp_replace(LOWER(TRIM(${v})), '[\\\\s-]+', '_')`,
  splitParts: (table, alias, col) => ({
    from: `${table} AS ${alias} LATERAL VIEW explode(split(${alias}.${col}, '[;|]')) u AS part`,
    part: 'u.part',
  }),
  // collect_list has no order of its own: sort structs whose leading fields are the keys, then keep the value.
  stringAgg: (value, orderBy) =>
    `array_join(transform(array_sort(collect_list(named_struct(${[...orderBy, value]
      .map((e, i) => `'k${i}', ${e}`)
      .join(', ')}))), pl_item -> pl_item.k${orderBy.length}), ',')`,
  jsonString: (v) =>
    `regexp_extract(to_json(named_struct('v', CAST(${v} AS STRING))), '^\\\\{"v":(.*)\\\\}$', 1)`,
  isoDate: (t) => `date_format(${t}, 'yyyy-MM-dd')`,
  values: (alias, columns, rows) => `(VALUES\n    ${valuesList(rows)}) AS ${alias}(${columns.join(', ')})`,
};

const tsql: SqlDialect = {
  name: 'tsql',
  title: 'SQL Server (T-SQL)',
  // Keeps "(1 row affected)" out of sqlcmd's output, which is then the overlay alone.
  preamble: ['SET NOCOUNT ON'],
  double: 'FLOAT',
  // STRING_AGG and CONCAT stop at 8,000 bytes unless their input is a MAX type.
  text: 'NVARCHAR(MAX)',
  bigint: 'BIGINT',
  str: (s) => `N${standardStr(s)}`,
  epochMicros: (t) => `DATEDIFF_BIG(MICROSECOND, CAST('1970-01-01' AS DATETIME2), ${t})`,
  // No regular expressions before SQL Server 2025: single spaces, tabs and hyphens become `_`; any other
  // spelling is reported as an unknown activity, never read wrongly.
  activityKey: (v) => `REPLACE(REPLACE(REPLACE(LOWER(TRIM(${v})), ' ', '_'), CHAR(9), '_'), '-', '_')`,
  splitParts: (table, alias, col) => ({
    from: `${table} AS ${alias} CROSS APPLY STRING_SPLIT(REPLACE(${alias}.${col}, '|', ';'), ';') AS u`,
    part: 'u.value',
  }),
  stringAgg: (value, orderBy) =>
    `STRING_AGG(CAST(${value} AS NVARCHAR(MAX)), ',') WITHIN GROUP (ORDER BY ${orderBy.join(', ')})`,
  jsonString: (v) => `CONCAT('"', STRING_ESCAPE(CAST(${v} AS NVARCHAR(MAX)), 'json'), '"')`,
  isoDate: (t) => `CONVERT(CHAR(10), ${t}, 23)`,
  values: (alias, columns, rows) => `(VALUES\n    ${valuesList(rows)}) AS ${alias}(${columns.join(', ')})`,
};

export const SQL_DIALECTS: Readonly<Record<DialectName, SqlDialect>> = { duckdb, postgres, spark, tsql };

export function isDialectName(s: string): s is DialectName {
  return (DIALECTS as readonly string[]).includes(s);
}
