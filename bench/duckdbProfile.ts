/**
 * `analyse --engine duckdb` with and without an import profile, on the same generated events (about
 * 1,000,000 with the default 100,000 journeys): the §2 file as it is, and the same events as a user's own
 * export (bench/profileExport.ts) read through `--map`, the profile compiled to SQL. One run each, side by
 * side, through the built command line; also the in-process engine on the export, for reference. Prints
 * figures and whether the two engines' summaries of the export agree; asserts no time.
 *   npx tsx bench/duckdbProfile.ts [--journeys 100000] [--seed 1]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCohortCsv } from '../src/core/generate/generateCohortCsv.ts';
import { loadPathway } from '../src/core/pathway/loadedPathway.ts';
import { readFileSync } from 'node:fs';
import { asExport } from './profileExport.ts';

const { values } = parseArgs({
  options: { journeys: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' } },
});
const loaded = loadPathway(JSON.parse(readFileSync('pathway-data/coventry/pathway.json', 'utf8')));
const csv = [
  ...generateCohortCsv(loaded.pathway, { journeys: Number(values.journeys), seed: Number(values.seed) }),
].join('');
const exported = asExport(csv, loaded.pathway);
const dir = mkdtempSync(join(tmpdir(), 'pathway-lens-bench-duckmap-'));
try {
  const plain = join(dir, 'cohort.csv');
  const file = join(dir, 'export.csv');
  const profile = join(dir, 'export.profile.json');
  writeFileSync(plain, csv);
  writeFileSync(file, exported.text);
  writeFileSync(profile, JSON.stringify(exported.profile));
  const run = (label: string, ...args: string[]) => {
    const started = performance.now();
    const r = spawnSync(
      process.execPath,
      ['bin/pathway-lens.mjs', 'analyse', '--pathway', 'pathway-data/coventry', ...args],
      { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, TZ: 'UTC' } },
    );
    const s = (performance.now() - started) / 1000;
    if (r.status !== 0) throw new Error(`${label}: ${r.stderr}`);
    const summary = (JSON.parse(r.stdout) as { summary: { events: number } }).summary;
    console.log(
      `${label.padEnd(48)} ${s.toFixed(1).padStart(6)} s  (${summary.events.toLocaleString('en-GB')} events)`,
    );
    return summary;
  };
  console.log(`Node ${process.version}; one run each, wall time of the whole command`);
  const a = run('duckdb, §2 file', '--cohort', plain, '--engine', 'duckdb');
  const b = run(
    'duckdb, export --map profile (compiled to SQL)',
    '--cohort',
    file,
    '--map',
    profile,
    '--engine',
    'duckdb',
  );
  const c = run('in-process, export --map profile', '--cohort', file, '--map', profile);
  const same = JSON.stringify(b) === JSON.stringify(c) ? '=' : '≠';
  // The export adds times of day to the §2 file's dates, so its summary is its own (not the §2 file's).
  console.log(
    `summaries: duckdb --map ${same} in-process --map (${a.events === b.events ? 'same' : 'other'} event count as the §2 file)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
