import { problem, type Problem, type ProblemCode } from '../problems.ts';
import { identifierProblem, identifyingColumnProblem } from './anonymity.ts';
import { findIdentifier } from './identifiers.ts';
import { identifyingColumnReason } from './identifyingColumns.ts';
import { ProblemList } from './problemList.ts';

/**
 * The validator's problems: the capped list, the file they name, how a column is named to the user (a
 * reader may call `date` `time:timestamp`), whether the import has failed for good, and the anonymity
 * guard's checks of cells and column names (when `scan` is on).
 */
export class CohortProblems extends ProblemList {
  private failed = false;

  constructor(
    file: string | undefined,
    max: number,
    private readonly labels: Readonly<Record<string, string>>,
    readonly scan: boolean,
  ) {
    super(file, max);
  }

  /** True once more rows cannot change the outcome (a fatal problem, or the cap reached). */
  get stopped(): boolean {
    return this.failed || this.full;
  }

  /** Marks the import as failed for good; rows are ignored from now on. */
  fail(p?: Problem): void {
    if (p) this.add(p);
    this.failed = true;
  }

  label(column: string): string {
    return this.labels[column] ?? column;
  }

  report(code: ProblemCode, message: string, row: number | undefined, column?: string): void {
    this.add(problem(code, message, { file: this.file, row, column: column && this.label(column) }));
  }

  /** The anonymity guard on one cell value (callers scan each distinct value once). */
  scanCell(value: string, row: number, column: string): void {
    if (!this.scan) return;
    const hit = findIdentifier(value);
    if (hit) this.add(identifierProblem(hit, { file: this.file, row, column: this.label(column) }));
  }

  /** The anonymity guard on an attribute column's name. */
  scanColumnName(name: string, row: number): void {
    if (!this.scan) return;
    const reason = identifyingColumnReason(name);
    if (reason) this.add(identifyingColumnProblem(this.label(name), reason, { file: this.file, row }));
  }
}
