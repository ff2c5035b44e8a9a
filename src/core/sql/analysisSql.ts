import type { RuleParameters } from '../analysis/parameters.ts';
import type { SqlDialect } from './dialects.ts';
import type { SqlPathwayTables } from './pathwayTables.ts';
import { cte, dbl, type Cte } from './referenceSql.ts';

/** The order of a journey (CONTRACT §2): by time, rows with the same time in file order. */
const JOURNEY = 'PARTITION BY journey_id ORDER BY t, row_no';

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
 * One window pass over each journey (its order: time, then row_no), instead of a loop: the row before
 * (moves), the position (first concern, first crisis), and rows whose order would be ambiguous.
 */
function sequenceCte(): Cte {
  return cte(
    'pl_seq',
    `SELECT x.journey_id, x.row_no, x.t, x.sid, x.aid, x.hc, x.crisis, x.tday,
    ROW_NUMBER() OVER (${JOURNEY}) AS rn,
    LAG(x.sid) OVER (${JOURNEY}) AS prev_sid,
    LAG(x.tday) OVER (${JOURNEY}) AS prev_tday,
    CASE WHEN LAG(x.t) OVER (${JOURNEY}) = x.t AND LAG(x.row_no) OVER (${JOURNEY}) = x.row_no
      THEN 1 ELSE 0 END AS dup
  FROM pl_time AS x`,
  );
}

/** `s` comes later than `r` in the journey's order. */
const later = (s: string, r: string) =>
  `(${s}.t > ${r}.t OR (${s}.t = ${r}.t AND ${s}.row_no > ${r}.row_no))`;
/** The row a semi-join found, identified as a row of a journey is: journey, time and row_no. */
const sameRow = (a: string, b: string) =>
  `${a}.journey_id = ${b}.journey_id AND ${a}.t = ${b}.t AND ${a}.row_no = ${b}.row_no`;

/**
 * The rule (CONTRACT §3) as a semi-join and an anti-join, on the candidate rows only (an early-intervention
 * service, a concern, not itself a response): missed when a crisis row comes strictly later in time within
 * H days, and no response at a non-crisis service comes later in the journey within W days. Referrals get
 * the next assessment at the same service the same way (waits and targets).
 */
function ruleCtes(t: SqlPathwayTables, d: SqlDialect, p: RuleParameters): Cte[] {
  const row = 'journey_id, row_no, t, tday, sid';
  return [
    cte('pl_cand', `SELECT ${row} FROM pl_time WHERE early = 1 AND hc = 1 AND response = 0`),
    cte('pl_resp', `SELECT ${row} FROM pl_time WHERE response = 1 AND crisis = 0`),
    cte('pl_crisis', `SELECT ${row} FROM pl_time WHERE crisis = 1`),
    cte(
      'pl_answered',
      `SELECT DISTINCT c.journey_id, c.row_no, c.t FROM pl_cand AS c
  JOIN pl_resp AS s ON s.journey_id = c.journey_id AND ${later('s', 'c')}
    AND s.tday <= c.tday + ${dbl(d, p.windowDays)}`,
    ),
    cte(
      'pl_reached',
      `SELECT DISTINCT c.journey_id, c.row_no, c.t FROM pl_cand AS c
  JOIN pl_crisis AS s ON s.journey_id = c.journey_id AND s.tday > c.tday AND s.tday <= c.tday + ${dbl(d, p.horizonDays)}`,
    ),
    cte(
      'pl_missed',
      `SELECT c.journey_id, c.sid FROM pl_cand AS c
  JOIN pl_reached AS h ON ${sameRow('h', 'c')}
  LEFT JOIN pl_answered AS a ON ${sameRow('a', 'c')}
  WHERE a.journey_id IS NULL`,
    ),
    cte('pl_referral_row', `SELECT ${row} FROM pl_time WHERE aid = ${t.referral}`),
    // An inner join (a hash join on journey and service in every engine), then the referrals without an
    // assessment added back by an equality join: a LEFT JOIN with the order condition would be a loop.
    cte(
      'pl_ref_next',
      `SELECT r.journey_id, r.row_no, r.t, MIN(a.tday) AS next_assess
  FROM pl_referral_row AS r
  JOIN (SELECT ${row} FROM pl_time WHERE aid = ${t.assessment}) AS a
    ON a.journey_id = r.journey_id AND a.sid = r.sid AND ${later('a', 'r')}
  GROUP BY r.journey_id, r.row_no, r.t`,
    ),
    cte(
      'pl_ref',
      `SELECT r.journey_id, r.sid, r.tday, n.next_assess FROM pl_referral_row AS r
  LEFT JOIN pl_ref_next AS n ON ${sameRow('n', 'r')}`,
    ),
  ];
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
  const onPath = 'CASE WHEN m.mk IS NULL THEN 0 ELSE 1 END';
  return [
    cte(
      'pl_journey',
      `SELECT q.*, COALESCE(mj.missed, 0) AS missed FROM (
    SELECT journey_id, COUNT(*) AS events, MAX(crisis) AS reached,
      MIN(CASE WHEN hc = 1 THEN rn END) AS fco_rn, MIN(CASE WHEN crisis = 1 THEN rn END) AS fc_rn,
      MIN(CASE WHEN hc = 1 THEN tday END) AS fco_t, MIN(CASE WHEN crisis = 1 THEN tday END) AS fc_t
    FROM pl_seq GROUP BY journey_id) AS q
  LEFT JOIN (SELECT journey_id, COUNT(*) AS missed FROM pl_missed GROUP BY journey_id) AS mj
    ON mj.journey_id = q.journey_id`,
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
      `SELECT b.sid, b.journeys, COALESCE(mm.missed, 0) AS missed
  FROM (SELECT sid, COUNT(DISTINCT journey_id) AS journeys FROM pl_seq GROUP BY sid) AS b
  LEFT JOIN (SELECT sid, COUNT(*) AS missed FROM pl_missed GROUP BY sid) AS mm ON mm.sid = b.sid`,
    ),
    // Moves: two consecutive rows at different services; on pathway when the machine allows the move.
    cte(
      'pl_move_row',
      `SELECT q.journey_id, q.prev_sid AS from_sid, q.sid AS to_sid, ${onPath} AS on_path,
    (q.prev_sid * ${t.serviceCount} + q.sid) * 2 + ${onPath} AS g, q.tday - q.prev_tday AS x
  FROM pl_seq AS q
  LEFT JOIN pl_move AS m ON m.mk = (q.prev_sid * ${t.serviceCount} + q.sid) * ${t.activityCount} + q.aid
  WHERE q.prev_sid IS NOT NULL AND q.prev_sid <> q.sid`,
    ),
    cte(
      'pl_transition',
      `SELECT g, from_sid, to_sid, on_path, COUNT(*) AS n, COUNT(DISTINCT journey_id) AS journeys
  FROM pl_move_row GROUP BY g, from_sid, to_sid, on_path`,
    ),
    ...medianCtes(d, 'pl_move_median', 'pl_move_row'),
    // A referral to a service, then the next assessment there: the wait, and the target if it has one.
    cte('pl_wait', `SELECT sid AS g, next_assess - tday AS x FROM pl_ref WHERE next_assess IS NOT NULL`),
    ...medianCtes(d, 'pl_wait_median', 'pl_wait'),
    cte(
      'pl_referral',
      `SELECT f.sid, COUNT(*) AS referrals,
    SUM(CASE WHEN f.next_assess IS NOT NULL AND f.next_assess - f.tday <= s.within_days THEN 1 ELSE 0 END) AS within_target
  FROM pl_ref AS f JOIN pl_service AS s ON s.sid = f.sid
  WHERE s.has_target = 1 GROUP BY f.sid`,
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
  return [timeCte(d), sequenceCte(), ...ruleCtes(t, d, p), ...aggregateCtes(t, d)];
}
