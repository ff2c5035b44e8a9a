import { journeyRowsInSlices } from '../../core/analysis/journeyRows.ts';
import type { JourneyRow } from '../../core/analysis/viewModel.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { afterPaint } from './afterPaint.ts';
import type { CohortClient } from './cohortClientTypes.ts';
import type { AnalysisInput, CohortData, JourneyChoice } from './cohortDataTypes.ts';
import type { Store } from './store.ts';

export const VARIANT_LIMIT = 12;

/**
 * What the cohort controller asks the worker for the view: the overlay and list of an analysis, and the
 * selected journey's detail, each asked again only when it differs from what was last asked (or when the
 * cohort or pathway changed), with the answers put in the store.
 */
export class ViewRequests {
  private idIndex: Map<string, number> | undefined;
  /** What the view shows, and what was last asked of the worker for the current cohort (as keys). */
  private wanted: { analysis: AnalysisInput; journey: JourneyChoice } | undefined;
  private askedAnalysis = '';
  private askedJourney = '';
  /** The key of the overlay shown for the current cohort (an equal one is not drawn again). */
  private shownOverlay = '';

  constructor(
    private readonly store: Store<CohortData>,
    private readonly client: CohortClient,
    /** The pathway the journeys' rows are named from (the newest one sent to the worker). */
    private readonly pathway: () => Pathway,
  ) {}

  /** Another cohort or pathway: the journeys' indexes by id are built again when next needed. */
  forgetIds(): void {
    this.idIndex = undefined;
  }

  /** Everything asked and shown before was about another cohort or pathway: ask again for what the view shows. */
  askAgain(): void {
    this.askedAnalysis = '';
    this.askedJourney = '';
    this.shownOverlay = '';
  }

  /** Asks again for what the view last wanted, if it wanted anything yet. */
  showAgain(): void {
    if (this.wanted) this.show(this.wanted.analysis, this.wanted.journey);
  }

  /** A new client (after StrictMode's second mount, or a reconnect) is asked again. */
  disposed(): void {
    this.askedAnalysis = '';
    this.askedJourney = '';
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
            journeyRowsInSlices(this.pathway(), table, list, done, () => !current());
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
}
