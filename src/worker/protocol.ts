/**
 * The messages between the page and the cohort worker. The worker holds the pathway and the loaded
 * cohort; the page sends requests and receives plain data (and typed arrays, transferred, not copied)
 * that it only renders. Every request carries an id; the worker answers with the same id, so the page
 * can ignore an answer that a newer request has made stale.
 */
import type { JourneyFilter } from '../core/analysis/journeyMask.ts';
import type { Variant } from '../core/analysis/journeyVariants.ts';
import type { CohortSummary } from '../core/analysis/summariseAnalysis.ts';
import type { JourneyDetail } from '../core/analysis/viewModel.ts';
import type { Cohort } from '../core/cohort/types.ts';
import type { Pathway } from '../core/pathway/types.ts';
import type { Problem } from '../core/problems.ts';

/** W and H of the missed early-intervention rule, in days. */
export interface ParametersMessage {
  readonly windowDays: number;
  readonly horizonDays: number;
}

/**
 * What narrows the journey list beyond the filters, without changing the overlay: the journeys behind a
 * number of the summary panel, or behind a variant. Plain data, so it fits in the URL.
 */
export type JourneyFocus =
  | { readonly kind: 'crisis'; readonly reached: boolean }
  /** Journeys with at least one missed early-intervention point. */
  | { readonly kind: 'missed' }
  | { readonly kind: 'missedAt'; readonly service: string }
  | { readonly kind: 'missedByAgency'; readonly agency: string }
  /** Journeys with a lead time (first concern, then crisis): the ones behind the median. */
  | { readonly kind: 'leadTime' }
  /** Journeys with a referral to a service with a time target; `met` narrows to those met / not met. */
  | { readonly kind: 'target'; readonly service: string; readonly met: boolean | null }
  /** Journeys whose route (consecutive repeats folded) is exactly these services. */
  | { readonly kind: 'variant'; readonly services: readonly string[] };

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

export interface AnalyseRequest {
  readonly type: 'analyse';
  readonly id: number;
  /** The cohort the request was made for (see `CohortMeta.generation`); another one is answered as stale. */
  readonly generation: number;
  readonly parameters: ParametersMessage;
  /** Narrows the overlay, the summary and the list. */
  readonly filter: JourneyFilter;
  /** Narrows the list only. */
  readonly focus: JourneyFocus | null;
  /** Narrows the list only: journeys that passed through this service (the selected one). */
  readonly throughService: string | null;
  /** Compute medians of moves and waits (the "time" view). */
  readonly timings: boolean;
  /** How many variants to list. */
  readonly variantLimit: number;
}

export interface JourneyRequest {
  readonly type: 'journey';
  readonly id: number;
  readonly generation: number;
  readonly index: number;
  readonly parameters: ParametersMessage;
}

export type ToWorker = InitRequest | LoadRequest | CancelRequest | AnalyseRequest | JourneyRequest;

// ---------------------------------------------------------------- worker → page

export interface AttributeMeta {
  readonly name: string;
  readonly scope: 'journey' | 'event';
  readonly values: readonly string[];
}

/** What the page knows of the loaded cohort. */
export interface CohortMeta {
  /** Increases with every accepted cohort, so answers about an older one can be recognised. */
  readonly generation: number;
  readonly file: string;
  readonly format: Cohort['format'];
  readonly synthetic: boolean;
  readonly journeys: number;
  readonly events: number;
  readonly timeBase: Cohort['timeBase'];
  /** First and last event time (days; see `timeBase`), or null for an empty cohort. */
  readonly period: { readonly first: number; readonly last: number } | null;
  readonly attributes: readonly AttributeMeta[];
  /** Concern codes that occur in the cohort, in pathway order. */
  readonly concerns: readonly string[];
}

/**
 * Per journey, what does not depend on W, H or the filters, sent once per cohort (column-wise: a
 * hundred thousand journeys cost a few typed arrays, not a hundred thousand objects).
 */
export interface JourneyTable {
  readonly ids: readonly string[];
  readonly events: Int32Array;
  readonly reachedCrisis: Uint8Array;
  /** Days; NaN when absent. */
  readonly leadTime: Float64Array;
  readonly offPathway: Int32Array;
  /** Concern bitset of each journey: `concernWords` 32-bit words per journey, bit i = pathway concern i. */
  readonly concernWords: number;
  readonly concernBits: Uint32Array;
  /** Journey-scoped attributes: the value code of each journey (0xffffffff = none). */
  readonly attributes: readonly {
    readonly name: string;
    readonly values: readonly string[];
    readonly codes: Uint32Array;
  }[];
}

/** The overlay of the map and the summary panel, for the filtered journeys. */
export interface OverlayModel {
  /** Identifies the analysis (same key, same numbers): the page skips a redraw when it has not changed. */
  readonly key: string;
  readonly parameters: ParametersMessage;
  readonly timings: boolean;
  readonly summary: CohortSummary;
  /** Milliseconds the worker spent (mask, analysis, summary). */
  readonly computeMs: number;
}

/** The journey list and the variants, column-wise. */
export interface JourneyListModel {
  /** Indices of the listed journeys (filters, then focus and service), in cohort order. */
  readonly indices: Int32Array;
  /** Missed points of each listed journey under the current W and H (aligned with `indices`). */
  readonly missedCount: Int32Array;
  /** Journeys that pass the filters (before the focus and service narrowing). */
  readonly filtered: number;
  /** The most common routes among the filtered journeys. */
  readonly variants: readonly Variant[];
  /** How many distinct routes the filtered journeys took. */
  readonly variantCount: number;
  readonly computeMs: number;
}

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
