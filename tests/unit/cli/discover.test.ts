import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './runCli.ts';

const dir = mkdtempSync(join(tmpdir(), 'pl-discover-'));
const logFile = join(dir, 'My Log.csv');
writeFileSync(
  logFile,
  [
    'journey_id,date,service,activity,concerns',
    'A1,2020-01-01,School,concern,self_harm',
    'A1,2020-01-10,A&E,contact,',
    'A2,2020-02-01,School,concern,anxiety',
    'A2,2020-02-03,A&E,admission,',
    'A3,2020-03-01,GP,contact,',
    'A3,2020-03-04,School,contact,',
    '',
  ].join('\n'),
);

describe('pathway-lens discover (CONTRACT §6)', () => {
  it('writes a draft to --out, tells the user what it did on stderr, and analyse runs on it at once', async () => {
    const out = join(dir, 'draft.json');
    const r = await cli(
      'discover',
      '--cohort',
      logFile,
      '--early',
      'school',
      '--crisis',
      'A&E',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `Discovered 3 services in 2 levels, 1 route and 2 concern codes from 3 journeys (6 events); a route needs 2 journeys.\nWrote the draft pathway to ${out}\n`,
    );
    const draft = JSON.parse(readFileSync(out, 'utf8')) as {
      id: string;
      version: string;
      services: { id: string; label: string; tags: string[] }[];
      routes: unknown[];
    };
    expect(draft.id).toBe('my_log');
    expect(draft.version).toBe('0.1.0-draft');
    expect(draft.services.map((s) => [s.id, s.label, s.tags])).toEqual([
      ['school', 'School', ['early-intervention']],
      ['a_e', 'A&E', ['crisis']],
      ['gp', 'GP', []],
    ]);
    expect(draft.routes).toEqual([{ from: 'school', to: 'a_e' }]);

    const a = await cli('analyse', '--pathway', out, '--cohort', logFile);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    const report = JSON.parse(a.stdout) as { pathway: string; summary: Record<string, unknown> };
    expect(report.pathway).toBe('my_log');
    expect(report.summary).toMatchObject({ journeys: 3, events: 6, reachedCrisis: 2, missedPoints: 2 });
  });

  it('prints the draft on stdout without --out', async () => {
    const r = await cli('discover', '--cohort', logFile, '--min-journeys', '1');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { routes: unknown[] }).routes).toHaveLength(2);
  });

  it('refuses unknown tags and bad numbers with clear messages', async () => {
    const r = await cli('discover', '--cohort', logFile, '--crisis', 'ED,a&e');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'pathway-lens: --crisis: "ED" is not a service of the discovered draft; give ids or the log\'s own values, separated by commas. Its services: school, a_e, gp. [PL104]\n',
    );
    const bad = await cli('discover', '--cohort', logFile, '--max-services', 'lots');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('pathway-lens: --max-services must be a whole number, not "lots". [PL101]\n');
    const range = await cli('discover', '--cohort', logFile, '--min-journeys', '0');
    expect(range.stderr).toBe(
      'pathway-lens: --min-journeys must be a whole number of journeys from 1 up, not 0. [PL101]\n',
    );
    expect((await cli('discover')).stderr).toBe('pathway-lens: --cohort <file> is required. [PL101]\n');
  });

  it('is in the help', async () => {
    expect((await cli('--help')).stdout).toContain('pathway-lens discover --cohort');
  });
});
