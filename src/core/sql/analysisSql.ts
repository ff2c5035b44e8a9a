import type { RuleParameters } from '../analysis/parameters.ts';
import type { SqlDialect } from './dialects.ts';
import type { SqlPathwayTables } from './pathwayTables.ts';
import { cte, dbl, type Cte } from './referenceSql.ts';

/** The order of a journey (CONTRACT §2): by time, rows with the same time in file order. */
const JOURNEY = 'PARTITION BY journey_id ORDER BY t, row_no';
const LATER = 'ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING';

/**
 * Times as the in-process engine holds them: days since 1970 as a double, computed the same way
 * (whole day + microseconds of the day / a day's microseconds), so that every comparison with
 * `t + W` and every difference of two times gives the same double as `analyseCohort` does. With dates
 * only, times are whole days and W and H compare whole days.
 */
function timeCte(d: SqlDialect): Cte {
  const day = dbl(d, 86_400_000_000);
  return cte(
    'pl_time',
    `SELECT x.journey_id, x.row_no, x.t, x.sid, x.aid, x.response, x.hc, s.early, s.crisis,
    x.d + CAST(x.us - CAST(x.d AS ${d.bigint}) * 86400000000 AS ${d.double}) / ${day} AS tday
  FROM (SELECT r.*, FLOOR(CAST(r.us AS ${d.double}) / ${day}) AS d FROM pl_raw AS r
        WHERE r.journey_id IS NOT NULL AND r.t IS NOT NULL AND r.row_no IS NOT NULL
          AND r.sid IS NOT NULL AND r.aid IS NOT NULL) AS x
  JOIN pl_service AS s ON s.sid = x.sid`,
  );
}

/**
 * Window functions over each journey, instead of a loop: the row before (moves), the nearest later
 * response at a non-crisis service (rule point 4), the nearest later crisis row (point 5), the nearest
 * later assessment at the same service (waits and targets). "Later" is later in the journey's order,
 * so rows at the same time count when they come later in the file, as in `analyseCohort`.
 */
function sequenceCtes(t: SqlPathwayTables): Cte[] {
  return [
    cte(
      'pl_seq',
      `SELECT x.*,
    ROW_NUMBER() OVER (${JOURNEY}) AS rn,
    LAG(x.sid) OVER (${JOURNEY}) AS prev_sid,
    LAG(x.tday) OVER (${JOURNEY}) AS prev_tday,
    CASE WHEN LAG(x.t) OVER (${JOURNEY}) = x.t AND LAG(x.row_no) OVER (${JOURNEY}) = x.row_no
      THEN 1 ELSE 0 END AS dup,
    MIN(CASE WHEN x.response = 1 AND x.crisis = 0 THEN x.tday END) OVER (${JOURNEY} ${LATER}) AS next_resp,
    MIN(CASE WHEN x.crisis = 1 THEN x.tday END) OVER (${JOURNEY} ${LATER}) AS next_crisis_any,
    MIN(CASE WHEN x.aid = ${t.assessment} THEN x.tday END)
      OVER (PARTITION BY journey_id, sid ORDER BY t, row_no ${LATER}) AS next_assess
  FROM pl_time AS x`,
    ),
    // Point 5 needs a crisis strictly later in time: the nearest later crisis seen from the last row of
    // the rows that share this row's time.
    cte(
      'pl_next',
      `SELECT q.*,
    LAST_VALUE(q.next_crisis_any) OVER (PARTITION BY journey_id, t ORDER BY row_no
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS next_crisis
  FROM pl_seq AS q`,
    ),
  ];
}

/** Missed points (CONTRACT §3) and move kinds (0 none, 1 on pathway, 2 off) per event. */
function flagCte(t: SqlPathwayTables, d: SqlDialect, p: RuleParameters): Cte {
  return cte(
    'pl_flag',
    `SELECT n.journey_id, n.sid, n.aid, n.tday, n.prev_sid, n.prev_tday, n.hc, n.crisis, n.rn, n.next_assess,
    CASE WHEN n.early = 1 AND n.hc = 1 AND n.response = 0
      AND NOT (n.next_resp IS NOT NULL AND n.next_resp <= n.tday + ${dbl(d, p.windowDays)})
      AND n.next_crisis IS NOT NULL AND n.next_crisis <= n.tday + ${dbl(d, p.horizonDays)}
      THEN 1 ELSE 0 END AS missed,
    CASE WHEN n.prev_sid IS NULL OR n.prev_sid = n.sid THEN 0 WHEN m.mk IS NULL THEN 2 ELSE 1 END AS move
  FROM pl_next AS n
  LEFT JOIN pl_move AS m ON m.mk = (n.prev_sid * ${t.serviceCount} + n.sid) * ${t.activityCount} + n.aid`,
  );
}

/**
 * The median of `x` per group `g` of `source`, as `summariseAnalysis` takes it (the middle value, or the
 * mean of the two middle values), rounded to a thousandth of a day as `Math.round(x * 1000)`: the
 * result `k` is in thousandths, so it prints exactly.
 */
export function medianCtes(d: SqlDialect, name: string, source: string): Cte[] {
  return [
    cte(
      `${name}_rank`,
      `SELECT g, x, ROW_NUMBER() OVER (PARTITION BY g ORDER BY x) AS r, COUNT(*) OVER (PARTITION BY g) AS c
  FROM ${source}`,
    ),
    cte(
      name,
      `SELECT g, CAST(FLOOR((MIN(x) + MAX(x)) / ${dbl(d, 2)} * ${dbl(d, 1000)} + ${dbl(d, 0.5)}) AS ${d.bigint}) AS k
  FROM ${name}_rank WHERE 2 * r BETWEEN c AND c + 2 GROUP BY g`,
    ),
  ];
}

/** Per journey, per service, per move and per target: what the summary is made of. */
function aggregateCtes(t: SqlPathwayTables, d: SqlDialect): Cte[] {
  const big = (e: string) => `SUM(CAST(${e} AS ${d.bigint}))`;
  return [
    cte(
      'pl_journey',
      `SELECT journey_id, COUNT(*) AS events, MAX(crisis) AS reached, SUM(missed) AS missed,
    MIN(CASE WHEN hc = 1 THEN rn END) AS fco_rn, MIN(CASE WHEN crisis = 1 THEN rn END) AS fc_rn,
    MIN(CASE WHEN hc = 1 THEN tday END) AS fco_t, MIN(CASE WHEN crisis = 1 THEN tday END) AS fc_t
  FROM pl_flag GROUP BY journey_id`,
    ),
    cte(
      'pl_totals',
      `SELECT COUNT(*) AS journeys, ${big('events')} AS events, ${big('reached')} AS reached,
    ${big('missed')} AS missed, SUM(CASE WHEN missed > 0 THEN 1 ELSE 0 END) AS with_missed
  FROM pl_journey`,
    ),
    // A journey's lead time: first concern to first crisis row, when the concern does not come later.
    cte('pl_lead', `SELECT 0 AS g, fc_t - fco_t AS x FROM pl_journey WHERE fco_rn <= fc_rn`),
    ...medianCtes(d, 'pl_lead_median', 'pl_lead'),
    cte(
      'pl_by_service',
      `SELECT sid, COUNT(DISTINCT journey_id) AS journeys, ${big('missed')} AS missed FROM pl_flag GROUP BY sid`,
    ),
    cte(
      'pl_move_row',
      `SELECT journey_id, prev_sid AS from_sid, sid AS to_sid, CASE WHEN move = 1 THEN 1 ELSE 0 END AS on_path,
    (prev_sid * ${t.serviceCount} + sid) * 2 + CASE WHEN move = 1 THEN 1 ELSE 0 END AS g, tday - prev_tday AS x
  FROM pl_flag WHERE move > 0`,
    ),
    cte(
      'pl_transition',
      `SELECT g, from_sid, to_sid, on_path, COUNT(*) AS n, COUNT(DISTINCT journey_id) AS journeys
  FROM pl_move_row GROUP BY g, from_sid, to_sid, on_path`,
    ),
    ...medianCtes(d, 'pl_move_median', 'pl_move_row'),
    // A referral to a service, then the next assessment there: the wait, and the target if it has one.
    cte(
      'pl_wait',
      `SELECT sid AS g, next_assess - tday AS x FROM pl_flag WHERE aid = ${t.referral} AND next_assess IS NOT NULL`,
    ),
    ...medianCtes(d, 'pl_wait_median', 'pl_wait'),
    cte(
      'pl_referral',
      `SELECT f.sid, COUNT(*) AS referrals,
    SUM(CASE WHEN f.next_assess IS NOT NULL AND f.next_assess - f.tday <= s.within_days THEN 1 ELSE 0 END) AS within_target
  FROM pl_flag AS f JOIN pl_service AS s ON s.sid = f.sid
  WHERE f.aid = ${t.referral} AND s.has_target = 1 GROUP BY f.sid`,
    ),
    cte(
      'pl_cohort',
      `SELECT COUNT(*) AS lead_journeys,
    (SELECT ${d.isoDate('MIN(t)')} FROM pl_time) AS first_day,
    (SELECT ${d.isoDate('MAX(t)')} FROM pl_time) AS last_day
  FROM pl_lead`,
    ),
  ];
}

/** The CTEs of the rule and its aggregates, after the reference tables and `pl_raw`. */
export function analysisCtes(t: SqlPathwayTables, d: SqlDialect, p: RuleParameters): Cte[] {
  return [timeCte(d), ...sequenceCtes(t), flagCte(t, d, p), ...aggregateCtes(t, d)];
}
