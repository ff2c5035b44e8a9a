import type { Problem, Result } from '../problems.ts';
import type { CohortBuilder } from './cohortBuilder.ts';
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
 * What a reader writes to: the validator (`CohortBuilder`), or an adapter in front of it that reads the
 * rows as an import profile says (src/core/profile). Readers stay single: they only know this.
 */
export interface CohortSink extends RowSink {
  /** Records a problem the reader found (counted against maxProblems). */
  addProblem(p: Problem): void;
  /** Records a problem that ends the import (e.g. unreadable input). */
  addFatal(p: Problem): void;
  finish(): Result<Cohort>;
}

/**
 * Puts an adapter between a reader and the validator: `wrap` is given the validator (built with
 * `buildOptions`) and returns the sink the reader writes to. An import without an adapter pays nothing.
 */
export interface RowAdapter {
  readonly buildOptions?: {
    readonly columnLabels?: Readonly<Record<string, string>>;
    readonly profiled?: boolean;
  };
  wrap(builder: CohortBuilder): CohortSink;
}

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
  /** Read the rows through an adapter (an import profile); see RowAdapter. */
  readonly adapter?: RowAdapter | undefined;
}

/**
 * An import that can be run a slice at a time, so that a Web Worker can post progress between slices
 * and notice a cancel message. `importCsv`/`importJson`/`importXes`/`importCohort` run one to the end.
 */
export interface ImportJob {
  /** Does one slice of work (about `budget` characters or elements; a sensible default). Returns true when finished. */
  step(budget?: number): boolean;
  /** Fraction done, 0..1. */
  readonly progress: number;
  /** The outcome. Only valid once `step` has returned true. */
  result(): Result<Cohort>;
}

/** Column names are matched case-insensitively and trimmed (CONTRACT §2). */
export function normalizeColumnName(name: string): string {
  return name.trim().toLowerCase();
}
