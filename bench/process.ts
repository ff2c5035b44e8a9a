/**
 * Whole-process figures of the command line, measured side by side in one run: a bare `node -e 0`,
 * `pathway-lens analyse` on the shipped 10-journey cohort and on a generated cohort of about a million
 * events, the naive design (one XState actor per journey) on the same file, and `render` of a 5,000-journey
 * figure as SVG, PNG and PDF. Each with its wall time and peak memory. Prints; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'rolldown';

export interface ProcessFigure {
  readonly label: string;
  readonly ms: number[];
  readonly peakMiB: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Runs `node args` `runs` times; wall times and the largest peak RSS of the runs. */
function measure(label: string, args: string[], runs: number): ProcessFigure {
  const ms: number[] = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['--import', './bench/rssReporter.mjs', ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, TZ: 'UTC' },
    });
    ms.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr}`);
    const kib = Number(/@@maxrss-kib (\d+)/.exec(r.stderr)?.[1] ?? 0);
    peak = Math.max(peak, kib / 1024);
  }
  return { label, ms, peakMiB: peak };
}

function show(f: ProcessFigure, note = ''): void {
  const runs = f.ms.map((t) => t.toFixed(0)).join(', ');
  console.log(
    `  ${f.label.padEnd(46)} ${median(f.ms).toFixed(0).padStart(6)} ms  peak ${f.peakMiB.toFixed(0).padStart(4)} MiB  (runs ${runs})${note}`,
  );
}

/** The benchmark's whole-process section, on `bigFile` (about 1,000,000 events). */
export async function processBenchmark(bigFile: string, mediumFile: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pathway-lens-process-'));
  try {
    // The naive design as plain JavaScript too, so both processes start alike.
    await build({
      input: 'bench/naiveAnalyse.ts',
      platform: 'node',
      logLevel: 'silent',
      output: { file: join(dir, 'naiveAnalyse.mjs'), format: 'esm' },
    });
    const cli = ['bin/pathway-lens.mjs'];
    const coventry = 'pathway-data/coventry';
    console.log('\nwhole processes (median; peak resident memory):');
    const bare = measure('node -e 0', ['-e', '0'], 7);
    show(bare);
    const small = measure(
      'analyse, shipped cohort (10 journeys)',
      [...cli, 'analyse', '--pathway', coventry, '--cohort', `${coventry}/cohort.csv`],
      7,
    );
    show(small, `  → ${(median(small.ms) - median(bare.ms)).toFixed(0)} ms over node  [target ≤ 350 ms]`);
    const big = measure(
      'analyse, ~1,000,000 events (JSON)',
      [...cli, 'analyse', '--pathway', coventry, '--cohort', bigFile],
      3,
    );
    show(big, '  [target ≤ 2000 ms, goal 1000 ms; < 600 MiB]');
    show(
      measure(
        'analyse, ~1,000,000 events (--format csv)',
        [...cli, 'analyse', '--pathway', coventry, '--cohort', bigFile, '--format', 'csv'],
        3,
      ),
    );
    const naive = measure(
      'naive: XState actor per journey, same file',
      [join(dir, 'naiveAnalyse.mjs'), `${coventry}/pathway.json`, bigFile],
      1,
    );
    show(naive, `  → analyse is ${(median(naive.ms) / median(big.ms)).toFixed(1)}× faster  [target ≥ 3×]`);
    for (const ext of ['svg', 'png', 'pdf']) {
      const out = join(dir, `figure.${ext}`);
      show(
        measure(
          `render, 5,000 journeys (${ext.toUpperCase()})`,
          [...cli, 'render', '--pathway', coventry, '--cohort', mediumFile, '--out', out],
          3,
        ),
        '  [target ≤ 2000 ms]',
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
