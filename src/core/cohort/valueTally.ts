/** One distinct value seen in bad rows: how many rows, and the first. */
export interface TalliedValue {
  readonly value: string;
  count: number;
  readonly first: number;
}

/**
 * The rows that share a problem, counted by distinct value, so that one mistake is one message however
 * many rows repeat it (a file of 15,000 rows with one unknown service gives one line, not 15,000). At most
 * `maxValues` distinct values are kept; rows with further values are only counted.
 */
export class ValueTally {
  private readonly byValue = new Map<string, TalliedValue>();
  /** Rows noted. */
  rows = 0;
  /** Rows whose value was not kept (past `maxValues`). */
  private untracked = 0;
  private untrackedValues = new Set<string>();
  /** Distinct values counted elsewhere (by a database) past those kept. */
  private moreDistinct = 0;

  constructor(private readonly maxValues = 1000) {}

  note(value: string, row: number): void {
    this.rows++;
    const t = this.byValue.get(value);
    if (t) {
      t.count++;
      return;
    }
    if (this.byValue.size >= this.maxValues) {
      this.untracked++;
      if (this.untrackedValues.size < 100_000) this.untrackedValues.add(value);
      return;
    }
    this.byValue.set(value, { value, count: 1, first: row });
  }

  /**
   * `count` rows of one value, the first at row `first`, counted elsewhere (a database's GROUP BY); given in
   * order of first row, they are kept as `note` would keep them.
   */
  noteGroup(value: string, count: number, first: number): void {
    this.rows += count;
    if (this.byValue.size >= this.maxValues) {
      this.untracked += count;
      this.moreDistinct++;
      return;
    }
    this.byValue.set(value, { value, count, first });
  }

  /** Rows of further values counted elsewhere but not listed (`distinct` values in `rows` rows). */
  noteMore(distinct: number, rows: number): void {
    this.rows += rows;
    this.untracked += rows;
    this.moreDistinct += distinct;
  }

  get empty(): boolean {
    return this.rows === 0;
  }

  /** Distinct values (those past the cap counted up to 100,000). */
  get distinct(): number {
    return this.byValue.size + this.untrackedValues.size + this.moreDistinct;
  }

  /** The kept values, in order of their first row. */
  values(): TalliedValue[] {
    return [...this.byValue.values()].sort((a, b) => a.first - b.first);
  }

  /** The first row noted. */
  get firstRow(): number {
    let first = Number.POSITIVE_INFINITY;
    for (const t of this.byValue.values()) first = Math.min(first, t.first);
    return first;
  }
}
