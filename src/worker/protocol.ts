/**
 * The messages between the page and the cohort worker, and nothing else: what they carry is defined in
 * `src/core/analysis` (the page and the worker share those types, not this file's). The worker holds the
 * pathway and the loaded cohort; the page sends requests and receives plain data (and typed arrays,
 * transferred, not copied) that it only renders. Every request carries an id; the worker answers with
 * the same id, so the page's client can ignore an answer that a newer request has made stale.
 */
import type { CohortMeta } from '../core/analysis/cohortMeta.ts';
import type { JourneyTable } from '../core/analysis/journeyIndex.ts';
import type { RuleParameters } from '../core/analysis/parameters.ts';
import type { ViewRequest } from '../core/analysis/viewAnalyser.ts';
import type { JourneyDetail, JourneyListModel, OverlayModel } from '../core/analysis/viewModel.ts';
import type { Pathway } from '../core/pathway/types.ts';
import type { Problem } from '../core/problems.ts';

// ---------------------------------------------------------------- page → worker

export interface InitRequest {
  readonly type: 'init';
  readonly pathway: Pathway;
}

export interface LoadRequest {
  readonly type: 'load';
  readonly id: number;
  readonly fileName: string;
  /** The file's text, or its bytes (UTF-8; transferred). */
  readonly data: string | ArrayBuffer;
  /** Mark the cohort synthetic (the shipped cohorts). */
  readonly synthetic: boolean;
}

export interface CancelRequest {
  readonly type: 'cancel';
  /** The id of the load to cancel. */
  readonly id: number;
}

export interface AnalyseRequest extends ViewRequest {
  readonly type: 'analyse';
  readonly id: number;
  /** The cohort the request was made for (see `CohortMeta.generation`); another one is answered as stale. */
  readonly generation: number;
}

export interface JourneyRequest {
  readonly type: 'journey';
  readonly id: number;
  readonly generation: number;
  readonly index: number;
  readonly parameters: RuleParameters;
}

export type ToWorker = InitRequest | LoadRequest | CancelRequest | AnalyseRequest | JourneyRequest;

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
  | {
      readonly type: 'loadFailed';
      readonly id: number;
      readonly problems: readonly Problem[];
      readonly cancelled: boolean;
    }
  | {
      readonly type: 'overlay';
      readonly id: number;
      readonly generation: number;
      readonly overlay: OverlayModel;
    }
  | {
      readonly type: 'list';
      readonly id: number;
      readonly generation: number;
      readonly list: JourneyListModel;
    }
  | {
      readonly type: 'journey';
      readonly id: number;
      readonly generation: number;
      readonly detail: JourneyDetail | null;
    }
  /** A request about a cohort that is no longer loaded. */
  | { readonly type: 'stale'; readonly id: number }
  /** An unexpected error (a bug): the message, for the console and an error line on screen. */
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

/** The buffers of a message to transfer rather than copy. */
export function transferablesOf(message: FromWorker): Transferable[] {
  if (message.type === 'list')
    return [message.list.indices.buffer, message.list.missedCount.buffer] as ArrayBuffer[];
  if (message.type === 'loaded') {
    const t = message.table;
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
