import type { RuleParameters } from '../analysis/parameters.ts';
import type { LoadedPathway } from '../pathway/loadedPathway.ts';
import { analysisCtes } from './analysisSql.ts';
import { SQL_DIALECTS, type DialectName, type SqlDialect } from './dialects.ts';
import { sqlPathwayTables, type SqlPathwayTables } from './pathwayTables.ts';
import { concernCtes, cte, problemCte, rawEventsCtes, referenceCtes, type Cte } from './referenceSql.ts';

/** At most this many problem lines in an overlay (each already groups every row with one value). */
export const MAX_OVERLAY_PROBLEMS = 50;

export interface OverlaySqlOptions {
  readonly dialect: DialectName;
  readonly parameters: RuleParameters;
  /** The events table or view (CONTRACT §8); default `events`. */
  readonly table?: string | undefined;
}

/** A table name as the user wrote it: letters, digits, `_`, `.`, and the quotes of the four engines. */
export function isTableName(s: string): boolean {
  return /^[A-Za-z_][\w.[\]"`]*$/.test(s);
}

function jsonCtes(t: SqlPathwayTables, d: SqlDialect): Cte[] {
  const txt = (e: string) => `CAST(${e} AS ${d.text})`;
  const count = (e: string) => txt(`COALESCE(${e}, 0)`);
  // A median in thousandths of a day (k ≥ 0) as a decimal number: k / 1000 with three decimals.
  const days = (k: string) =>
    `CASE WHEN ${k} IS NULL THEN 'null' ELSE CONCAT(${txt(`CAST((${k} - ${k} % 1000) / 1000 AS ${d.bigint})`)}, '.', SUBSTRING(${txt(`1000 + ${k} % 1000`)}, 2, 3)) END`;
  const object = (value: string, order: string) =>
    `CONCAT('{', COALESCE(${d.stringAgg(value, [order])}, ''), '}')`;
  const list = (value: string, order: readonly string[]) =>
    `CONCAT('[', COALESCE(${d.stringAgg(value, order)}, ''), ']')`;
  const acute =
    t.acuteLiaison === undefined
      ? `SELECT '{"referrals":0,"withinTarget":0}' AS j`
      : `SELECT CONCAT('{"referrals":', ${count('MAX(r.referrals)')}, ',"withinTarget":', ${count('MAX(r.within_target)')}, '}') AS j
  FROM pl_service AS s LEFT JOIN pl_referral AS r ON r.sid = s.sid WHERE s.sid = ${t.acuteLiaison}`;
  return [
    cte(
      'pl_j_service',
      `SELECT ${object(`CASE WHEN b.missed > 0 THEN CONCAT(s.json_id, ':', ${txt('b.missed')}) END`, 's.sid')} AS missed,
    ${object(`CONCAT(s.json_id, ':', ${txt('b.journeys')})`, 's.sid')} AS journeys
  FROM pl_by_service AS b JOIN pl_service AS s ON s.sid = b.sid`,
    ),
    cte(
      'pl_j_wait',
      `SELECT ${object(`CONCAT(s.json_id, ':', ${days('w.k')})`, 's.sid')} AS j
  FROM pl_wait_median AS w JOIN pl_service AS s ON s.sid = w.g`,
    ),
    cte(
      'pl_j_transition',
      `SELECT ${list(
        `CONCAT('{"from":', f.json_id, ',"to":', o.json_id, ',"count":', ${txt('x.n')}, ',"journeys":', ${txt('x.journeys')}, ',"onPathway":', CASE WHEN x.on_path = 1 THEN 'true' ELSE 'false' END, ',"medianDays":', ${days('m.k')}, '}')`,
        ['-x.n', 'f.sort_rank', 'o.sort_rank', 'x.on_path'],
      )} AS j
  FROM pl_transition AS x
  JOIN pl_service AS f ON f.sid = x.from_sid
  JOIN pl_service AS o ON o.sid = x.to_sid
  LEFT JOIN pl_move_median AS m ON m.g = x.g`,
    ),
    cte(
      'pl_j_target',
      `SELECT ${list(
        `CONCAT('{"service":', s.json_id, ',"hours":', s.json_hours, ',"label":', s.json_label, ',"referrals":', ${count('r.referrals')}, ',"withinTarget":', ${count('r.within_target')}, ',"medianDays":', ${days('w.k')}, '}')`,
        ['s.sid'],
      )} AS j
  FROM pl_service AS s
  LEFT JOIN pl_referral AS r ON r.sid = s.sid
  LEFT JOIN pl_wait_median AS w ON w.g = s.sid
  WHERE s.has_target = 1`,
    ),
    cte('pl_j_acute', acute),
    cte(
      'pl_j_problem',
      `SELECT COUNT(*) AS n, ${list(
        `CASE WHEN p.pos <= ${MAX_OVERLAY_PROBLEMS} THEN CONCAT('{"column":', ${d.jsonString('p.col')}, ',"value":', ${d.jsonString(`SUBSTRING(p.val, 1, 200)`)}, ',"rows":', ${txt('p.n')}, ',"firstRow":', COALESCE(${txt('p.first_row')}, 'null'), '}') END`,
        ['p.pos'],
      )} AS j
  FROM (SELECT q.*, ROW_NUMBER() OVER (ORDER BY q.first_row, q.col, q.val) AS pos FROM pl_problem AS q) AS p`,
    ),
  ];
}

function finalSelect(t: SqlPathwayTables, d: SqlDialect, p: RuleParameters): string {
  const txt = (e: string) => `CAST(${e} AS ${d.text})`;
  const head = d.str(
    `{"overlay":1,"pathway":${JSON.stringify(t.pathwayId)},"parameters":${JSON.stringify({
      windowDays: p.windowDays,
      horizonDays: p.horizonDays,
    })},`,
  );
  const count = (e: string) => txt(`COALESCE(${e}, 0)`);
  const lead = `CASE WHEN lm.k IS NULL THEN 'null' ELSE CONCAT(${txt(`CAST((lm.k - lm.k % 1000) / 1000 AS ${d.bigint})`)}, '.', SUBSTRING(${txt('1000 + lm.k % 1000')}, 2, 3)) END`;
  const summary = `CONCAT('"summary":{"journeys":', ${count('tot.journeys')}, ',"events":', ${count('tot.events')},
      ',"reachedCrisis":', ${count('tot.reached')}, ',"missedPoints":', ${count('tot.missed')},
      ',"journeysWithMissedPoints":', ${count('tot.with_missed')},
      ',"missedPointsByService":', sv.missed, ',"serviceJourneys":', sv.journeys,
      ',"transitions":', tr.j, ',"acuteLiaison48h":', ac.j, ',"targets":', tg.j,
      ',"medianLeadTimeDays":', ${lead}, ',"medianWaitDays":', wt.j, '}')`;
  const cohort = `CONCAT(',"cohort":{"leadTimeJourneys":', ${count('co.lead_journeys')},
      ',"periodStart":', CASE WHEN co.first_day IS NULL THEN 'null' ELSE CONCAT('"', co.first_day, '"') END,
      ',"periodEnd":', CASE WHEN co.last_day IS NULL THEN 'null' ELSE CONCAT('"', co.last_day, '"') END, '}')`;
  return `SELECT CASE WHEN pr.n > 0
    THEN CONCAT(${head}, '"problems":', pr.j, '}')
    ELSE CONCAT(${head}, ${summary}, ${cohort}, '}')
  END AS overlay
FROM pl_totals AS tot
CROSS JOIN pl_j_service AS sv
CROSS JOIN pl_j_wait AS wt
CROSS JOIN pl_j_transition AS tr
CROSS JOIN pl_j_target AS tg
CROSS JOIN pl_j_acute AS ac
CROSS JOIN pl_j_problem AS pr
CROSS JOIN pl_cohort AS co
LEFT JOIN pl_lead_median AS lm ON lm.g = 0`;
}

/**
 * ONE SQL script, for one engine, that computes the aggregate overlay (CONTRACT §8: the §4 `summary`
 * with everything the map and the board-paper figure draw) from the `events` table, and returns it as
 * one row with one column `overlay`. Generated from the pathway, never written by hand per pathway.
 * When the table has values the rule cannot read, the overlay lists them under `problems` instead of a
 * summary, so wrong numbers never leave the warehouse looking right.
 */
export function overlaySql(loaded: LoadedPathway, options: OverlaySqlOptions): string {
  const d = SQL_DIALECTS[options.dialect];
  const t = sqlPathwayTables(loaded);
  const source = options.table ?? 'events';
  if (!isTableName(source)) throw new Error(`not a table name: ${source}`);
  const p = options.parameters;
  const ctes = [
    ...referenceCtes(t, d),
    ...rawEventsCtes(d, source),
    ...concernCtes(d, source),
    ...analysisCtes(t, d, p),
    problemCte(),
    ...jsonCtes(t, d),
  ];
  const header = [
    `-- Pathway Lens: the aggregate overlay of pathway "${t.pathwayId}" (CONTRACT §8), for ${d.title}.`,
    `-- W = ${p.windowDays} days, H = ${p.horizonDays} days. Reads ${source}(journey_id, row_no, t, service, activity, concerns);`,
    '-- returns one row with one column, overlay: save its text as a .json file and open it in Pathway Lens.',
    '-- Generated by `pathway-lens sql`; regenerate rather than edit it.',
  ].join('\n');
  const preamble = d.preamble.map((s) => `${s};\n`).join('');
  const body = ctes.map((c) => `${c.name} AS (\n  ${c.sql}\n)`).join(',\n');
  return `${header}\n${preamble}WITH\n${body}\n${finalSelect(t, d, p)};\n`;
}
