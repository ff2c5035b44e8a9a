import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './runCli.ts';

const dir = mkdtempSync(join(tmpdir(), 'pl-compare-'));
const pathway = 'pathway-data/coventry';
const shipped = 'pathway-data/coventry/cohort.csv';
const big = join(dir, 'cohort.csv');
const made = await cli(
  'generate',
  '--pathway',
  pathway,
  '--journeys',
  '800',
  '--seed',
  '5',
  '--start-date',
  '2019-07-01',
  '--out',
  big,
);

interface Doc {
  pathway: string;
  parameters: unknown;
  split: unknown;
  groups: Record<string, unknown>[];
  differences: unknown[];
}

describe('pathway-lens compare (CONTRACT §7)', () => {
  it('prints the §7 JSON for a split by date, and each group matches analyse on its own journeys', async () => {
    expect(made.code).toBe(0);
    const r = await cli('compare', '--pathway', pathway, '--cohort', big, '--split-date', '2020-01-01');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.pathway).toBe('coventry');
    expect(doc.parameters).toEqual({ windowDays: 28, horizonDays: 365 });
    expect(doc.split).toEqual({ kind: 'date', value: '2020-01-01' });
    expect(doc.groups.map((g) => g.label)).toEqual(['before 2020-01-01', 'from 2020-01-01']);

    // Each group's journeys written to a file of their own (by the date of each journey's first row),
    // then `analyse` on it.
    const [header, ...lines] = readFileSync(big, 'utf8').trim().split('\n');
    const firstDate = new Map<string, string>();
    for (const l of lines) {
      const [id = '', date = ''] = l.split(',');
      if (!firstDate.has(id) || date < (firstDate.get(id) ?? '')) firstDate.set(id, date);
    }
    const before = (l: string) => (firstDate.get(l.split(',')[0] ?? '') ?? '') < '2020-01-01';
    const files = [lines.filter(before), lines.filter((l) => !before(l))].map((rows, i) => {
      const f = join(dir, `group${i}.csv`);
      writeFileSync(f, `${[header, ...rows].join('\n')}\n`);
      return f;
    });
    for (const [i, f] of files.entries()) {
      const a = await cli('analyse', '--pathway', pathway, '--cohort', f);
      expect(a.code).toBe(0);
      const s = (JSON.parse(a.stdout) as { summary: Record<string, unknown> }).summary;
      expect(doc.groups[i]).toMatchObject({
        journeys: s.journeys,
        events: s.events,
        reachedCrisis: s.reachedCrisis,
        missedPoints: s.missedPoints,
        missedPointsByService: s.missedPointsByService,
        journeysWithMissedPoints: s.journeysWithMissedPoints,
        leadTimeMedianDays: s.medianLeadTimeDays,
      });
    }
    expect((doc.groups[0]?.journeys as number) + (doc.groups[1]?.journeys as number)).toBe(800);

    // The same two files compared as files give the same figures.
    const two = JSON.parse(
      (await cli('compare', '--pathway', pathway, '--cohort', files[0] ?? '', '--cohort', files[1] ?? ''))
        .stdout,
    ) as Doc;
    expect(two.split).toEqual({ kind: 'files', value: files });
    expect(two.groups.map((g) => ({ ...g, label: '' }))).toEqual(
      doc.groups.map((g) => ({ ...g, label: '' })),
    );
    expect(two.groups.map((g) => g.label)).toEqual(['group0.csv', 'group1.csv']);
  });

  it('splits by a column and writes a disclosed CSV table', async () => {
    const r = await cli(
      'compare',
      '--pathway',
      pathway,
      '--cohort',
      shipped,
      '--split-column',
      'age_band',
      '--format',
      'csv',
    );
    expect(r.code).toBe(0);
    const [head, journeys] = r.stdout.split('\n');
    expect(head?.startsWith('measure,')).toBe(true);
    expect(journeys).toMatch(/^Journeys,(<5|\d+),/);
    expect(journeys).not.toMatch(/,[1-4],/);
  });

  it('refuses bad splits with clear messages', async () => {
    const outside = await cli(
      'compare',
      '--pathway',
      pathway,
      '--cohort',
      shipped,
      '--split-date',
      '2020-01-01',
    );
    expect(outside.code).toBe(1);
    expect(outside.stdout).toBe('');
    expect(outside.stderr).toBe(
      "pathway-data/coventry/cohort.csv: --split-date: no journey starts on or after 2020-01-01: the journeys' first events run from 2019-01-07 to 2019-10-28. Choose a date after 2019-01-07 and no later than 2019-10-28. [PL400]\n",
    );
    const column = await cli(
      'compare',
      '--pathway',
      pathway,
      '--cohort',
      shipped,
      '--split-column',
      'locality',
    );
    expect(column.stderr).toContain('the cohort has no column "locality"; it can be split by');
    expect(column.stderr).toContain('age_band');
  });

  it('names the file that does not fit the pathway, and warns about journey ids in both files', async () => {
    const other = join(dir, 'other-area.csv');
    writeFileSync(other, 'journey_id,date,service,activity\nC01,2020-01-01,A&E,contact\n');
    const r = await cli('compare', '--pathway', pathway, '--cohort', shipped, '--cohort', other);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/other-area\.csv:2: service: .*"A&E".*coventry/);
    const same = await cli(
      'compare',
      '--pathway',
      pathway,
      '--cohort',
      shipped,
      '--cohort',
      'pathway-data/coventry/cohort.json',
    );
    expect(same.code).toBe(0);
    expect(same.stderr).toBe(
      'pathway-lens: 10 journey ids appear in both files (C01, C02, C03, C04, C05, …); each file is its own group, so those journeys are counted in both.\n',
    );
  });

  it('says how to ask', async () => {
    const want =
      'give two --cohort files, or one --cohort with --split-date YYYY-MM-DD or --split-column COLUMN.';
    const shippedWith = (...more: string[]) =>
      cli('compare', '--pathway', pathway, '--cohort', shipped, ...more);
    expect((await shippedWith()).stderr).toBe(
      `pathway-lens: one --cohort needs one split: ${want} [PL101]\n`,
    );
    expect((await shippedWith('--cohort', shipped, '--split-date', '2019-05-01')).stderr).toContain(
      'two --cohort files are already two groups',
    );
    expect((await shippedWith('--split-date', '2019-05-01', '--split-column', 'age_band')).code).toBe(2);
    expect((await cli('--help')).stdout).toContain('pathway-lens compare');
  });
});
