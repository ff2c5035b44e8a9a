import { trimCell } from '../../cohort/cellValues.ts';
import type { RowTarget } from '../../cohort/rows.ts';
import { fail, ok, type Problem, type Result } from '../../problems.ts';

/** A distinct value of a column: how many rows have it, and the first. */
export interface ValueCount {
  readonly value: string;
  count: number;
  readonly firstRow: number;
}

/** What the preview counted of one column. */
export interface ColumnCount {
  readonly name: string;
  filled: number;
  readonly values: Map<string, ValueCount>;
  /** False once the column had more distinct values than are counted. */
  complete: boolean;
}

export interface PreviewLimits {
  /** Rows kept to show. Default 20. */
  readonly rows?: number | undefined;
  /** Distinct values counted per column (then only those already seen are counted). Default 10,000. */
  readonly distinct?: number | undefined;
}

/** How many rows may come before the header (a title row, a blank row). */
const HEADER_SEARCH_ROWS = 10;

/**
 * A reader's sink for the mapping dialog's preview: it takes the rows of any format as the readers give
 * them, finds the header (the first row with at least half as many named cells as the widest of the
 * first rows, so that a title row above it is skipped), keeps the first rows to show, and counts every
 * column's distinct values in one pass. It validates nothing: the import does that.
 */
export class PreviewSink implements RowTarget<PreviewSink> {
  readonly problems: Problem[] = [];
  fatal = false;
  header: { readonly row: number; readonly names: readonly string[] } | undefined;
  columns: ColumnCount[] = [];
  readonly rows: { row: number; cells: string[] }[] = [];
  rowCount = 0;
  private readonly waiting: { row: number; cells: string[] }[] = [];
  private readonly keepRows: number;
  private readonly maxDistinct: number;

  constructor(limits: PreviewLimits = {}) {
    this.keepRows = limits.rows ?? 20;
    this.maxDistinct = limits.distinct ?? 10_000;
  }

  get stopped(): boolean {
    return this.fatal;
  }

  addProblem(p: Problem): void {
    if (this.problems.length < 20) this.problems.push(p);
  }

  addFatal(p: Problem): void {
    this.problems.push(p);
    this.fatal = true;
  }

  begin(_columns: readonly string[], headerRow = 1, names: readonly string[] = _columns): boolean {
    this.waiting.push({ row: headerRow, cells: [...names] });
    return true;
  }

  push(row: number, cells: ArrayLike<string | undefined>, count = cells.length): void {
    if (this.header) {
      this.count(row, cells, count);
      return;
    }
    this.waiting.push({ row, cells: Array.from({ length: count }, (_, i) => cells[i] ?? '') });
    if (this.waiting.length >= HEADER_SEARCH_ROWS) this.settle();
  }

  /** Picks the header among the rows read so far and counts the rows after it. */
  private settle(): void {
    if (this.header || this.waiting.length === 0) return;
    const named = (cells: readonly string[]) => cells.filter((c) => c.trim() !== '').length;
    const widest = Math.max(...this.waiting.map((r) => named(r.cells)));
    const at = Math.max(
      0,
      this.waiting.findIndex((r) => named(r.cells) >= Math.max(1, Math.ceil(widest / 2))),
    );
    const head = this.waiting[at] ?? { row: 1, cells: [] };
    this.header = { row: head.row, names: head.cells.map((c) => c.trim()) };
    this.columns = this.header.names.map((name) => ({ name, filled: 0, values: new Map(), complete: true }));
    for (const r of this.waiting.slice(at + 1)) this.count(r.row, r.cells, r.cells.length);
    this.waiting.length = 0;
  }

  /**
   * Counts one row. A column with more distinct values than are counted (time stamps, ids) stops being
   * counted by value: its counts could only be partial, and a million Map lookups would be wasted.
   */
  private count(row: number, cells: ArrayLike<string | undefined>, n: number): void {
    this.rowCount++;
    if (this.rows.length < this.keepRows)
      this.rows.push({ row, cells: Array.from({ length: n }, (_, i) => cells[i] ?? '') });
    const cols = this.columns;
    for (let i = 0; i < cols.length; i++) {
      const col = cols[i];
      if (!col) continue;
      const v = trimCell(cells[i]);
      if (v === '') continue;
      col.filled++;
      if (!col.complete) continue;
      const seen = col.values.get(v);
      if (seen) seen.count++;
      else if (col.values.size < this.maxDistinct) col.values.set(v, { value: v, count: 1, firstRow: row });
      else col.complete = false;
    }
  }

  /** Itself, with what it counted; the problems when the file could not be read at all. */
  finish(): Result<PreviewSink> {
    this.settle();
    return this.fatal || !this.header ? fail(this.problems) : ok(this);
  }

  /** A preview checks no value against a pathway. */
  resolveService(): number {
    return -1;
  }

  serviceMessage(value: string): string {
    return `${JSON.stringify(value)} is not read as a service in a preview.`;
  }
}
