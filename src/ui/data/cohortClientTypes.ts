import type { CohortMeta } from '../../core/analysis/cohortMeta.ts';
import type { JourneyTable } from '../../core/analysis/journeyIndex.ts';
import type { RuleParameters } from '../../core/analysis/parameters.ts';
import type { ViewRequest } from '../../core/analysis/viewAnalyser.ts';
import type { JourneyDetail, JourneyListModel, OverlayModel } from '../../core/analysis/viewModel.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import type { CohortComparison, CompareRequest } from '../../core/compare/compareCohort.ts';
import type { AggregateOverlay } from '../../core/overlay/overlayTypes.ts';
import type { Problem, Result } from '../../core/problems.ts';
import type { ExportPreview } from '../../core/profile/preview/previewExport.ts';
import type { ImportProfile } from '../../core/profile/profileSchema.ts';
// The client's types speak the worker's protocol (WorkerLike), so this file may import it too.
import type { FromWorker, LeftOut, ToWorker } from '../../worker/protocol.ts';

/** The part of a Worker the client uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

export type LoadResult =
  | {
      readonly ok: true;
      readonly meta: CohortMeta;
      /** The journeys' table; null for an aggregate overlay, which has none. */
      readonly table: JourneyTable | null;
      /** Set when the file was an aggregate overlay (CONTRACT §8) rather than a cohort. */
      readonly aggregate?: AggregateOverlay | undefined;
      readonly ms: number;
    }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly cancelled: boolean };

export type PreviewResult =
  | { readonly ok: true; readonly preview: ExportPreview }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** An import profile and the name of its file (problems about the profile name it). */
export interface ProfileChoice {
  readonly profile: ImportProfile;
  readonly file?: string | undefined;
}

/** The answer to `setPathway`: the cohort analysed against the edited pathway (null: no cohort), and what it leaves out. */
export interface RepathwayResult {
  readonly cohort: { readonly meta: CohortMeta; readonly table: JourneyTable } | null;
  readonly left: LeftOut;
}

/** The answer to `discover`: a draft pathway and the log loaded as its cohort, or the log's problems. */
export type DiscoverResult =
  | {
      readonly ok: true;
      readonly pathway: Pathway;
      readonly notes: readonly string[];
      readonly meta: CohortMeta;
      readonly table: JourneyTable;
    }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly cancelled: boolean };

/** A pathway as the editor keeps it: with a key per service and concern (`EditDraft`). */
export interface KeyedPathway {
  readonly pathway: Pathway;
  readonly serviceKeys: readonly string[];
  readonly concernKeys: readonly string[];
}

/** Called with the answers to the newest analyse request only. */
export interface AnalyseHandlers {
  readonly onOverlay: (overlay: OverlayModel) => void;
  /** `current()` stays true until a newer request or cohort makes the list stale (for work in slices). */
  readonly onList: (list: JourneyListModel, current: () => boolean) => void;
  readonly onError?: (message: string) => void;
}

/** The page's one connection to the cohort worker. */
export interface CohortClient {
  /** Loads a file; `onProgress` gets the fraction done. Resolves when the worker accepted or refused it. */
  load(
    fileName: string,
    data: string | ArrayBuffer,
    options: {
      synthetic: boolean;
      onProgress?: (fraction: number) => void;
      /** Read the file through an import profile (CONTRACT §5). */
      profile?: ProfileChoice | undefined;
    },
  ): Promise<LoadResult>;
  /** A first look at an export for the mapping dialog (columns, first rows, distinct values). */
  preview(fileName: string, data: string | ArrayBuffer): Promise<PreviewResult>;
  /** Cancels the load in progress, if any (its promise resolves as cancelled). */
  cancel(): void;
  /** Analyses the loaded cohort; only the newest request's answers reach the handlers. */
  analyse(request: ViewRequest, handlers: AnalyseHandlers): void;
  /**
   * One journey's detail (null for an index the cohort does not have); `onDetail` is called only when
   * no newer journey request or cohort made it stale.
   */
  journey(index: number, parameters: RuleParameters, onDetail: (detail: JourneyDetail | null) => void): void;
  /**
   * Analyse the cohort against an edited pathway from now on. Resolves with the answer to the newest
   * such request only (an older one never resolves); analyses asked before it are stale.
   */
  setPathway(keyed: KeyedPathway): Promise<RepathwayResult>;
  /** "Start from data": discovers a draft pathway from a log and loads the log as its cohort. */
  discover(
    fileName: string,
    data: string | ArrayBuffer,
    profile?: { text: string; fileName: string },
  ): Promise<DiscoverResult>;
  /** Loads a second cohort to compare with; `meta` when accepted (the first cohort stays either way). */
  loadSecond(fileName: string, data: string | ArrayBuffer): Promise<LoadResult>;
  /** Compares (CONTRACT §7); only the newest request's answer reaches `onResult`. */
  compare(request: CompareRequest, onResult: (result: Result<CohortComparison>) => void): void;
  dispose(): void;
}
