import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckdbOverlayOn } from '../../../src/cli/duckdb/duckdbOverlay.ts';
import { generateCohortCsv } from '../../../src/core/generate/generateCohortCsv.ts';
import type { AggregateOverlay } from '../../../src/core/overlay/overlayTypes.ts';
import { overlaySql } from '../../../src/core/sql/overlaySql.ts';
import { root } from '../helpers.ts';
import { coventry, eventsCsv, inProcessOverlay, params, testDuckDb } from './cohortCases.ts';
import { postgresUnavailable, startPostgres, type PostgresCluster } from './postgresCluster.ts';

/**
 * Held-in cohorts through the three engines — in process, DuckDB (the CSV loader and the script) and
 * PostgreSQL (a real server, the script on an events table shaped from the file) — for several W and H:
 * the summaries must be identical, key by key.
 */
const COHORTS: Readonly<Record<string, string>> = {
  'coventry (dates)': 'pathway-data/coventry/cohort.csv',
  'day offsets, semicolons, labels': 'tests/fixtures/cohorts/clean-days.csv',
  'dates and date-times': 'tests/fixtures/cohorts/same-events.csv',
  'edges of W, H, ties and 48 hours': 'tests/fixtures/cohorts/sql-edges.csv',
};
const GRID = [
  [28, 365],
  [0, 1],
  [7, 30],
  [90, 730],
] as const;

const text = (file: string) => readFileSync(join(root, file), 'utf8');
const generated = [...generateCohortCsv(coventry.pathway, { journeys: 300, seed: 7 })].join('');
const cases = Object.entries(COHORTS).map(([name, file]): [string, string, string] => [
  name,
  join(root, file),
  text(file),
]);

/** What every engine must agree on: the summary, and the journeys with a lead time. */
const comparable = (o: AggregateOverlay) => ({
  parameters: o.parameters,
  summary: o.summary,
  leadTimeJourneys: o.cohort.leadTimeJourneys,
});

describe('in process = DuckDB', () => {
  let db: Awaited<ReturnType<typeof testDuckDb>>;
  beforeAll(async () => {
    db = await testDuckDb();
  });
  afterAll(() => {
    db.close();
  });

  it.each(cases)('%s, for four W and H', async (_name, file, csv) => {
    for (const [w, h] of GRID) {
      const expected = inProcessOverlay(csv, coventry, params(w, h));
      const got = await duckdbOverlayOn(db.con, { loaded: coventry, file, parameters: params(w, h) });
      if (!got.ok) throw new Error(got.problems.map((p) => p.message).join('\n'));
      expect(got.value).toEqual(expected);
    }
  });

  it('a generated cohort of 300 journeys, and its period', async () => {
    const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'pathway-lens-engines-'));
    try {
      const file = join(dir, 'generated.csv');
      writeFileSync(file, generated);
      for (const [w, h] of GRID) {
        const got = await duckdbOverlayOn(db.con, { loaded: coventry, file, parameters: params(w, h) });
        expect(got.ok && got.value).toEqual(inProcessOverlay(generated, coventry, params(w, h)));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const unavailable = postgresUnavailable();
if (unavailable) console.log(`PostgreSQL tests skipped: ${unavailable}.`);

describe.skipIf(unavailable !== undefined)('in process = PostgreSQL (a throw-away server)', () => {
  let pg: PostgresCluster;
  beforeAll(() => {
    pg = startPostgres();
    pg.psql(
      'CREATE TABLE events (journey_id TEXT, row_no INTEGER, t TIMESTAMP, service TEXT, activity TEXT, concerns TEXT)',
    );
  }, 60_000);
  afterAll(() => pg.stop());

  const run = (csv: string, w: number, h: number) => {
    pg.psql('TRUNCATE events');
    pg.psql('COPY events FROM STDIN WITH (FORMAT csv, HEADER true)', eventsCsv(csv));
    const script = overlaySql(coventry, { dialect: 'postgres', parameters: params(w, h) });
    return JSON.parse(pg.psql(script)) as AggregateOverlay;
  };

  it.each([...cases, ['generated, 300 journeys', '', generated] as [string, string, string]])(
    '%s, for four W and H',
    (_name, _file, csv) => {
      for (const [w, h] of GRID) {
        expect(comparable(run(csv, w, h))).toEqual(comparable(inProcessOverlay(csv, coventry, params(w, h))));
      }
    },
  );

  it('reports values it cannot read instead of a summary', () => {
    const csv =
      'journey_id,date,service,activity,concerns\nX,2020-01-01,Narnia,concern,self_harm;dragons\nX,2020-01-02,Narnia,Pondering,\n';
    const o = run(csv, 28, 365) as unknown as { summary?: unknown; problems: unknown[] };
    expect(o.summary).toBeUndefined();
    expect(o.problems).toEqual([
      { column: 'concerns', value: 'dragons', rows: 1, firstRow: 2 },
      { column: 'service', value: 'Narnia', rows: 2, firstRow: 2 },
      { column: 'activity', value: 'Pondering', rows: 1, firstRow: 3 },
    ]);
  });
});
