import type { CohortMeta } from '../../core/analysis/cohortMeta.ts';
import type { JourneyTable } from '../../core/analysis/journeyIndex.ts';
import { journeyRowsInSlices } from '../../core/analysis/journeyRows.ts';
import type { JourneyRow } from '../../core/analysis/viewModel.ts';
import type { AggregateOverlay } from '../../core/overlay/overlayTypes.ts';
import type { OverlayModel } from '../../core/analysis/viewModel.ts';
import type { Days, Pathway } from '../../core/pathway/types.ts';
import type { Problem } from '../../core/problems.ts';
import type { CohortClient, KeyedPathway, PreviewResult, ProfileChoice } from './cohortClientTypes.ts';
import { CompareController } from './compareController.ts';
import { MAX_FILE_BYTES, readFileBytes } from './fileLimits.ts';
import {
  emptyCohortData,
  type AcceptedSource,
  type AnalysisInput,
  type CohortData,
  type JourneyChoice,
} from './cohortDataTypes.ts';

import { afterPaint } from './afterPaint.ts';
import { Store } from './store.ts';

export type { AnalysisInput, CohortData, JourneyChoice } from './cohortDataTypes.ts';

export { MAX_FILE_BYTES } from './fileLimits.ts';

export const VARIANT_LIMIT = 12;

/** The overlay of an aggregate overlay file: its summary as the analysis would give it, W and H its own. */
function aggregateModel(aggregate: AggregateOverlay): OverlayModel {
  return {
    key: 'aggregate',
    parameters: {
      windowDays: aggregate.parameters.windowDays as Days,
      horizonDays: aggregate.parameters.horizonDays as Days,
    },
    timings: true,
    summary: aggregate.summary,
    leadTimeJourneys: aggregate.cohort.leadTimeJourneys,
    computeMs: 0,
  };
}

/**
 * The page's cohort data: loads files through the worker client, keeps what was loaded until a new file
 * is accepted, asks the worker for what the view shows (`show`, called by `connectExplorer` on every
 * change of the view) and turns its answers into what the components render. One per screen. Stale
 * answers never reach it: the client drops them.
 */
export class CohortController {
  readonly store = new Store<CohortData>(emptyCohortData);
  private idIndex: Map<string, number> | undefined;
  private accepted: ((meta: CohortMeta) => void) | undefined;
  private source: AcceptedSource | null = null;
  /** What the view shows, and what was last asked of the worker for the current cohort (as keys). */
  private wanted: { analysis: AnalysisInput; journey: JourneyChoice } | undefined;
  private askedAnalysis = '';
  private askedJourney = '';
  /** The key of the overlay shown for the current cohort (an equal one is not drawn again). */
  private shownOverlay = '';

  /** The comparison of this cohort (CONTRACT §7), through the same worker. */
  readonly compare: CompareController;

  constructor(
    private pathway: Pathway,
    private readonly client: CohortClient,
  ) {
    this.compare = new CompareController(client);
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
    this.idIndex = undefined;
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
    this.askAgain();
    this.accepted?.(meta);
    this.compare.cohortChanged();
    if (this.wanted) this.show(this.wanted.analysis, this.wanted.journey);
  }

  /** Everything asked and shown before was about another cohort or pathway: ask again for what the view shows. */
  private askAgain(): void {
    this.askedAnalysis = '';
    this.askedJourney = '';
    this.shownOverlay = '';
  }

  /**
   * The pathway was edited: the worker analyses the cohort against it from now on, and the overlay follows
   * (the old one stays on screen until the new one comes, so the map does not flash). The view is kept.
   */
  async setPathway(keyed: KeyedPathway): Promise<void> {
    this.pathway = keyed.pathway;
    const { cohort, left } = await this.client.setPathway(keyed);
    this.idIndex = undefined;
    const leftOut = left.events > 0 ? left : null;
    this.store.set(
      cohort
        ? { meta: cohort.meta, table: cohort.table, list: null, detail: null, leftOut }
        : { meta: null, table: null, overlay: null, list: null, detail: null, leftOut },
    );
    this.askAgain();
    if (this.wanted) this.show(this.wanted.analysis, this.wanted.journey);
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
    this.wanted = { analysis, journey };
    // An aggregate overlay has its numbers already, and no journey to show.
    if (!this.store.get().meta || this.store.get().aggregate) return;
    const analysisKey = JSON.stringify(analysis);
    if (analysisKey !== this.askedAnalysis) {
      this.askedAnalysis = analysisKey;
      this.analyse(analysis);
    }
    const journeyKey = JSON.stringify(journey);
    if (journeyKey !== this.askedJourney) {
      this.askedJourney = journeyKey;
      this.showJourney(journey);
    }
  }

  private analyse(input: AnalysisInput): void {
    // Marks for performance traces (and tests/e2e/perf.spec.ts): request → overlay → list.
    performance.mark('pathway-lens:analyse');
    this.client.analyse(
      { variantLimit: VARIANT_LIMIT, ...input },
      {
        onOverlay: (overlay) => {
          if (this.shownOverlay === overlay.key) return;
          this.shownOverlay = overlay.key;
          performance.measure('pathway-lens:overlay', {
            start: 'pathway-lens:analyse',
            detail: { workerMs: overlay.computeMs },
          });
          this.store.set({ overlay });
        },
        onList: (list, current) => {
          // After the overlay's frame: the map redraws first, the list's rows follow.
          afterPaint(() => {
            const { table } = this.store.get();
            if (!table || !current()) return;
            const started = performance.now();
            const done = (rows: JourneyRow[]) => {
              performance.measure('pathway-lens:rows', {
                start: started,
                detail: { rows: rows.length, workerMs: list.computeMs },
              });
              const { filtered, variants, variantCount } = list;
              this.store.set({ list: { rows, filtered, variants, variantCount } });
            };
            journeyRowsInSlices(this.pathway, table, list, done, () => !current());
          });
        },
        onError: (message) => {
          this.store.set({ error: message.split('\n')[0] ?? message });
        },
      },
    );
  }

  /** The index of a journey id in the loaded cohort, or -1. */
  indexOf(journeyId: string): number {
    const table = this.store.get().table;
    if (!table) return -1;
    this.idIndex ??= new Map(table.ids.map((id, i) => [id, i]));
    return this.idIndex.get(journeyId) ?? -1;
  }

  /** Fetches one journey's detail for the timeline and the map; a journey the cohort lacks (or none) clears it. */
  private showJourney({ journeyId, parameters }: JourneyChoice): void {
    const index = journeyId === null ? -1 : this.indexOf(journeyId);
    // Another journey: the old one's detail goes at once (a new W or H keeps it until the new one comes).
    if (this.store.get().detail && this.store.get().detail?.id !== journeyId)
      this.store.set({ detail: null });
    if (index < 0) return;
    this.client.journey(index, parameters, (detail) => {
      this.store.set({ detail });
    });
  }

  dispose(): void {
    this.client.dispose();
    this.compare.disposed();
    // A new client (after StrictMode's second mount, or a reconnect) is asked again.
    this.askedAnalysis = '';
    this.askedJourney = '';
  }
}
