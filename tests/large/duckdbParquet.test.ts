import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import type { CohortSummary } from '../../src/core/analysis/summariseAnalysis.ts';
import type { AggregateOverlay } from '../../src/core/overlay/overlayTypes.ts';
import { root } from '../unit/helpers.ts';
import { coventry, inProcessOverlay, params } from '../unit/sql/cohortCases.ts';

/**
 * `analyse --engine duckdb` on a generated Parquet file of 10,000,000 events (issue 15), far more than
 * the in-process importer takes. The file repeats the ten Coventry journeys m times, each copy shifted
 * by up to a year, so the exact answer is known: the in-process summary of the ten journeys with every
 * count multiplied by m (medians of m copies are the medians of one). Time and peak memory are printed.
 * LARGE_EVENTS=100000000 measures 100 million events the same way (the files stay in the temp folder).
 */
const TARGET = Number(process.env.LARGE_EVENTS ?? 10_000_000);
const csvPath = join(root, 'pathway-data/coventry/cohort.csv');
const csv = readFileSync(csvPath, 'utf8');
const base = inProcessOverlay(csv, coventry, params(28, 365));
const m = Math.round(TARGET / base.summary.events);
const dir = mkdtempSync(join(tmpdir(), 'pathway-lens-large-'));
const parquet = join(dir, 'events.parquet');

/** The summary of m copies of the cohort. */
function scaled(s: CohortSummary, k: number): CohortSummary {
  const each = (r: Record<string, number>) =>
    Object.fromEntries(Object.entries(r).map(([id, n]) => [id, n * k]));
  return {
    ...s,
    journeys: s.journeys * k,
    events: s.events * k,
    reachedCrisis: s.reachedCrisis * k,
    missedPoints: s.missedPoints * k,
    journeysWithMissedPoints: s.journeysWithMissedPoints * k,
    missedPointsByService: each(s.missedPointsByService),
    serviceJourneys: each(s.serviceJourneys),
    transitions: s.transitions.map((t) => ({ ...t, count: t.count * k, journeys: t.journeys * k })),
    acuteLiaison48h: {
      referrals: s.acuteLiaison48h.referrals * k,
      withinTarget: s.acuteLiaison48h.withinTarget * k,
    },
    targets: s.targets.map((t) => ({ ...t, referrals: t.referrals * k, withinTarget: t.withinTarget * k })),
  };
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

describe('analyse --engine duckdb on a large Parquet file', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`gives the exact summary of ${(m * base.summary.events).toLocaleString('en-GB')} events`, async () => {
    const started = Date.now();
    const db = await DuckDBInstance.create(':memory:', { temp_directory: join(dir, 'tmp') });
    const con = await db.connect();
    // The ten journeys with their file order, then m copies, journey ids J<copy>_<id>, dates shifted.
    await con.run(
      `CREATE TABLE tpl AS SELECT row_number() OVER () AS i, * FROM read_csv('${csvPath}', header = true, all_varchar = true)`,
    );
    await con.run(
      `COPY (SELECT concat('J', c, '_', tpl.journey_id) AS journey_id,
              CAST(tpl.date AS DATE) + CAST(c % 365 AS INTEGER) AS date,
              tpl.service, tpl.activity, tpl.concerns
            FROM range(0, ${m}) AS r(c), tpl ORDER BY c, tpl.i)
       TO '${parquet}' (FORMAT parquet, ROW_GROUP_SIZE 1000000)`,
    );
    con.closeSync();
    db.closeSync();
    const generated = Date.now() - started;

    const t0 = Date.now();
    const reportRss = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`;
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        reportRss,
        join(root, 'bin/pathway-lens.mjs'),
        'analyse',
        '--pathway',
        'pathway-data/coventry',
        '--cohort',
        parquet,
        '--engine',
        'duckdb',
      ],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const seconds = (Date.now() - t0) / 1000;
    expect(r.status, r.stderr).toBe(0);
    const rss = Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? 0) * 1024;
    const overlay = JSON.parse(r.stdout) as AggregateOverlay;
    console.log(
      `DuckDB engine: ${overlay.summary.events.toLocaleString('en-GB')} events (${mb(statSync(parquet).size)} Parquet, generated in ${(generated / 1000).toFixed(1)} s) analysed in ${seconds.toFixed(1)} s, peak RSS ${mb(rss)}`,
    );
    expect(overlay.summary).toEqual(scaled(base.summary, m));
    expect(overlay.cohort.leadTimeJourneys).toBe((base.cohort.leadTimeJourneys ?? 0) * m);
    expect(overlay.cohort.periodStart).toBe(base.cohort.periodStart);
  });
});
