import type { Pathway } from '../pathway/types.ts';
import { fail, problem, type Problem, type Result } from '../problems.ts';
import { checkAnonymity } from './anonymity.ts';
import { detectFormat } from './detectFormat.ts';
import type { CsvDelimiter } from './detectDelimiter.ts';
import { cohortTarget } from './cohortBuilder.ts';
import { createCsvReader } from './importCsv.ts';
import { createJsonReader } from './importJson.ts';
import { runImportJob, type ImportOutcome, type RunImportOptions } from './importJob.ts';
import { createXesReader } from './importXes.ts';
import type { CohortFormat, ImportJob, ImportOptions, ReadJob, TargetFactory } from './rows.ts';
import type { Cohort } from './types.ts';

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

export interface ImportCohortOptions extends Omit<ImportOptions, 'file' | 'anonymity'> {
  /** Refuse files larger than this many bytes (UTF-8). Default 200 MB. */
  readonly maxBytes?: number | undefined;
  /** The file's size in bytes when known (e.g. `File.size`); otherwise measured from the text. */
  readonly byteLength?: number | undefined;
  /** Skip detection. */
  readonly format?: CohortFormat | undefined;
  /** CSV only: the delimiter (detected when absent). */
  readonly delimiter?: CsvDelimiter | undefined;
  /**
   * The anonymity guard always runs. `in-pass` (default): during validation, each distinct value once.
   * `separate`: validate first, then `checkAnonymity` on the built cohort.
   */
  readonly anonymity?: 'in-pass' | 'separate' | undefined;
}

function utf8Length(text: string): number {
  const first = text.search(/[^\t\n\r\x20-\x7e]/); // native scan: most cohort files are plain ASCII
  if (first < 0) return text.length;
  let n = text.length;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? `${Math.round(mb)} MB` : `${mb.toFixed(1)} MB`;
}

/** A job that does all its work in its first step. */
function oneShot<T>(run: () => Result<T>): ReadJob<T> {
  let outcome: Result<T> | undefined;
  return {
    get progress() {
      return outcome ? 1 : 0;
    },
    step() {
      outcome ??= run();
      return true;
    },
    result() {
      outcome ??= run();
      return outcome;
    },
  };
}

/** Size limit and binary content: the checks before any parsing. */
function precheck(fileName: string, text: string, opts: ImportCohortOptions): Problem | undefined {
  const limit = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes = opts.byteLength;
  if (bytes === undefined) {
    // Characters ≤ bytes ≤ 3 × characters: measure only when it could matter.
    if (text.length > limit) bytes = text.length;
    else if (text.length * 3 > limit) bytes = utf8Length(text);
    else bytes = text.length;
  }
  if (bytes > limit) {
    return problem(
      'PL204',
      `the file is ${formatMb(bytes)}; the limit is ${formatMb(limit)}. Split the cohort or raise the limit (option maxBytes).`,
      { file: fileName },
    );
  }
  const nul = text.indexOf('\u0000');
  const bad = text.indexOf('\uFFFD');
  if (nul >= 0 || bad >= 0) {
    const at = nul >= 0 ? nul : bad;
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
    const why =
      nul >= 0
        ? 'it contains NUL bytes, so it looks binary (a spreadsheet, a compressed file or UTF-16 text?)'
        : 'it is not valid UTF-8 (it contains the replacement character �)';
    return problem('PL203', `the file cannot be read as text: ${why}. Save it as CSV (UTF-8), JSON or XES.`, {
      file: fileName,
      row: line,
    });
  }
  return undefined;
}

/**
 * The reading half of `createImportJob`, for any target: checks size and binary content, detects the
 * format (extension, then content) and runs that format's reader into the target. Discovery reads a log
 * that has no pathway yet through it (src/core/discover), so every format is read by the same code.
 */
export function createReadJob<T>(
  fileName: string,
  text: string,
  target: TargetFactory<T>,
  opts: ImportCohortOptions = {},
): ReadJob<T> {
  const failed = (problems: Problem[]): ReadJob<T> => oneShot(() => fail(problems));
  const pre = precheck(fileName, text, opts);
  if (pre) return failed([pre]);
  let format = opts.format;
  if (!format) {
    const detected = detectFormat(fileName, text);
    if (!detected.ok) return failed(detected.problems);
    format = detected.value;
  }
  const base = { ...opts, file: fileName, anonymity: opts.anonymity !== 'separate' };
  return format === 'csv'
    ? createCsvReader(text, target, base)
    : format === 'json'
      ? createJsonReader(text, target, base)
      : createXesReader(text, target, base);
}

/** Runs a read job to the end in one go. */
export function runReadJob<T>(job: ReadJob<T>): Result<T> {
  while (!job.step(Number.POSITIVE_INFINITY));
  return job.result();
}

/**
 * One entry for every format: checks size and binary content, detects the format (extension, then
 * content), imports, and runs the anonymity guard before the cohort is accepted. Returns a job, so that
 * a worker can run it in slices (`runImportJob`); `importCohort` runs it in one go.
 */
export function createImportJob(
  fileName: string,
  text: string,
  pathway: Pathway,
  opts: ImportCohortOptions = {},
): ImportJob {
  const separate = opts.anonymity === 'separate';
  const inner = createReadJob(fileName, text, cohortTarget(pathway), opts);
  if (!separate) return inner;
  let outcome: Result<Cohort> | undefined;
  return {
    get progress() {
      return outcome ? 1 : inner.progress;
    },
    step(budget) {
      if (outcome) return true;
      if (!inner.step(budget)) return false;
      const r = inner.result();
      if (!r.ok) outcome = r;
      else {
        const problems = checkAnonymity(r.value, { file: fileName, maxProblems: opts.maxProblems });
        outcome = problems.length > 0 ? fail(problems) : r;
      }
      return true;
    },
    result() {
      if (!outcome) throw new Error('ImportJob.result() called before the job finished');
      return outcome;
    },
  };
}

/** Imports a cohort file of any format in one go (see `createImportJob`). Never throws for bad input. */
export function importCohort(
  fileName: string,
  text: string,
  pathway: Pathway,
  opts: ImportCohortOptions = {},
): Result<Cohort> {
  return runReadJob(createImportJob(fileName, text, pathway, opts));
}

/** `importCohort` in time slices with progress and cancellation, for a Web Worker (see `runImportJob`). */
export function importCohortAsync(
  fileName: string,
  text: string,
  pathway: Pathway,
  opts: ImportCohortOptions & RunImportOptions = {},
): Promise<ImportOutcome> {
  return runImportJob(createImportJob(fileName, text, pathway, opts), opts);
}
