import type { Problem, Result } from '../problems.ts';
import type { Cohort } from './types.ts';

/**
 * The shared row model between the readers (CSV, JSON, XES) and the one validator (`buildCohort`).
 *
 * A reader turns its input into rows of cells keyed by column name. For small inputs and tests a row is a
 * plain object (`RawRow`); for large inputs the reader streams rows into a `RowSink` as arrays of cells
 * aligned with the column list, reusing one array, so that a million rows cost no per-row objects.
 */
export type CohortFormat = Cohort['format'];

/** One source row: its number (CSV: header = row 1; JSON: index + 2; XES: line of the <event>) and its cells. */
export interface RawRow {
  readonly row: number;
  /** Keyed by column name; names are normalised with `normalizeColumnName`. */
  readonly fields: Readonly<Record<string, string>>;
}

/** Where a streaming reader writes rows. `CohortBuilder` is one. */
export interface RowSink {
  /**
   * The columns, normalised, in file order. Call once, before any row. Returns false when rows are
   * pointless (e.g. a required column is missing). `names` are the same columns as the file writes them
   * (for messages and previews that show the user's own names).
   */
  begin(columns: readonly string[], headerRow?: number, names?: readonly string[]): boolean;
  /** One row: `cells[i]` is the value of column i (missing = empty). Only the first `count` cells are read. */
  push(row: number, cells: ArrayLike<string | undefined>, count?: number): void;
  /** True once no further row can change the outcome (a fatal problem, or the problem cap reached). */
  readonly stopped: boolean;
}

/**
 * What a reader writes into: a row sink that also takes the reader's own problems (bad XML, an unclosed
 * quote) and gives the outcome. `CohortBuilder` is the one that validates against a pathway; discovery
 * (src/core/discover) reads a log with no pathway yet through another, so the readers exist once.
 */
export interface RowTarget<T> extends RowSink {
  addProblem(p: Problem): void;
  /** A problem after which no row can be read (the reader stops). */
  addFatal(p: Problem): void;
  /** The outcome, once the reader has pushed every row. */
  finish(): Result<T>;
  /**
   * ≥ 0 when the value names a service. The XES reader asks this of an event's `concept:name` when the
   * event has no `service` attribute.
   */
  resolveService(value: string): number;
  /** Why a value is not a service, for the reader's own message. */
  serviceMessage(value: string): string;
}

/** How a reader describes the target it needs, once it knows the format and about how many rows. */
export interface TargetOptions extends ImportOptions {
  readonly format: CohortFormat;
  /** How problems name a column when the source calls it otherwise (XES: `date` → `time:timestamp`). */
  readonly columnLabels?: Readonly<Record<string, string>> | undefined;
  /** Expected number of rows, to size the arrays up front (a guess is fine). */
  readonly expectedRows?: number | undefined;
  /** Rows come through an import profile (the validator's problems then speak of values it does not map). */
  readonly profiled?: boolean | undefined;
}

/** Makes the target a reader writes into (a reader may make more than one and keep the last). */
export type TargetFactory<T> = (opts: TargetOptions) => RowTarget<T>;

/** A source of rows for `buildCohort`: a list of plain rows, or a streaming reader that feeds a sink. */
export type RowSource =
  | readonly RawRow[]
  | {
      /** The columns (normalised), in file order. */
      readonly columns: readonly string[];
      readonly headerRow?: number;
      feed(sink: RowSink): void;
    };

/** Options shared by every importer. */
export interface ImportOptions {
  /** The file name as the user knows it; problems name it. */
  readonly file?: string | undefined;
  /** Stop listing problems after this many (then one PL205). Default 100. */
  readonly maxProblems?: number | undefined;
  /** Mark the cohort as synthetic (in addition to a `synthetic` column saying true/yes on every row). */
  readonly synthetic?: boolean | undefined;
  /**
   * Scan for identifying data in the same pass (default true). Turn off only when the caller runs
   * `checkAnonymity` itself (importCohort's `anonymity: 'separate'`), or in tests of the validator alone.
   */
  readonly anonymity?: boolean | undefined;
  /**
   * XES: hand the target every event as a plain row — trace attributes as `case:<key>` columns, as PM4Py
   * names them, event attributes by key — instead of mapping events onto §2 (xesToRows). What an import
   * profile and a preview read, so that one profile reads a log's CSV and XES alike.
   */
  readonly flatXes?: boolean | undefined;
}

/**
 * A read that can be run a slice at a time, so that a Web Worker can post progress between slices
 * and notice a cancel message. `importCsv`/`importJson`/`importXes`/`importCohort` run one to the end.
 */
export interface ReadJob<T> {
  /** Does one slice of work (about `budget` characters or elements; a sensible default). Returns true when finished. */
  step(budget?: number): boolean;
  /** Fraction done, 0..1. */
  readonly progress: number;
  /** The outcome. Only valid once `step` has returned true. */
  result(): Result<T>;
}

/** A read into a cohort validated against a pathway. */
export type ImportJob = ReadJob<Cohort>;

/** Column names are matched case-insensitively and trimmed (CONTRACT §2). */
export function normalizeColumnName(name: string): string {
  return name.trim().toLowerCase();
}
