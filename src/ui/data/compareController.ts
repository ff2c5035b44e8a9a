import type { CohortMeta } from '../../core/analysis/cohortMeta.ts';
import type { CohortComparison, CompareRequest } from '../../core/compare/compareCohort.ts';
import type { Problem } from '../../core/problems.ts';
import type { CohortClient } from './cohortClientTypes.ts';
import { readFileBytes } from './fileLimits.ts';
import { Store } from './store.ts';

/**
 * What the explorer knows of a comparison (CONTRACT §7): the last comparison the worker made, why the
 * last one asked for was refused, and the second file. A refusal never clears the comparison on screen:
 * the screen keeps it and says why the new one could not be made.
 */
export interface CompareData {
  /** The comparison shown (of the current cohort), or null before the first one. */
  readonly result: CohortComparison | null;
  /** Why the newest comparison asked for could not be made (null when it was). */
  readonly refused: readonly Problem[] | null;
  /** A comparison is being computed. */
  readonly pending: boolean;
  /** The second cohort the worker holds, to compare the first with. */
  readonly second: CohortMeta | null;
  /** A second file being read (its name). */
  readonly secondLoading: string | null;
  /** Why the last second file was refused (the one before stays). */
  readonly secondRefused: { readonly fileName: string; readonly problems: readonly Problem[] } | null;
}

export const emptyCompareData: CompareData = {
  result: null,
  refused: null,
  pending: false,
  second: null,
  secondLoading: null,
  secondRefused: null,
};

/**
 * The explorer's comparison: asks the worker (through the page's one client) for the comparison the view
 * names, only when the request changed, and loads the second file. One per cohort controller, which tells
 * it when a new cohort was accepted (the old comparison is then of another cohort, and goes).
 */
export class CompareController {
  readonly store = new Store<CompareData>(emptyCompareData);
  private wanted: CompareRequest | null = null;
  private asked = '';
  private hasCohort = false;

  constructor(private readonly client: CohortClient) {}

  /** What the view compares (null: not comparing). Asks again only when it changed. */
  show(request: CompareRequest | null): void {
    this.wanted = request;
    if (!request || !this.hasCohort) {
      if (!request && this.store.get().pending) this.store.set({ pending: false });
      if (!request) this.asked = '';
      return;
    }
    const key = JSON.stringify(request);
    if (key === this.asked) return;
    this.asked = key;
    this.store.set({ pending: true });
    this.client.compare(request, (result) => {
      if (result.ok) this.store.set({ result: result.value, refused: null, pending: false });
      else this.store.set({ refused: result.problems, pending: false });
    });
  }

  /** A new cohort (or overlay) was accepted: what was compared is gone with the old one. */
  cohortChanged(): void {
    this.hasCohort = true;
    this.asked = '';
    this.store.set({ result: null, refused: null, pending: false });
    this.show(this.wanted);
  }

  /** Loads a second cohort file; true when the worker accepted it (it then replaces the previous one). */
  async loadSecond(file: File): Promise<boolean> {
    const refuse = (problems: readonly Problem[]) => {
      this.store.set({ secondLoading: null, secondRefused: { fileName: file.name, problems } });
      return false;
    };
    this.store.set({ secondLoading: file.name, secondRefused: null });
    const read = await readFileBytes(file);
    if (!read.ok) return refuse(read.problems);
    const result = await this.client.loadSecond(file.name, read.bytes);
    if (!result.ok) {
      if (result.cancelled) {
        this.store.set({ secondLoading: null });
        return false;
      }
      return refuse(result.problems);
    }
    this.store.set({ second: result.meta, secondLoading: null, secondRefused: null });
    // The comparison with a file is of the new file now: ask again.
    this.asked = '';
    this.show(this.wanted);
    return true;
  }

  dismissSecondRefusal(): void {
    this.store.set({ secondRefused: null });
  }

  /** The worker was stopped: a new one is asked again. */
  disposed(): void {
    this.asked = '';
  }
}
