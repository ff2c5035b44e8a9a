/**
 * The messages between the page and the cohort worker, and nothing else: what they carry is defined in
 * `src/core/analysis` (the page and the worker share those types, not this file's). The worker holds the
 * pathway and the loaded cohort; the page sends requests and receives plain data (and typed arrays,
 * transferred, not copied) that it only renders. Every request carries an id; the worker answers with
 * the same id, so the page's client can ignore an answer that a newer request or cohort made stale.
 */
import type { CohortMeta } from '../core/analysis/cohortMeta.ts';
import type { JourneyTable } from '../core/analysis/journeyIndex.ts';
import type { RuleParameters } from '../core/analysis/parameters.ts';
import type { ViewRequest } from '../core/analysis/viewAnalyser.ts';
import type { CohortComparison, CompareRequest } from '../core/compare/compareCohort.ts';
import type { AggregateOverlay } from '../core/overlay/overlayTypes.ts';
import type { JourneyDetail, JourneyListModel, OverlayModel } from '../core/analysis/viewModel.ts';
import type { Pathway } from '../core/pathway/types.ts';
import type { Problem, Result } from '../core/problems.ts';
import type { ExportPreview } from '../core/profile/preview/previewExport.ts';
import type { ImportProfile } from '../core/profile/profileSchema.ts';

// ---------------------------------------------------------------- page → worker

export interface InitRequest {
  readonly type: 'init';
  readonly pathway: Pathway;
  /** The editor's keys of its services and concerns (`PathwayRequest`); their ids when absent. */
  readonly serviceKeys?: readonly string[] | undefined;
  readonly concernKeys?: readonly string[] | undefined;
}

export interface LoadRequest {
  readonly type: 'load';
  readonly id: number;
  readonly fileName: string;
  /** The file's text, or its bytes (UTF-8; transferred). */
  readonly data: string | ArrayBuffer;
  /** Mark the cohort synthetic (the shipped cohorts). */
  readonly synthetic: boolean;
  /** Read the file through this import profile (CONTRACT §5), named by its file in problems. */
  readonly profile?: { readonly profile: ImportProfile; readonly file?: string | undefined } | undefined;
}

/** A first look at an export for the mapping dialog: columns, first rows, distinct values (no pathway check). */
export interface PreviewRequest {
  readonly type: 'preview';
  readonly id: number;
  readonly fileName: string;
  /** The file's text, or its bytes (transferred). */
  readonly data: string | ArrayBuffer;
}

export interface CancelRequest {
  readonly type: 'cancel';
  /** The id of the load to cancel. */
  readonly id: number;
}

/** About the cohort the worker holds when it comes to the request (the client drops answers made stale). */
export interface AnalyseRequest extends ViewRequest {
  readonly type: 'analyse';
  readonly id: number;
}

export interface JourneyRequest {
  readonly type: 'journey';
  readonly id: number;
  readonly index: number;
  readonly parameters: RuleParameters;
}

/**
 * The pathway was edited: analyse the loaded cohort against this one from now on. `serviceKeys` and
 * `concernKeys` name each entry by the key the editor keeps for it (its id before any edit), so the
 * cohort's events stay at a renamed or moved service; an event at a removed service is left out.
 */
export interface PathwayRequest {
  readonly type: 'pathway';
  readonly id: number;
  readonly pathway: Pathway;
  readonly serviceKeys: readonly string[];
  readonly concernKeys: readonly string[];
}

/** "Start from data": discover a draft pathway from a log (through an import profile when given) and load the log as its cohort. */
export interface DiscoverRequest {
  readonly type: 'discover';
  readonly id: number;
  readonly fileName: string;
  readonly data: string | ArrayBuffer;
  readonly profile?: { readonly text: string; readonly fileName: string } | undefined;
}

/** Loads a second cohort to compare the first with (it does not replace the first). */
export interface LoadSecondRequest {
  readonly type: 'loadSecond';
  readonly id: number;
  readonly fileName: string;
  readonly data: string | ArrayBuffer;
}

/** Compares groups of the loaded cohort, or the cohort with the second one (CONTRACT §7). */
export interface CompareMessage extends CompareRequest {
  readonly type: 'compare';
  readonly id: number;
}

export type ToWorker =
  | InitRequest
  | LoadRequest
  | CancelRequest
  | AnalyseRequest
  | JourneyRequest
  | PathwayRequest
  | DiscoverRequest
  | LoadSecondRequest
  | CompareMessage
  | PreviewRequest;

// ---------------------------------------------------------------- worker → page

export type FromWorker =
  | { readonly type: 'progress'; readonly id: number; readonly fraction: number }
  | {
      readonly type: 'loaded';
      readonly id: number;
      readonly meta: CohortMeta;
      readonly table: JourneyTable;
      readonly ms: number;
    }
  /** An aggregate overlay (CONTRACT §8) was accepted in place of a cohort: numbers, no journeys. */
  | {
      readonly type: 'aggregateLoaded';
      readonly id: number;
      readonly meta: CohortMeta;
      readonly overlay: AggregateOverlay;
    }
  | { readonly type: 'secondLoaded'; readonly id: number; readonly meta: CohortMeta }
  | {
      readonly type: 'comparison';
      readonly id: number;
      readonly result: Result<CohortComparison>;
    }
  | {
      readonly type: 'loadFailed';
      readonly id: number;
      readonly problems: readonly Problem[];
      readonly cancelled: boolean;
    }
  | {
      readonly type: 'overlay';
      readonly id: number;
      readonly overlay: OverlayModel;
    }
  | {
      readonly type: 'list';
      readonly id: number;
      readonly list: JourneyListModel;
    }
  | {
      readonly type: 'journey';
      readonly id: number;
      readonly detail: JourneyDetail | null;
    }
  | { readonly type: 'previewed'; readonly id: number; readonly preview: ExportPreview }
  | { readonly type: 'previewFailed'; readonly id: number; readonly problems: readonly Problem[] }
  /** The cohort analysed against an edited pathway (`PathwayRequest`); null meta when no cohort is loaded. */
  | {
      readonly type: 'repathwayed';
      readonly id: number;
      readonly cohort: { readonly meta: CohortMeta; readonly table: JourneyTable } | null;
      readonly left: LeftOut;
    }
  /** A draft pathway discovered from a log, with the log loaded as its cohort. */
  | {
      readonly type: 'discovered';
      readonly id: number;
      readonly pathway: Pathway;
      readonly notes: readonly string[];
      readonly meta: CohortMeta;
      readonly table: JourneyTable;
      readonly ms: number;
    }
  /** A request that came before any cohort was loaded. */
  | { readonly type: 'stale'; readonly id: number }
  /** An unexpected error (a bug): the message, for the console and an error line on screen. */
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

/** What of the loaded cohort an edited pathway leaves out (events at removed services). */
export interface LeftOut {
  readonly events: number;
  readonly journeys: number;
}

/** The buffers of a message to transfer rather than copy. */
export function transferablesOf(message: FromWorker): Transferable[] {
  if (message.type === 'list')
    return [message.list.indices.buffer, message.list.missedCount.buffer] as ArrayBuffer[];
  const table =
    message.type === 'loaded' || message.type === 'discovered'
      ? message.table
      : message.type === 'repathwayed'
        ? message.cohort?.table
        : undefined;
  if (table) {
    const t = table;
    return [
      t.events,
      t.reachedCrisis,
      t.leadTime,
      t.offPathway,
      t.concernBits,
      ...t.attributes.map((a) => a.codes),
    ].map((a) => a.buffer as ArrayBuffer);
  }
  return [];
}
