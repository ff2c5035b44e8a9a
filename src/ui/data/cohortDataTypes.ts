import type { CohortMeta } from '../../core/analysis/cohortMeta.ts';
import type { JourneyFilter } from '../../core/analysis/journeyMask.ts';
import type { JourneyFocus } from '../../core/analysis/journeyFocus.ts';
import type { JourneyTable } from '../../core/analysis/journeyIndex.ts';
import type { Variant } from '../../core/analysis/journeyVariants.ts';
import type { RuleParameters } from '../../core/analysis/parameters.ts';
import type { JourneyDetail, JourneyRow, OverlayModel } from '../../core/analysis/viewModel.ts';
import type { AggregateOverlay } from '../../core/overlay/overlayTypes.ts';
import type { Problem } from '../../core/problems.ts';
import type { ProfileChoice } from './cohortClientTypes.ts';

/**
 * What the explorer knows of the loaded cohort: everything the worker sent, and the state of a load.
 * Derived from the file and the view, never chosen by the user, so it lives in the controller's store
 * (`CohortController.store`, read with `useCohortData`), not in the view actor.
 */
export interface CohortData {
  readonly meta: CohortMeta | null;
  readonly table: JourneyTable | null;
  /**
   * Set when the file open is an aggregate overlay (CONTRACT §8): its numbers, and no journey. The
   * overlay below is then its summary, with its own W and H.
   */
  readonly aggregate: AggregateOverlay | null;
  readonly loading: LoadingState | null;
  readonly refused: RefusedFile | null;
  /** A load the user cancelled (a short note; what was loaded stays). */
  readonly cancelled: string | null;
  readonly overlay: OverlayModel | null;
  readonly list: JourneyListView | null;
  /** The selected journey's detail (null while none is selected, or while it is fetched). */
  readonly detail: JourneyDetail | null;
  /** An unexpected failure of the worker (a bug), shown as a line rather than swallowed. */
  readonly error: string | null;
  /** What of the cohort the edited pathway leaves out (events at services removed in the editor). */
  readonly leftOut: { readonly events: number; readonly journeys: number } | null;
}

export interface LoadingState {
  readonly fileName: string;
  /** 0..1, or null while the file is being read. */
  readonly fraction: number | null;
}

/** A file the importer refused, with its problems (file, row, column, message). */
export interface RefusedFile {
  readonly fileName: string;
  readonly problems: readonly Problem[];
  /** The user's file, so that the mapping dialog can be offered for it. */
  readonly file?: File | undefined;
  /** The import profile it was read through, if any. */
  readonly profile?: ProfileChoice | undefined;
}

export interface JourneyListView {
  readonly rows: readonly JourneyRow[];
  /** Journeys that pass the filters (the list may show fewer: focus, selected service). */
  readonly filtered: number;
  readonly variants: readonly Variant[];
  readonly variantCount: number;
}

export const emptyCohortData: CohortData = {
  meta: null,
  table: null,
  aggregate: null,
  loading: null,
  refused: null,
  cancelled: null,
  overlay: null,
  list: null,
  detail: null,
  error: null,
  leftOut: null,
};

/** What the explorer asks the worker to analyse: the view's filters and parameters (`analysisRequestOf`). */
export interface AnalysisInput {
  readonly parameters: RuleParameters;
  readonly filter: JourneyFilter;
  readonly focus: JourneyFocus | null;
  readonly throughService: string | null;
  readonly timings: boolean;
}

/** The journey the explorer shows in detail, if any (`journeyRequestOf`). */
export interface JourneyChoice {
  readonly journeyId: string | null;
  readonly parameters: RuleParameters;
}

/** The original file of an accepted cohort. */
export interface AcceptedSource {
  readonly fileName: string;
  readonly synthetic: boolean;
  readonly text: () => Promise<string>;
}
