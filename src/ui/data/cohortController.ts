import type { JourneyFilter } from '../../core/analysis/journeyMask.ts';
import type { Variant } from '../../core/analysis/journeyVariants.ts';
import type { CohortMeta } from '../../core/analysis/cohortMeta.ts';
import type { JourneyFocus } from '../../core/analysis/journeyFocus.ts';
import type { JourneyTable } from '../../core/analysis/journeyIndex.ts';
import type { RuleParameters } from '../../core/analysis/parameters.ts';
import type { JourneyDetail, JourneyRow, OverlayModel } from '../../core/analysis/viewModel.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import type { Problem } from '../../core/problems.ts';
import type { CohortClient } from './cohortClient.ts';
import { journeyRowsInSlices } from './journeyRows.ts';
import { Store } from './store.ts';

/** The importer's default size limit (`DEFAULT_MAX_BYTES` of the core), checked before a file is read into memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export interface LoadingState {
  readonly fileName: string;
  /** 0..1, or null while the file is being read. */
  readonly fraction: number | null;
}

/** A file the importer refused, with its problems (file, row, column, message). */
export interface RefusedFile {
  readonly fileName: string;
  readonly problems: readonly Problem[];
}

export interface JourneyListView {
  readonly rows: readonly JourneyRow[];
  /** Journeys that pass the filters (the list may show fewer: focus, selected service). */
  readonly filtered: number;
  readonly variants: readonly Variant[];
  readonly variantCount: number;
}

export interface CohortData {
  readonly meta: CohortMeta | null;
  readonly table: JourneyTable | null;
  readonly loading: LoadingState | null;
  readonly refused: RefusedFile | null;
  /** A load the user cancelled (a short note; what was loaded stays). */
  readonly cancelled: string | null;
  readonly overlay: OverlayModel | null;
  readonly list: JourneyListView | null;
  readonly detail: JourneyDetail | null;
  /** An unexpected failure of the worker (a bug), shown as a line rather than swallowed. */
  readonly error: string | null;
}

export const emptyCohortData: CohortData = {
  meta: null,
  table: null,
  loading: null,
  refused: null,
  cancelled: null,
  overlay: null,
  list: null,
  detail: null,
  error: null,
};

/** What the page asks the worker to analyse: the view's filters and parameters. */
export interface AnalyseInput {
  readonly parameters: RuleParameters;
  readonly filter: JourneyFilter;
  readonly focus: JourneyFocus | null;
  readonly throughService: string | null;
  readonly timings: boolean;
}

export const VARIANT_LIMIT = 12;

/** The original file of an accepted cohort. */
export interface AcceptedSource {
  readonly fileName: string;
  readonly synthetic: boolean;
  readonly text: () => Promise<string>;
}

/** Runs `task` after the next frame is painted (a timeout queued from an animation frame). */
function afterPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'undefined') {
    setTimeout(task, 0);
    return;
  }
  requestAnimationFrame(() => {
    setTimeout(task, 0);
  });
}

/**
 * The page's cohort data: loads files through the worker client, keeps what was loaded until a new file
 * is accepted, and turns the worker's answers into what the components render. One per screen.
 */
export class CohortController {
  readonly store = new Store<CohortData>(emptyCohortData);
  private idIndex: Map<string, number> | undefined;
  private accepted: ((meta: CohortMeta) => void) | undefined;
  private journeySeq = 0;
  private analyseSeq = 0;
  private source: AcceptedSource | null = null;

  constructor(
    private readonly pathway: Pathway,
    private readonly client: CohortClient,
  ) {}

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

  /** Loads a user's file. Its bytes go to the worker without being decoded on this thread. */
  async loadFile(file: File): Promise<boolean> {
    if (file.size > MAX_FILE_BYTES) {
      const mb = (n: number) => `${String(Math.round(n / (1024 * 1024)))} MB`;
      this.store.set({
        refused: {
          fileName: file.name,
          problems: [
            {
              code: 'PL204',
              file: file.name,
              message: `the file is ${mb(file.size)}; the limit is ${mb(MAX_FILE_BYTES)}. Split the cohort into smaller files.`,
            },
          ],
        },
      });
      return false;
    }
    this.store.set({ loading: { fileName: file.name, fraction: null }, cancelled: null });
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch (error) {
      this.store.set({
        loading: null,
        refused: {
          fileName: file.name,
          problems: [
            { code: 'PL203', file: file.name, message: `the file could not be read (${String(error)}).` },
          ],
        },
      });
      return false;
    }
    return this.load(file.name, bytes, false, file);
  }

  private async load(
    fileName: string,
    data: string | ArrayBuffer,
    synthetic: boolean,
    source: string | Blob,
  ): Promise<boolean> {
    this.store.set({ loading: { fileName, fraction: 0 }, cancelled: null });
    const result = await this.client.load(fileName, data, {
      synthetic,
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
        this.store.set({ loading: null, refused: { fileName, problems: result.problems } });
      }
      return false;
    }
    this.idIndex = undefined;
    // The bytes went to the worker; the text is read again from the file only if the user keeps it.
    this.source = {
      fileName,
      synthetic,
      text: () => (typeof source === 'string' ? Promise.resolve(source) : source.text()),
    };
    this.store.set({
      loading: null,
      refused: null,
      meta: result.meta,
      table: result.table,
      detail: null,
      error: null,
    });
    this.accepted?.(result.meta);
    return true;
  }

  cancel(): void {
    this.client.cancel();
  }

  dismissRefusal(): void {
    this.store.set({ refused: null, cancelled: null });
  }

  /** Asks for the overlay and the list of the current cohort; answers to older requests are dropped by the client. */
  analyse(input: AnalyseInput): void {
    const meta = this.store.get().meta;
    if (!meta) return;
    const generation = meta.generation;
    // Marks for performance traces (and tests/e2e/perf.spec.ts): request → overlay → list.
    performance.mark('pathway-lens:analyse');
    const seq = ++this.analyseSeq;
    this.client.analyse(
      { generation, variantLimit: VARIANT_LIMIT, ...input },
      {
        onOverlay: (overlay, g) => {
          if (g !== this.store.get().meta?.generation) return;
          if (this.store.get().overlay?.key === overlay.key) return;
          performance.measure('pathway-lens:overlay', {
            start: 'pathway-lens:analyse',
            detail: { workerMs: overlay.computeMs },
          });
          this.store.set({ overlay });
        },
        onList: (list, g) => {
          // After the overlay's frame: the map redraws first, the list's rows follow.
          afterPaint(() => {
            const { meta: current, table } = this.store.get();
            const stale = () => g !== this.store.get().meta?.generation || this.analyseSeq !== seq;
            if (g !== current?.generation || !table || stale()) return;
            const started = performance.now();
            journeyRowsInSlices(
              this.pathway,
              table,
              list,
              (rows) => {
                performance.measure('pathway-lens:rows', {
                  start: started,
                  detail: { rows: rows.length, workerMs: list.computeMs },
                });
                this.store.set({
                  list: {
                    rows,
                    filtered: list.filtered,
                    variants: list.variants,
                    variantCount: list.variantCount,
                  },
                });
              },
              stale,
            );
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

  /** Fetches one journey's detail for the timeline and the map; null clears it. */
  async showJourney(journeyId: string | null, parameters: RuleParameters): Promise<void> {
    const seq = ++this.journeySeq;
    const meta = this.store.get().meta;
    const index = journeyId === null || !meta ? -1 : this.indexOf(journeyId);
    if (index < 0 || !meta) {
      if (this.store.get().detail !== null) this.store.set({ detail: null });
      return;
    }
    const detail = await this.client.journey(meta.generation, index, parameters);
    // A newer request (or a cleared selection) wins; null means superseded or the cohort changed.
    if (seq !== this.journeySeq || this.store.get().meta?.generation !== meta.generation) return;
    this.store.set({ detail });
  }

  dispose(): void {
    this.client.dispose();
  }
}
