import { problem, type Problem } from '../problems.ts';

/** The one PL205: the list was cut at `max` problems. */
export function capProblem(max: number, file: string | undefined): Problem {
  return problem('PL205', `stopped after ${max} problems; fix these and import again to see any others.`, {
    file,
  });
}

/**
 * The problems of one import, capped: at most `max` are listed, then one PL205 says that the list was cut.
 * Every reader and the validator collect through one of these, so the cap reads the same everywhere.
 */
export class ProblemList {
  readonly items: Problem[] = [];
  private cut = false;

  constructor(
    readonly file: string | undefined,
    readonly max: number,
  ) {}

  /** True once the cap was reached (the PL205 is in the list). */
  get full(): boolean {
    return this.cut;
  }

  get length(): number {
    return this.items.length;
  }

  /**
   * Adds a problem (naming the file when it does not). Returns false when the list is full: the problem
   * was not added, and the PL205 was added instead on the first such call.
   */
  add(p: Problem): boolean {
    if (this.cut) return false;
    if (this.items.length >= this.max) {
      this.cut = true;
      this.items.push(capProblem(this.max, this.file));
      return false;
    }
    this.items.push(p.file === undefined && this.file !== undefined ? { ...p, file: this.file } : p);
    return true;
  }

  /**
   * This list with `more` problems (found at the end, e.g. grouped by value) merged in by row (problems
   * of the whole file first), cut again at the cap.
   */
  merged(more: readonly Problem[]): Problem[] {
    if (more.length === 0) return this.items;
    const listed = this.items.filter((p) => p.code !== 'PL205');
    const all = [...listed, ...more].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return capProblems(all, this.max, this.file);
  }

  /** Adds a problem past the cap: for the one fatal problem that ends a read. */
  force(p: Problem): void {
    this.items.push(p);
  }
}

/** Cuts a finished list of problems to `max`, then one PL205 (the same cap as `ProblemList`). */
export function capProblems(found: readonly Problem[], max: number, file: string | undefined): Problem[] {
  if (found.length <= max) return [...found];
  return [...found.slice(0, max), capProblem(max, file)];
}
