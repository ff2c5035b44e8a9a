import Papa from 'papaparse';
import type { Pathway } from '../pathway/types.ts';
import { problem, type Result } from '../problems.ts';
import { cohortTarget } from './cohortBuilder.ts';
import { detectDelimiter, type CsvDelimiter } from './detectDelimiter.ts';
import {
  normalizeColumnName,
  type ImportJob,
  type ImportOptions,
  type ReadJob,
  type TargetFactory,
} from './rows.ts';
import type { Cohort } from './types.ts';

export interface CsvImportOptions extends ImportOptions {
  /** Comma, semicolon or tab; detected from the header line when absent. */
  readonly delimiter?: CsvDelimiter | undefined;
}

/**
 * Default slice of work for one `step()`: characters of CSV. Each resume makes Papa Parse start afresh on
 * the rest of the text (it guesses the line ends again from the next megabyte), so slices are not too small.
 */
const SLICE_CHARS = 1 << 21;

function isBlank(cells: readonly string[], count: number): boolean {
  const first = cells[0];
  if (first !== undefined && first.length > 0 && first.charCodeAt(0) > 32) return false; // the usual case
  for (let i = 0; i < count; i++) if ((cells[i] ?? '').trim() !== '') return false;
  return true;
}

function bomOffset(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

function unclosedProblem(file: string | undefined, row: number) {
  return problem(
    'PL203',
    `a quoted cell that starts in this row is never closed; add the missing closing quote (") — the rest of the file was read as part of that cell.`,
    { file, row },
  );
}

function malformedProblem(file: string | undefined, row: number) {
  return problem(
    'PL202',
    'a quoted cell has text after its closing quote (e.g. "a"b); quote the whole cell and double any quote inside it ("").',
    { file, row },
  );
}

/**
 * A file whose lines end both in CRLF and in LF (a Windows export edited elsewhere) with its CRLFs made
 * LF. Papa Parse takes the line end of the first lines for the whole file, so a mixed file would otherwise
 * read as a few very long rows. Files with one kind of line end are returned as they are.
 */
function uniformLineEnds(text: string): string {
  if (text.indexOf('\r\n') < 0) return text;
  return /(?:^|[^\r])\n/.test(text) ? text.replace(/\r\n/g, '\n') : text;
}

/** Separators that CSV exports use but this importer does not (comma, semicolon and tab are read). */
const FOREIGN_SEPARATORS = ['|', '^', '~', ':', ' '] as const;
const REQUIRED_NAMES = new Set(['journey_id', 'service', 'activity']);

/**
 * A header read as one single column that splits into required column names on another separator
 * (e.g. `journey_id|date|service|activity`): one clear problem that names the separator, rather than
 * four "column is missing" problems that leave the user guessing.
 */
function foreignSeparatorProblem(cells: readonly string[], file: string | undefined, row: number) {
  if (cells.length !== 1) return undefined;
  const only = cells[0] ?? '';
  if (REQUIRED_NAMES.has(normalizeColumnName(only))) return undefined;
  for (const sep of FOREIGN_SEPARATORS) {
    const parts = only.split(sep).map(normalizeColumnName);
    if (parts.length < 2 || !parts.some((p) => REQUIRED_NAMES.has(p))) continue;
    const shown = only.length > 60 ? `${only.slice(0, 57)}…` : only;
    const name = sep === ' ' ? 'spaces' : `"${sep}"`;
    return problem(
      'PL203',
      `the header ${JSON.stringify(shown)} is one column whose names are separated by ${name}; columns must be separated by commas, semicolons or tabs. Save the file as CSV (comma-separated) and import it again.`,
      { file, row },
    );
  }
  return undefined;
}

/**
 * Starts a CSV import that runs a slice at a time (see `ImportJob`): UTF-8 text with or without BOM,
 * comma/semicolon/tab (detected from the header), header names matched case-insensitively and trimmed.
 *
 * Parsing is Papa Parse's streaming chunk mode: the text is read `budget` characters at a time (the
 * first `step`'s budget), records that straddle two chunks included, and the parser is paused after each
 * chunk so a Web Worker can post progress and notice a cancel between slices. Row numbers count
 * records, blank lines included, the header being row 1: the row a spreadsheet shows.
 */
export function createCsvImport(text: string, pathway: Pathway, opts: CsvImportOptions = {}): ImportJob {
  return createCsvReader(text, cohortTarget(pathway), opts);
}

/** The CSV reader of `createCsvImport`, writing its rows into any target (see `RowTarget`). */
export function createCsvReader<T>(
  text: string,
  target: TargetFactory<T>,
  opts: CsvImportOptions = {},
): ReadJob<T> {
  const start = bomOffset(text);
  const body = uniformLineEnds(start ? text.slice(start) : text);
  const delimiter = opts.delimiter ?? detectDelimiter(body);
  const file = opts.file;
  const sink = target({ ...opts, format: 'csv', expectedRows: Math.ceil(body.length / 48) + 16 });
  const total = Math.max(1, body.length);
  let parser: Papa.Parser | undefined;
  let started = false;
  let done = false;
  let paused = false;
  /**
   * Characters read so far, and where the current slice must pause. After a resume, Papa Parse counts its
   * cursor from the point where it paused, so the absolute position is `base + meta.cursor`.
   */
  let base = 0;
  let cursor = 0;
  let pauseAt = Number.POSITIVE_INFINITY;
  let row = 0;
  let header = true;
  let outcome: Result<T> | undefined;

  /** Handles one record; returns false when reading must stop. */
  const record = (cells: string[], errors: readonly Papa.ParseError[]): boolean => {
    row++;
    for (const err of errors) {
      if (err.code === 'MissingQuotes') {
        sink.addFatal(unclosedProblem(file, row));
        return false;
      }
      if (err.code === 'InvalidQuotes') sink.addProblem(malformedProblem(file, row));
    }
    if (isBlank(cells, cells.length)) return true;
    if (header) {
      header = false;
      const foreign = foreignSeparatorProblem(cells, file, row);
      if (foreign) {
        sink.addFatal(foreign);
        return false;
      }
      return sink.begin(cells.map(normalizeColumnName), row, cells);
    }
    sink.push(row, cells, cells.length);
    return !sink.stopped;
  };

  return {
    get progress() {
      return done ? 1 : Math.min(0.999, cursor / total);
    },
    step(budget = SLICE_CHARS) {
      if (!done) {
        // Papa Parse's step mode, one record at a time, leaves the least garbage behind and is about
        // 3× faster than its chunk mode on a million rows. A sliced run (a Web Worker) pauses the parser
        // once a slice's characters are read; the next `step` resumes it. Papa Parse's "fast mode" (used
        // when a file has no quotes) splits the whole text into lines first; its quote-aware scanner is
        // about 40% faster on a million rows, so it is always used.
        pauseAt = Number.isFinite(budget)
          ? cursor + Math.max(256, Math.floor(budget))
          : Number.POSITIVE_INFINITY;
        if (!started) {
          started = true;
          Papa.parse<string[]>(body, {
            delimiter,
            header: false,
            skipEmptyLines: false,
            fastMode: false,
            step: (results, p) => {
              parser = p;
              cursor = base + results.meta.cursor;
              if (!record(results.data, results.errors)) {
                done = true;
                p.abort();
              } else if (cursor >= pauseAt) {
                paused = true;
                base = cursor;
                p.pause();
              }
            },
            complete: () => {
              if (!paused) done = true;
            },
          });
        } else if (parser && paused) {
          paused = false;
          parser.resume();
        }
        // Text with no records never reaches `step`, and a parser that did not pause has finished.
        if (!parser || !paused) done = true;
      }
      if (done) outcome ??= sink.finish();
      return done;
    },
    result() {
      if (!outcome) throw new Error('ImportJob.result() called before the job finished');
      return outcome;
    },
  };
}

/** Imports a CSV cohort (CONTRACT §2) in one go. See `createCsvImport` for a sliced, cancellable run. */
export function importCsv(text: string, pathway: Pathway, opts: CsvImportOptions = {}): Result<Cohort> {
  const job = createCsvImport(text, pathway, opts);
  while (!job.step(Number.POSITIVE_INFINITY));
  return job.result();
}
