import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers.ts';
import { cli, type CliRun } from './runCli.ts';

const pathway = 'pathway-data/coventry';
const cohort = 'pathway-data/coventry/cohort.csv';
const dir = mkdtempSync(join(tmpdir(), 'pathway-lens-warehouse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('pathway-lens sql (CONTRACT §8)', () => {
  it('prints one script per dialect, naming the engine, W and H', async () => {
    for (const dialect of ['duckdb', 'postgres', 'spark', 'tsql']) {
      const r = await cli(
        'sql',
        '--pathway',
        pathway,
        '--dialect',
        dialect,
        '--window',
        '14',
        '--horizon',
        '180',
      );
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^-- Pathway Lens: the aggregate overlay of pathway "coventry"/);
      expect(r.stdout).toContain('W = 14 days, H = 180 days');
      expect(r.stdout.trimEnd().endsWith(';')).toBe(true);
    }
  });

  it('refuses an unknown dialect or parameter with a usage error and nothing on stdout', async () => {
    const r = await cli('sql', '--pathway', pathway, '--dialect', 'oracle');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--dialect must be one of duckdb, postgres, spark, tsql, not oracle.');
    expect((await cli('sql', '--pathway', pathway, '--window=-1')).stderr).toContain(
      'window must be a whole number',
    );
  });
});

describe('pathway-lens aggregate and analyse --engine duckdb', () => {
  let aggregate: CliRun;
  beforeAll(async () => {
    aggregate = await cli('aggregate', '--pathway', pathway, '--cohort', cohort);
  });

  it('aggregate writes the overlay: the summary of analyse, and no journey', async () => {
    expect(aggregate.code).toBe(0);
    const overlay = JSON.parse(aggregate.stdout) as Record<string, unknown>;
    const report = JSON.parse(
      (await cli('analyse', '--pathway', pathway, '--cohort', cohort)).stdout,
    ) as Record<string, unknown>;
    expect(Object.keys(overlay)).toEqual(['overlay', 'pathway', 'parameters', 'summary', 'cohort']);
    expect(overlay.summary).toEqual(report.summary);
    expect(aggregate.stdout).not.toContain('C01');
  });

  it('DuckDB prints the same overlay, byte for byte, and says so on stderr', async () => {
    const duck = await cli('analyse', '--pathway', pathway, '--cohort', cohort, '--engine', 'duckdb');
    expect(duck.code).toBe(0);
    expect(duck.stdout).toBe(aggregate.stdout);
    expect(duck.stderr).toMatch(/^DuckDB analysed 130 events in \d+\.\d s\n$/);
  });

  describe('Parquet', () => {
    const paths = {
      text: join(dir, 'text.parquet'),
      typed: join(dir, 'typed.parquet'),
      events: join(dir, 'events.parquet'),
    };
    beforeAll(async () => {
      const db = await DuckDBInstance.create(':memory:');
      const con = await db.connect();
      const src = `read_csv('${join(root, cohort)}', header = true, all_varchar = true)`;
      await con.run(`COPY (SELECT * FROM ${src}) TO '${paths.text}' (FORMAT parquet)`);
      await con.run(
        `COPY (SELECT Journey_ID, CAST(date AS DATE) AS "Date", service, activity, concerns, synthetic FROM ${src}) TO '${paths.typed}' (FORMAT parquet)`,
      );
      await con.run(
        `COPY (SELECT journey_id, CAST(row_number() OVER () + 1 AS INTEGER) AS row_no, CAST(date AS TIMESTAMP) AS t, service, activity, concerns FROM ${src}) TO '${paths.events}' (FORMAT parquet)`,
      );
      con.closeSync();
      db.closeSync();
    });

    it.each(['text', 'typed', 'events'] as const)(
      'a %s Parquet file gives the same summary',
      async (kind) => {
        const r = await cli('analyse', '--pathway', pathway, '--cohort', paths[kind], '--engine', 'duckdb');
        expect(r.stderr).toMatch(/^DuckDB analysed 130 events/);
        const got = JSON.parse(r.stdout) as { summary: unknown; cohort: { synthetic?: boolean } };
        const want = JSON.parse(aggregate.stdout) as { summary: unknown };
        expect(got.summary).toEqual(want.summary);
        expect(got.cohort.synthetic).toBe(kind === 'events' ? undefined : true);
      },
    );
  });

  it('reports unknown values grouped by value, bad dates, and nothing on stdout', async () => {
    const bad = file(
      'bad.csv',
      [
        'journey_id,date,service,activity,concerns',
        'A,2020-01-01,Narnia,concern,self_harm',
        'A,2020-02-30,Narnia,contact,',
        'B,2020-01-03,school,pondering,dragons',
        'B,,school,concern,',
        'C,yesterday,gp,contact,',
        '',
      ].join('\n'),
    );
    const r = await cli('analyse', '--pathway', pathway, '--cohort', bad, '--engine', 'duckdb');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `${bad}:5: date: is empty in 1 row, first row 5; give an ISO 8601 date (2020-03-14) or date-time (2020-03-14T09:30:00Z). [PL202]`,
      `${bad}:3: date: these values are not ISO 8601 dates: "2020-02-30" (1 row, first row 3), "yesterday" (1 row, first row 6); allowed: a date such as 2020-03-14 or a date-time such as 2020-03-14T09:30:00+01:00 (zone optional, UTC when absent). [PL202]`,
      expect.stringMatching(
        new RegExp(
          `^${bad}:2: service: "Narnia" \\(2 rows, first row 2\\) is not a service of pathway coventry; allowed: school,`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^${bad}:4: activity: "pondering" \\(1 row, first row 4\\) is not an activity; allowed: concern, contact,`,
        ),
      ),
      expect.stringMatching(
        new RegExp(`^${bad}:4: concerns: "dragons" \\(1 row, first row 4\\) is not a concern code`),
      ),
    ]);
  });

  it('reports a missing column as the importer does', async () => {
    const r = await cli(
      'analyse',
      '--pathway',
      pathway,
      '--cohort',
      file('nocol.csv', 'journey_id,date,activity\nA,2020-01-01,concern\n'),
      '--engine',
      'duckdb',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      ':1: service: the column "service" is missing; required: journey_id, date or day, service, activity. The file has: journey_id, date, activity. [PL201]',
    );
  });

  it('refuses what it cannot do, with a usage error', async () => {
    expect(
      (
        await cli(
          'analyse',
          '--pathway',
          pathway,
          '--cohort',
          cohort,
          '--engine',
          'duckdb',
          '--format',
          'csv',
        )
      ).code,
    ).toBe(2);
    expect(
      (await cli('analyse', '--pathway', pathway, '--cohort', cohort, '--engine', 'spark')).stderr,
    ).toContain('--engine must be in-process or duckdb');
    const json = await cli(
      'analyse',
      '--pathway',
      pathway,
      '--cohort',
      'pathway-data/coventry/cohort.json',
      '--engine',
      'duckdb',
    );
    expect(json.stderr).toContain('the DuckDB engine reads CSV and Parquet files');
  });

  it('refuses a memory limit that is not a size, with a usage error', async () => {
    const r = await cli(
      'analyse',
      '--pathway',
      pathway,
      '--cohort',
      cohort,
      '--engine',
      'duckdb',
      '--memory-limit',
      'lots',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--memory-limit must be a size such as 4GB or 512MB, not lots.');
  });

  it('aggregate --out writes the file', async () => {
    const out = join(dir, 'overlay.json');
    expect((await cli('aggregate', '--pathway', pathway, '--cohort', cohort, '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(aggregate.stdout);
  });
});
