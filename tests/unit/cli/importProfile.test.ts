import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.ts';
import { cli } from './runCli.ts';

const pathway = 'pathway-data/coventry';
const analyse = (cohort: string, ...more: string[]) =>
  cli('analyse', '--pathway', pathway, '--cohort', cohort, ...more);
const fixture = (name: string) => `tests/fixtures/profiles/${name}`;

describe('--map: an export read through an import profile (CONTRACT §5)', () => {
  it.each(['camhs-export', 'acute-episodes'])(
    '%s gives the same JSON as the §2 file it describes',
    async (name) => {
      const mapped = await analyse(fixture(`${name}.csv`), '--map', fixture(`${name}.profile.json`));
      const plain = await analyse(fixture(`${name}.cohort.csv`));
      expect(mapped.code).toBe(0);
      expect(plain.code).toBe(0);
      expect(plain.stderr).toBe('');
      expect(mapped.stdout).toBe(plain.stdout);
      expect(
        (JSON.parse(mapped.stdout) as { summary: { missedPoints: number } }).summary.missedPoints,
      ).toBeGreaterThan(0);
    },
  );

  it('prints the import’s warnings on stderr, keeping stdout for the report', async () => {
    const r = await analyse(fixture('camhs-export.csv'), '--map', fixture('camhs-export.profile.json'));
    expect(r.stderr).toContain(
      `Warning: ${fixture('camhs-export.csv')}:14: Team: 1 row was left out, as the profile's "services" says ("drop"): "Admin" (row 14). [PL210]`,
    );
  });

  it('refuses a broken profile with file: field: message, and a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-map-'));
    const bad = join(dir, 'bad.profile.json');
    writeFileSync(bad, JSON.stringify({ profile: 1, columns: { journey: 'Pseudo ID', service: 'Team' } }));
    const r = await analyse(fixture('camhs-export.csv'), '--map', bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}: columns: needs "time"`);
    const none = await analyse(fixture('camhs-export.csv'), '--map', join(dir, 'nothing.json'));
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('nothing.json: file not found.');
  });

  it('names the profile field when the profile and the file do not fit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-map-'));
    const profile = JSON.parse(readFileSync(join(root, fixture('camhs-export.profile.json')), 'utf8')) as {
      columns: Record<string, string>;
    };
    profile.columns.journey = 'Child ref';
    const file = join(dir, 'camhs.profile.json');
    writeFileSync(file, JSON.stringify(profile));
    const r = await analyse(fixture('camhs-export.csv'), '--map', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: columns\\.journey: "Child ref" is not a column of`,
      ),
    );
  });

  it('reads both files of compare, and the file of aggregate and discover, through the profile', async () => {
    const map = ['--map', fixture('camhs-export.profile.json')];
    const split = await cli(
      'compare',
      '--pathway',
      pathway,
      '--cohort',
      fixture('camhs-export.csv'),
      ...map,
      '--split-date',
      '2020-06-01',
    );
    expect(split.code).toBe(0);
    const groups = (JSON.parse(split.stdout) as { groups: { journeys: number; events: number }[] }).groups;
    expect(groups.map((g) => g.journeys)).toEqual([3, 1]);
    const two = await cli(
      'compare',
      '--pathway',
      pathway,
      '--cohort',
      fixture('camhs-export.csv'),
      '--cohort',
      fixture('camhs-export.csv'),
      ...map,
    );
    expect(two.code).toBe(0);
    const mapped = await cli(
      'aggregate',
      '--pathway',
      pathway,
      '--cohort',
      fixture('camhs-export.csv'),
      ...map,
    );
    const plain = await cli(
      'aggregate',
      '--pathway',
      pathway,
      '--cohort',
      fixture('camhs-export.cohort.csv'),
    );
    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toBe(plain.stdout);
    const found = await cli(
      'discover',
      '--cohort',
      fixture('acute-episodes.csv'),
      '--map',
      fixture('acute-episodes.profile.json'),
    );
    expect(found.code).toBe(0);
    expect((JSON.parse(found.stdout) as { services: { id: string }[] }).services.map((s) => s.id)).toContain(
      'acute_liaison',
    );
    // DuckDB reads the export through the profile compiled to SQL: the aggregate's summary, and the
    // import's warnings on stderr.
    const duck = await analyse(fixture('camhs-export.csv'), ...map, '--engine', 'duckdb');
    expect(duck.code).toBe(0);
    expect((JSON.parse(duck.stdout) as { summary: unknown }).summary).toEqual(
      (JSON.parse(mapped.stdout) as { summary: unknown }).summary,
    );
    expect(duck.stderr).toContain('"services" says ("drop"): "Admin" (row 14)');
    // Lifecycle pairing stays in process: refused, naming the profile's field.
    const paired = await analyse(
      fixture('acute-episodes.csv'),
      '--map',
      fixture('acute-episodes.profile.json'),
      '--engine',
      'duckdb',
    );
    expect(paired.code).not.toBe(0);
    expect(paired.stdout).toBe('');
    expect(paired.stderr).toContain('acute-episodes.profile.json: columns.lifecycle:');
    expect(paired.stderr).toContain('Drop --engine duckdb');
  });

  it('renders the board-paper figure from an export with a profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-map-'));
    const out = join(dir, 'figure.svg');
    const r = await cli(
      'render',
      '--pathway',
      pathway,
      '--cohort',
      fixture('camhs-export.csv'),
      '--map',
      fixture('camhs-export.profile.json'),
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('camhs-export.csv');
  });
});

describe('--window and --horizon in hours', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pl-hours-'));
  const cohort = join(dir, 'acute.csv');
  // A concern at school at 09:00, a referral 8 hours later, the emergency department the next day.
  writeFileSync(
    cohort,
    [
      'journey_id,date,service,activity,concerns',
      'A,2020-03-02T09:00Z,school,concern,self_harm',
      'A,2020-03-02T17:00Z,mhst,referral,',
      'A,2020-03-03T12:00Z,ed,contact,self_harm',
      '',
    ].join('\n'),
  );
  const missed = async (...args: string[]) =>
    JSON.parse((await analyse(cohort, ...args)).stdout) as {
      parameters: unknown;
      summary: { missedPoints: number };
    };

  it('reports W and H in days, and in hours when given in hours', async () => {
    const r = await missed('--window', '6h', '--horizon', '72h');
    expect(r.parameters).toEqual({ windowDays: 0.25, horizonDays: 3, windowHours: 6, horizonHours: 72 });
    expect((await missed('--window', '28')).parameters).toEqual({ windowDays: 28, horizonDays: 365 });
    expect((await missed('--window', '28d', '--horizon', '24h')).parameters).toEqual({
      windowDays: 28,
      horizonDays: 1,
      horizonHours: 24,
    });
  });

  it('applies the rule in hours: a referral 8 hours later is too late for W = 6 hours', async () => {
    expect((await missed('--window', '6h')).summary.missedPoints).toBe(1);
    expect((await missed('--window', '8h')).summary.missedPoints).toBe(0);
    expect((await missed()).summary.missedPoints).toBe(0);
    expect((await missed('--window', '6h', '--horizon', '12h')).summary.missedPoints).toBe(0);
  });

  it('refuses parts of hours and units it does not know', async () => {
    for (const bad of ['1.5h', '6m', 'soon']) {
      const r = await analyse(cohort, '--window', bad);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        `--window must be a whole number of days (e.g. 28) or of hours (e.g. 6h), not "${bad}".`,
      );
    }
    expect((await analyse(cohort, '--horizon', '0h')).stderr).toContain(
      'horizon must be a whole number of hours from 1 to 87600',
    );
  });
});
