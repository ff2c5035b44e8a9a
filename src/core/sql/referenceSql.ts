import type { SqlDialect } from './dialects.ts';
import type { SqlPathwayTables } from './pathwayTables.ts';

/** One `name AS (query)` item of the script's WITH clause. */
export interface Cte {
  readonly name: string;
  readonly sql: string;
}

export const cte = (name: string, sql: string): Cte => ({ name, sql });

/** A double constant that is exactly the JavaScript number (text → double is correctly rounded everywhere). */
export const dbl = (d: SqlDialect, n: number): string => `CAST(${d.str(String(n))} AS ${d.double})`;

/** A derived table of rows, or of one placeholder row filtered out when there are none. */
function table(
  d: SqlDialect,
  alias: string,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  placeholder: readonly string[],
): string {
  const list = rows.length > 0 ? rows : [placeholder];
  const where = rows.length > 0 ? '' : ' WHERE 1 = 0';
  return `SELECT ${columns.map((c) => `${alias}.${c}`).join(', ')} FROM ${d.values(alias, columns, list)}${where}`;
}

const flag = (b: boolean) => (b ? '1' : '0');

/**
 * The pathway as inline tables: services by key (ids and labels, lower-cased), services with their
 * flags, sort rank and target, activities, the moves the machine allows, and the concern codes.
 * Labels, ids and target texts that end up in the JSON are rendered here as JSON once, so the engines
 * never have to escape them.
 */
export function referenceCtes(t: SqlPathwayTables, d: SqlDialect): Cte[] {
  const s = (v: string) => d.str(v);
  const serviceRows = t.services.map((v) => [
    String(v.sid),
    flag(v.early),
    flag(v.crisis),
    String(v.rank),
    flag(v.target !== undefined),
    // The in-process engine counts a referral within target when days ≤ hours / 24 + 1e-9.
    dbl(d, v.target ? v.target.hours / 24 + 1e-9 : 0),
    s(JSON.stringify(v.id)),
    s(v.target ? JSON.stringify(v.target.hours) : 'null'),
    s(v.target ? JSON.stringify(v.target.label) : 'null'),
  ]);
  return [
    cte(
      'pl_service_key',
      table(
        d,
        'k',
        ['k', 'sid'],
        t.serviceKeys.map(([key, sid]) => [s(key), String(sid)]),
        [s(''), '-1'],
      ),
    ),
    cte(
      'pl_service',
      table(
        d,
        'v',
        [
          'sid',
          'early',
          'crisis',
          'sort_rank',
          'has_target',
          'within_days',
          'json_id',
          'json_hours',
          'json_label',
        ],
        serviceRows,
        ['-1', '0', '0', '0', '0', dbl(d, 0), s(''), s(''), s('')],
      ),
    ),
    cte(
      'pl_activity',
      table(
        d,
        'a',
        ['k', 'aid', 'response'],
        t.activities.map((a) => [s(a.key), String(a.aid), flag(a.response)]),
        [s(''), '-1', '0'],
      ),
    ),
    cte(
      'pl_move',
      table(
        d,
        'm',
        ['mk'],
        t.moveKeys.map((k) => [String(k)]),
        ['-1'],
      ),
    ),
    cte(
      'pl_concern',
      table(
        d,
        'c',
        ['k'],
        t.concernKeys.map((k) => [s(k)]),
        [s('')],
      ),
    ),
  ];
}

/**
 * The events with their service and activity resolved as the importer resolves them (trimmed,
 * case-insensitive, service labels accepted), whether they record a concern, and their time as
 * microseconds since 1970. Values are resolved once per distinct value, then joined back by equality, so
 * that a hundred million rows cost a hash join rather than a hundred million regular expressions.
 */
export function rawEventsCtes(d: SqlDialect, source: string): Cte[] {
  return [
    cte(
      'pl_service_value',
      `SELECT v.service, k.sid FROM (SELECT DISTINCT service FROM ${source}) AS v
  LEFT JOIN pl_service_key AS k ON k.k = LOWER(TRIM(v.service))`,
    ),
    cte(
      'pl_activity_value',
      `SELECT v.activity, a.aid, a.response FROM (SELECT DISTINCT activity FROM ${source}) AS v
  LEFT JOIN pl_activity AS a ON a.k = ${d.activityKey('v.activity')}`,
    ),
    cte(
      'pl_raw',
      `SELECT e.journey_id, e.row_no, e.t, e.service, e.activity, sv.sid, av.aid,
    COALESCE(av.response, 0) AS response,
    CASE WHEN TRIM(REPLACE(REPLACE(COALESCE(e.concerns, ''), ';', ''), '|', '')) <> '' THEN 1 ELSE 0 END AS hc,
    ${d.epochMicros('e.t')} AS us
  FROM ${source} AS e
  LEFT JOIN pl_service_value AS sv ON sv.service = e.service
  LEFT JOIN pl_activity_value AS av ON av.activity = e.activity`,
    ),
  ];
}

/** Concern cells, split into codes (once per distinct cell, so a hundred million rows split a few hundred times). */
export function concernCtes(d: SqlDialect, source: string): Cte[] {
  const split = d.splitParts('pl_concern_cell', 'c', 'concerns');
  return [
    cte(
      'pl_concern_cell',
      `SELECT concerns, COUNT(*) AS n, MIN(row_no) AS first_row FROM ${source} WHERE concerns IS NOT NULL GROUP BY concerns`,
    ),
    cte('pl_concern_part', `SELECT TRIM(${split.part}) AS code, c.n, c.first_row FROM ${split.from}`),
  ];
}

/**
 * Every value the rule cannot read, grouped by column and distinct value, with how many rows have it and
 * the first of them: one line per mistake, however many rows repeat it. `pl_seq` finds rows whose order
 * is ambiguous (same journey, time and row_no).
 */
export function problemCte(): Cte {
  const whole = (col: string, where: string) =>
    `SELECT '${col}' AS col, '' AS val, COUNT(*) AS n, MIN(row_no) AS first_row FROM pl_raw WHERE ${where} HAVING COUNT(*) > 0`;
  return cte(
    'pl_problem',
    [
      whole('journey_id', 'journey_id IS NULL'),
      whole('t', 't IS NULL'),
      whole('row_no', 'row_no IS NULL'),
      `SELECT 'service', COALESCE(service, ''), COUNT(*), MIN(row_no) FROM pl_raw WHERE sid IS NULL GROUP BY service`,
      `SELECT 'activity', COALESCE(activity, ''), COUNT(*), MIN(row_no) FROM pl_raw WHERE aid IS NULL GROUP BY activity`,
      `SELECT 'concerns', p.code, SUM(p.n), MIN(p.first_row) FROM pl_concern_part AS p
    LEFT JOIN pl_concern AS c ON c.k = LOWER(p.code) WHERE p.code <> '' AND c.k IS NULL GROUP BY p.code`,
      `SELECT 'order', '', COUNT(*), MIN(row_no) FROM pl_seq WHERE dup = 1 HAVING COUNT(*) > 0`,
    ].join('\n  UNION ALL\n  '),
  );
}
