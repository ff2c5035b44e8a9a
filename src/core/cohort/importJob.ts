import type { Result } from '../problems.ts';
import type { ImportJob } from './rows.ts';
import type { Cohort } from './types.ts';

export interface RunImportOptions {
  /** Called after each time slice with the fraction done (0..1); a worker posts it to the page. */
  readonly onProgress?: ((fractionDone: number) => void) | undefined;
  /** Polled between slices; return true to abandon the import (e.g. after a cancel message). */
  readonly shouldCancel?: (() => boolean) | undefined;
  /** Work per `job.step` call (characters for CSV/XES, elements for JSON); default: the job's own. */
  readonly stepBudget?: number | undefined;
  /** Milliseconds of work between yields to the event loop. Default 50. */
  readonly sliceMs?: number | undefined;
  /** How to yield; default a zero-delay timeout, which lets a worker receive messages (such as cancel). */
  readonly yieldControl?: (() => Promise<void>) | undefined;
}

/** The outcome of `runImportJob`: the import's result, or cancelled. */
export type ImportOutcome =
  Result<Cohort> | { readonly ok: false; readonly cancelled: true; readonly problems: readonly [] };

const defaultYield = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * Runs an import job to the end, in time slices: between slices it reports progress, checks for
 * cancellation and yields to the event loop. For a Web Worker:
 *
 *   const job = createImportJob(name, text, pathway);
 *   const out = await runImportJob(job, { onProgress: (f) => postMessage({ progress: f }), shouldCancel: () => cancelled });
 */
export async function runImportJob(job: ImportJob, opts: RunImportOptions = {}): Promise<ImportOutcome> {
  const sliceMs = opts.sliceMs ?? 50;
  const yieldControl = opts.yieldControl ?? defaultYield;
  for (;;) {
    if (opts.shouldCancel?.()) return { ok: false, cancelled: true, problems: [] };
    const until = performance.now() + sliceMs;
    let done = job.step(opts.stepBudget); // at least one step per slice, however short the slice
    while (!done && performance.now() < until) done = job.step(opts.stepBudget);
    opts.onProgress?.(job.progress);
    if (done) return job.result();
    await yieldControl();
  }
}
