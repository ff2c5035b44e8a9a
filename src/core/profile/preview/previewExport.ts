import { detectFormat } from '../../cohort/detectFormat.ts';
import { createReadJob } from '../../cohort/importCohort.ts';
import type { CohortFormat } from '../../cohort/rows.ts';
import { fail, ok, type Problem, type Result } from '../../problems.ts';
import type { ProfileRole } from '../profileSchema.ts';
import { guessTimeFormats } from './guessTimeFormats.ts';
import { PreviewSink, type PreviewLimits, type ValueCount } from './previewSink.ts';
import { suggestRoles, type SuggestedRole } from './suggestRoles.ts';

/** One column of an export as the mapping dialog shows it. */
export interface ColumnPreview {
  /** The name as the file writes it. */
  readonly name: string;
  readonly index: number;
  /** Rows with a value in this column. */
  readonly filled: number;
  /** Distinct values counted (all of them when `complete`). */
  readonly distinct: number;
  readonly complete: boolean;
  /** The most frequent values first (at most `values` of the limits), each with its count and first row. */
  readonly values: readonly ValueCount[];
  /** The role its name or values suggest (`flag`: a true/false column, for concernColumns). */
  readonly role?: SuggestedRole | undefined;
  /** Time formats that read every sampled value, best first (empty: none does). */
  readonly timeFormats: readonly string[];
}

/** A first look at an export, for the mapping dialog (CONTRACT §5): no validation, one pass. */
export interface ExportPreview {
  readonly file: string;
  readonly format: CohortFormat;
  /** The row of the header (below a title row or a blank row when there is one). */
  readonly headerRow: number;
  readonly columns: readonly ColumnPreview[];
  /** The first rows after the header, as the file writes them. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly string[] }[];
  /** Rows after the header (blank rows not counted). */
  readonly rowCount: number;
  /** The column suggested for each role, by name. */
  readonly suggested: Readonly<Partial<Record<ProfileRole | 'concerns', string>>>;
  /** Columns that look like true/false flags (concernColumns candidates). */
  readonly flags: readonly string[];
  /** The file has the §2 columns already: it reads without a profile. */
  readonly isCohort: boolean;
  /** Problems the reader met that did not stop it (e.g. a malformed quote). */
  readonly problems: readonly Problem[];
}

export interface PreviewOptions extends PreviewLimits {
  /** Values kept per column, most frequent first. Default 500. */
  readonly values?: number | undefined;
}

const SAMPLE = 200;
const COHORT_COLUMNS = ['journey_id', 'service', 'activity'];

function preview(file: string, format: CohortFormat, sink: PreviewSink, opts: PreviewOptions): ExportPreview {
  const most = opts.values ?? 500;
  const cols = sink.columns;
  const samples = cols.map((c) => [...c.values.keys()].slice(0, SAMPLE));
  const roles = suggestRoles(
    cols.map((c) => c.name),
    samples,
  );
  const columns: ColumnPreview[] = cols.map((c, index) => {
    const role = roles[index];
    const datey = role === 'time' || role === 'start' || role === undefined;
    return {
      name: c.name,
      index,
      filled: c.filled,
      distinct: c.values.size,
      complete: c.complete,
      values: [...c.values.values()]
        .sort((a, b) => b.count - a.count || a.firstRow - b.firstRow)
        .slice(0, most),
      role,
      timeFormats: datey ? guessTimeFormats(samples[index] ?? []) : [],
    };
  });
  const suggested: Partial<Record<ProfileRole | 'concerns', string>> = {};
  for (const c of columns) if (c.role && c.role !== 'flag') suggested[c.role] = c.name;
  const lower = columns.map((c) => c.name.toLowerCase());
  return {
    file,
    format,
    headerRow: sink.header?.row ?? 1,
    columns,
    rows: sink.rows,
    rowCount: sink.rowCount,
    suggested,
    flags: columns.filter((c) => c.role === 'flag').map((c) => c.name),
    isCohort:
      COHORT_COLUMNS.every((n) => lower.includes(n)) && (lower.includes('date') || lower.includes('day')),
    problems: sink.problems,
  };
}

/** A preview job, sliced like an import (a worker posts progress between slices). */
export interface PreviewJob {
  step(budget?: number): boolean;
  readonly progress: number;
  result(): Result<ExportPreview>;
}

/**
 * Starts a preview of an export of any format: the same checks and readers as an import (size, binary
 * content, encoding, delimiter; an XES log as plain rows), rows counted by a PreviewSink instead of
 * validated. Nothing is checked against a pathway.
 */
export function createPreviewJob(fileName: string, text: string, opts: PreviewOptions = {}): PreviewJob {
  const sink = new PreviewSink(opts);
  const job = createReadJob(fileName, text, () => sink, { anonymity: 'separate', flatXes: true });
  const detected = detectFormat(fileName, text);
  const format = detected.ok ? detected.value : 'csv';
  let outcome: Result<ExportPreview> | undefined;
  return {
    get progress() {
      return job.progress;
    },
    step(budget) {
      if (outcome) return true;
      if (!job.step(budget)) return false;
      const r = job.result();
      outcome = r.ok ? ok(preview(fileName, format, r.value, opts)) : fail(r.problems);
      return true;
    },
    result() {
      if (!outcome) throw new Error('PreviewJob.result() called before the job finished');
      return outcome;
    },
  };
}

/** A preview of an export in one go (see createPreviewJob). Never throws for bad input. */
export function previewExport(
  fileName: string,
  text: string,
  opts: PreviewOptions = {},
): Result<ExportPreview> {
  const job = createPreviewJob(fileName, text, opts);
  while (!job.step(Number.POSITIVE_INFINITY));
  return job.result();
}
