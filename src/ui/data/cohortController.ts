import type { CohortMeta } from '../../core/analysis/cohortMeta.ts';
import type { JourneyTable } from '../../core/analysis/journeyIndex.ts';
import type { AggregateOverlay } from '../../core/overlay/overlayTypes.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import type { Problem } from '../../core/problems.ts';
import type { CohortClient, KeyedPathway, PreviewResult, ProfileChoice } from './cohortClientTypes.ts';
import { aggregateModel } from './aggregateModel.ts';
import { CompareController } from './compareController.ts';
import { MAX_FILE_BYTES, readFileBytes } from './fileLimits.ts';
import {
  emptyCohortData,
  type AcceptedSource,
  type AnalysisInput,
  type CohortData,
  type JourneyChoice,
} from './cohortDataTypes.ts';
import { Store } from './store.ts';
import { ViewRequests } from './viewRequests.ts';

export type { AnalysisInput, CohortData, JourneyChoice } from './cohortDataTypes.ts';

export { MAX_FILE_BYTES } from './fileLimits.ts';

export { VARIANT_LIMIT } from './viewRequests.ts';

/**
 * The page's cohort data: loads files through the worker client, keeps what was loaded until a new file
 * is accepted, asks the worker for what the view shows (`show`, called by `connectExplorer` on every
 * change of the view) and turns its answers into what the components render. One per screen. Stale
 * answers never reach it: the client drops them.
 */
export class CohortController {
  readonly store = new Store<CohortData>(emptyCohortData);
  private accepted: ((meta: CohortMeta) => void) | undefined;
  private source: AcceptedSource | null = null;
  /** What the view asks of the worker (`show`), and its answers. */
  private readonly view: ViewRequests;

  /** The comparison of this cohort (CONTRACT §7), through the same worker. */
  readonly compare: CompareController;

  constructor(
    private pathway: Pathway,
    private readonly client: CohortClient,
  ) {
    this.compare = new CompareController(client);
    this.view = new ViewRequests(this.store, client, () => this.pathway);
  }

  /** Called with each accepted cohort (the screen resets its filters for it). */
  onAccepted(listener: (meta: CohortMeta) => void): void {
    this.accepted = listener;
  }

  /** Loads text (the shipped cohort, a test): the same path as a user's file. */
  async loadText(fileName: string, text: string, synthetic: boolean): Promise<boolean> {
    return this.load(fileName, text, synthetic, text);
  }

  /** The accepted cohort's original file (to keep it on this device), or null. */
  acceptedSource(): AcceptedSource | null {
    return this.source;
  }

  /**
   * Loads a user's file, through an import profile when given (CONTRACT §5). Its bytes go to the worker
   * without being decoded on this thread. A refused file is kept with its problems, so that the mapping
   * dialog can be offered for it.
   */
  async loadFile(file: File, profile?: ProfileChoice): Promise<boolean> {
    if (file.size <= MAX_FILE_BYTES)
      this.store.set({ loading: { fileName: file.name, fraction: null }, cancelled: null });
    const read = await readFileBytes(file);
    if (!read.ok) {
      this.store.set({ loading: null, refused: { fileName: file.name, problems: read.problems } });
      return false;
    }
    return this.load(file.name, read.bytes, false, file, profile);
  }

  /** A first look at a user's export for the mapping dialog, read in the worker. */
  async previewFile(file: File): Promise<PreviewResult> {
    const read = await readFileBytes(file);
    return read.ok ? this.client.preview(file.name, read.bytes) : { ok: false, problems: read.problems };
  }

  private async load(
    fileName: string,
    data: string | ArrayBuffer,
    synthetic: boolean,
    source: string | Blob,
    profile?: ProfileChoice,
  ): Promise<boolean> {
    this.store.set({ loading: { fileName, fraction: 0 }, cancelled: null });
    const result = await this.client.load(fileName, data, {
      synthetic,
      profile,
      onProgress: (fraction) => {
        this.store.set({ loading: { fileName, fraction } });
      },
    });
    if (!result.ok) {
      // The previous cohort stays: only the loading state and the refusal change.
      if (result.cancelled) {
        if (this.store.get().loading?.fileName === fileName)
          this.store.set({ loading: null, cancelled: fileName });
      } else {
        const file = source instanceof File ? source : undefined;
        this.store.set({ loading: null, refused: { fileName, problems: result.problems, file, profile } });
      }
      return false;
    }
    this.accept(fileName, synthetic, source, result.meta, result.table, result.aggregate ?? null);
    return true;
  }

  /** A cohort the worker accepted becomes the one shown; the view is asked for again. */
  private accept(
    fileName: string,
    synthetic: boolean,
    source: string | Blob,
    meta: CohortMeta,
    table: JourneyTable | null,
    aggregate: AggregateOverlay | null = null,
  ): void {
    this.view.forgetIds();
    // The bytes went to the worker; the text is read again from the file only if the user keeps it.
    this.source = {
      fileName,
      synthetic,
      text: () => (typeof source === 'string' ? Promise.resolve(source) : source.text()),
    };
    // What was shown of the previous cohort goes with it: its numbers never stand beside the new one's.
    // An aggregate overlay's numbers are the overlay itself: nothing to ask the worker.
    this.store.set({
      loading: null,
      refused: null,
      meta,
      table,
      aggregate,
      overlay: aggregate ? aggregateModel(aggregate) : null,
      list: null,
      detail: null,
      error: null,
      leftOut: null,
    });
    this.view.askAgain();
    this.accepted?.(meta);
    this.compare.cohortChanged();
    this.view.showAgain();
  }

  /**
   * The pathway was edited: the worker analyses the cohort against it from now on, and the overlay follows
   * (the old one stays on screen until the new one comes, so the map does not flash). The view is kept.
   */
  async setPathway(keyed: KeyedPathway): Promise<void> {
    this.pathway = keyed.pathway;
    const { cohort, left } = await this.client.setPathway(keyed);
    this.view.forgetIds();
    const leftOut = left.events > 0 ? left : null;
    this.store.set(
      cohort
        ? { meta: cohort.meta, table: cohort.table, list: null, detail: null, leftOut }
        : { meta: null, table: null, overlay: null, list: null, detail: null, leftOut },
    );
    this.view.askAgain();
    this.view.showAgain();
  }

  /** "Start from data" (see `discoverDraft`): the discovered log becomes the cohort of its draft pathway. */
  acceptDraft(file: File, pathway: Pathway, meta: CohortMeta, table: JourneyTable): void {
    this.pathway = pathway;
    this.accept(file.name, false, file, meta, table);
  }

  /** What the store shows while a log is read, or when it was refused (what was loaded stays). */
  showLoad(fileName: string, outcome: 'reading' | 'cancelled' | readonly Problem[]): void {
    if (outcome === 'reading') this.store.set({ loading: { fileName, fraction: null }, cancelled: null });
    else if (outcome === 'cancelled') this.store.set({ loading: null });
    else this.store.set({ loading: null, refused: { fileName, problems: outcome } });
  }

  /** The pathway's names changed, not what the analysis rests on: the page's rows use the new names. */
  relabel(pathway: Pathway): void {
    this.pathway = pathway;
  }

  /** The pathway the cohort is analysed against (the newest one sent to the worker). */
  get analysedPathway(): Pathway {
    return this.pathway;
  }

  /** The worker client (for `discoverDraft`). */
  get worker(): CohortClient {
    return this.client;
  }

  cancel(): void {
    this.client.cancel();
  }

  dismissRefusal(): void {
    this.store.set({ refused: null, cancelled: null });
  }

  /**
   * What the view shows: asks the worker for the overlay and list, and for the selected journey, when
   * they differ from what was last asked (or when a new cohort was accepted).
   */
  show(analysis: AnalysisInput, journey: JourneyChoice): void {
    this.view.show(analysis, journey);
  }

  /** The index of a journey id in the loaded cohort, or -1. */
  indexOf(journeyId: string): number {
    return this.view.indexOf(journeyId);
  }

  dispose(): void {
    this.client.dispose();
    this.compare.disposed();
    this.view.disposed();
  }
}
