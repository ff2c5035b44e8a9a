/**
 * `npm run bench`: the speed and memory figures of the cohort engine, on a generated cohort of 100,000
 * journeys (about 1,000,000 events). Prints figures; asserts nothing (targets are checked by reading them).
 *   --journeys N   (default 100000)   --seed S (default 1)   --runs R (default 5)
 */
import { parseArgs } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseCohort } from '../src/core/analysis/analyseCohort.ts';
import { summariseAnalysis } from '../src/core/analysis/summariseAnalysis.ts';
import { DEFAULT_PARAMETERS } from '../src/core/analysis/parameters.ts';
import { importCohort } from '../src/core/cohort/importCohort.ts';
import { importWithProfile } from '../src/core/profile/importWithProfile.ts';
import { asExport } from './profileExport.ts';
import { generateCohortCsv } from '../src/core/generate/generateCohortCsv.ts';
import { loadPathway } from '../src/core/pathway/loadedPathway.ts';
import { parsePathway } from '../src/core/pathway/validatePathway.ts';
import { activities, type Activity } from '../src/core/pathway/types.ts';
import { replayWithActor, type ReplayStep } from '../src/core/replay/replayWithMachine.ts';
import { layoutBenchmark } from './layout.ts';
import { parserBenchmark } from './parsers.ts';
import { processBenchmark } from './process.ts';

const { values } = parseArgs({
  options: {
    journeys: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
  },
});
const journeys = Number(values.journeys);
const runs = Number(values.runs);

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const ms = (t: number) => `${t.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

const parsed = parsePathway(readFileSync('pathway-data/coventry/pathway.json', 'utf8'));
if (!parsed.ok) throw new Error('Coventry pathway invalid');
const { pathway, machine, table } = loadPathway(parsed.value);

console.log(
  `Pathway Lens benchmark — Node ${process.version}, ${journeys.toLocaleString('en-GB')} journeys, seed ${values.seed}`,
);
let csv = '';
const tGen = time(() => {
  csv = [...generateCohortCsv(pathway, { journeys, seed: Number(values.seed) })].join('');
});
const rows = csv.split('\n').length - 2;
console.log(`generated CSV: ${rows.toLocaleString('en-GB')} events, ${mb(csv.length)} in ${ms(tGen)}`);

// 1. Parse + validate + anonymity check.
const parseTimes: number[] = [];
let cohort: Extract<ReturnType<typeof importCohort>, { ok: true }>['value'] | undefined;
for (let i = 0; i < Math.min(runs, 3); i++) {
  cohort = undefined;
  gc();
  parseTimes.push(
    time(() => {
      const r = importCohort('generated.csv', csv, pathway);
      if (!r.ok)
        throw new Error(
          r.problems
            .slice(0, 3)
            .map((p) => p.message)
            .join('\n'),
        );
      cohort = r.value;
    }),
  );
}
if (!cohort) throw new Error('no cohort');
const c = cohort;
const events = c.time.length;
console.log(
  `\nparse + validate + anonymity check (CSV, median of ${parseTimes.length}): ${ms(median(parseTimes))}  [target ≤ 800 ms]`,
);
console.log(
  `  runs: ${parseTimes.map((t) => t.toFixed(0)).join(', ')} ms; ${(events / (median(parseTimes) / 1000) / 1e6).toFixed(2)} M rows/s`,
);
{
  // Memory, measured in a fresh process that reads the file and imports it, nothing else.
  const dir = mkdtempSync(join(tmpdir(), 'pathway-lens-bench-'));
  const file = join(dir, 'cohort.csv');
  writeFileSync(file, csv);
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/importMemory.ts', file], {
    encoding: 'utf8',
  });
  rmSync(dir, { recursive: true, force: true });
  if (child.status !== 0) throw new Error(child.stderr);
  const m = JSON.parse(child.stdout) as { ms: number; peakRssMiB: number; startRssMiB: number };
  console.log(
    `  fresh process, read file + import: ${ms(m.ms)}; peak RSS ${m.peakRssMiB.toFixed(0)} MiB (at start ${m.startRssMiB.toFixed(0)} MiB)  [target < 600 MiB]`,
  );
}

// 1b. The same events as a user's own export, read through an import profile (CONTRACT §5).
{
  const exported = asExport(csv, pathway);
  const profileTimes: number[] = [];
  let read = 0;
  for (let i = 0; i < Math.min(runs, 3); i++) {
    gc();
    profileTimes.push(
      time(() => {
        const r = importWithProfile('export.csv', exported.text, pathway, { profile: exported.profile });
        if (!r.ok) throw new Error(r.problems[0]?.message);
        read = r.value.time.length;
      }),
    );
  }
  console.log(
    `\nimport through a profile (day-first dates in Europe/London, team names, concern labels; median of ${profileTimes.length}): ${ms(median(profileTimes))}; ${read.toLocaleString('en-GB')} events`,
  );
}

// 2. Replay on the compiled table + the missed early-intervention analysis + aggregates.
const params = DEFAULT_PARAMETERS;
analyseCohort(c, pathway, table, params); // warm-up
const replayTimes: number[] = [];
const summaryTimes: number[] = [];
const timingTimes: number[] = [];
let missed = 0;
for (let i = 0; i < runs; i++) {
  let a: ReturnType<typeof analyseCohort> | undefined;
  replayTimes.push(time(() => (a = analyseCohort(c, pathway, table, params))));
  summaryTimes.push(
    time(() => (missed = summariseAnalysis(c, pathway, a!, { timings: false }).missedPoints)),
  );
  timingTimes.push(time(() => summariseAnalysis(c, pathway, a!, { timings: true })));
}
const replay = median(replayTimes);
const total = median(replayTimes.map((t, i) => t + (summaryTimes[i] as number)));
const withTimings = median(replayTimes.map((t, i) => t + (timingTimes[i] as number)));
console.log(`\nreplay + missed-point analysis (median of ${runs}): ${ms(replay)}`);
console.log(
  `  + per-service, per-move and target aggregates: ${ms(total)}  [target ≤ 150 ms]; ${(events / (total / 1000) / 1e6).toFixed(1)} M events/s`,
);
console.log(`  + median days per move and per referral wait (time view): ${ms(withTimings)}`);
console.log(`  ${missed.toLocaleString('en-GB')} missed points found`);

// 3. The same replay with one XState actor per journey, as the baseline.
const steps: ReplayStep[][] = [];
for (let j = 0; j < c.journeyIds.length; j++) {
  const list: ReplayStep[] = [];
  for (let e = c.journeyStart[j] as number; e < (c.journeyStart[j + 1] as number); e++) {
    list.push({
      service: pathway.services[c.service[e] as number]!.id,
      activity: activities[c.activity[e] as number] as Activity,
    });
  }
  steps.push(list);
}
const out = new Uint8Array(events);
const tActor = time(() => {
  for (let j = 0; j < steps.length; j++)
    replayWithActor(machine, steps[j]!, out, c.journeyStart[j] as number);
});
let agree = 0;
const a = analyseCohort(c, pathway, table, params);
for (let e = 0; e < events; e++) if (a.move[e] === out[e]) agree++;
console.log(
  `\nXState createActor per journey (same journeys, replay only): ${ms(tActor)}; ${(events / (tActor / 1000) / 1e6).toFixed(2)} M events/s`,
);
console.log(
  `  compiled table is ${(tActor / replay).toFixed(0)}× faster (replay + analysis: ${(tActor / total).toFixed(0)}×)  [target ≥ 25×]`,
);
console.log(
  `  move kinds agree on ${agree.toLocaleString('en-GB')} of ${events.toLocaleString('en-GB')} events`,
);

// 4. Raw CSV parsing by the candidate parsers, and whole processes of the command line.
parserBenchmark(csv);
await layoutBenchmark();
{
  const dir = mkdtempSync(join(tmpdir(), 'pathway-lens-bench-'));
  try {
    const big = join(dir, 'cohort.csv');
    const medium = join(dir, 'cohort-5000.csv');
    writeFileSync(big, csv);
    writeFileSync(medium, [...generateCohortCsv(pathway, { journeys: 5000, seed: 2 })].join(''));
    await processBenchmark(big, medium);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
