import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliProcess as cli } from './runCli.ts';

const pathway = 'pathway-data/coventry';
const analyse = (cohort: string, ...more: string[]) =>
  cli('analyse', '--pathway', pathway, '--cohort', cohort, ...more);

describe('pathway-lens analyse (CONTRACT §4)', () => {
  const csv = analyse('pathway-data/coventry/cohort.csv');

  it('prints the contract JSON for the synthetic Coventry cohort', () => {
    expect(csv.stderr).toBe('');
    expect(csv.code).toBe(0);
    const report = JSON.parse(csv.stdout) as {
      pathway: string;
      parameters: unknown;
      journeys: {
        id: string;
        events: number;
        missedPoints: { row: number; service: string }[];
        offPathway: unknown[];
      }[];
      summary: Record<string, unknown>;
    };
    expect(report.pathway).toBe('coventry');
    expect(report.parameters).toEqual({ windowDays: 28, horizonDays: 365 });
    expect(report.journeys.map((j) => j.id)).toEqual([
      'C01',
      'C02',
      'C03',
      'C04',
      'C05',
      'C06',
      'C07',
      'C08',
      'C09',
      'C10',
    ]);
    // The figures worked out by hand in pathway-data/coventry/README.md.
    expect(report.journeys.map((j) => j.missedPoints.length)).toEqual([3, 0, 1, 2, 2, 2, 2, 1, 1, 1]);
    expect(report.journeys[0]!.missedPoints.map((m) => m.row)).toEqual([2, 3, 4]);
    expect(report.summary).toMatchObject({
      journeys: 10,
      events: 130,
      reachedCrisis: 10,
      missedPoints: 15,
      missedPointsByService: { school: 11, gp: 3, vcs: 1 },
      acuteLiaison48h: { referrals: 10, withinTarget: 9 },
    });
    expect(report.journeys.flatMap((j) => j.offPathway)).toHaveLength(3);
    for (const key of ['serviceJourneys', 'transitions']) expect(report.summary).toHaveProperty(key);
  });

  it('gives identical results for the same events as CSV, JSON and XES', () => {
    const json = analyse('pathway-data/coventry/cohort.json');
    const xes = analyse('pathway-data/coventry/cohort.xes');
    expect(json.code).toBe(0);
    expect(xes.code).toBe(0);
    const strip = (s: string) => {
      const r = JSON.parse(s) as {
        journeys: { missedPoints: { row?: number }[]; offPathway: { row?: number }[] }[];
      };
      // Rows are positions in each file (CSV line, JSON element, XES line), so compare everything else.
      for (const j of r.journeys) for (const m of [...j.missedPoints, ...j.offPathway]) delete m.row;
      return r;
    };
    expect(strip(json.stdout)).toEqual(strip(csv.stdout));
    expect(strip(xes.stdout)).toEqual(strip(csv.stdout));
  });

  it('takes W and H as parameters', () => {
    const r = JSON.parse(
      analyse('pathway-data/coventry/cohort.csv', '--window', '0', '--horizon', '30').stdout,
    ) as {
      parameters: unknown;
      summary: { missedPoints: number };
    };
    expect(r.parameters).toEqual({ windowDays: 0, horizonDays: 30 });
    expect(r.summary.missedPoints).not.toBe(15);
  });

  it('prints a per-journey CSV table with --format csv', () => {
    const r = analyse('pathway-data/coventry/cohort.csv', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'journey_id,events,reached_crisis,lead_time_days,missed_points,missed_services,off_pathway_moves',
    );
    expect(lines).toHaveLength(11);
    expect(lines[1]).toMatch(/^C01,\d+,yes,157,3,school,0$/);
  });

  it('reports bad input on stderr as file:row: column: message, with nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-cli-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'journey_id,date,service,activity\nX1,2020-01-01,school,concern\nX1,2020-02-30,school,refer\n',
    );
    const r = analyse(bad);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}:3: date: `);
    expect(r.stderr).toContain(`${bad}:3: activity: `);
  });

  it('refuses bad parameters and unknown commands with a usage message', () => {
    const r = analyse('pathway-data/coventry/cohort.csv', '--window', 'soon');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('window must be a whole number of days');
    expect(cli('frobnicate').code).toBe(2);
  });

  it('writes compact JSON by default and the same document indented with --pretty', () => {
    expect(csv.stdout.split('\n')).toHaveLength(2); // one line and the final newline
    const pretty = analyse('pathway-data/coventry/cohort.csv', '--pretty');
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).toBe(`${JSON.stringify(JSON.parse(csv.stdout), null, 2)}\n`);
  });

  it("prints each command's help, and every command in the general help", () => {
    const all = cli('--help');
    expect(all.code).toBe(0);
    for (const c of ['analyse', 'generate', 'machine', 'render', 'schema'])
      expect(all.stdout).toContain(`pathway-lens ${c}`);
    const one = cli('render', '--help');
    expect(one.stdout).toContain('pathway-lens render');
    expect(one.stdout).not.toContain('pathway-lens analyse');
  });

  it('exports the machine as JSON', () => {
    const r = cli('machine', '--pathway', pathway);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }).id).toBe('pathway');
  });
});
