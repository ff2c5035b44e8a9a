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
// The one UI module that knows the worker: it starts it and speaks its protocol.
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

/** Starts the worker. Vite bundles it as its own chunk, loaded only when the page needs it. */
export function startCohortWorker(): WorkerLike {
  return new Worker(new URL('../../worker/cohortWorker.ts', import.meta.url), { type: 'module' });
}

interface PendingLoad {
  readonly id: number;
  readonly resolve: (result: LoadResult) => void;
  readonly onProgress: ((fraction: number) => void) | undefined;
}

/**
 * Creates the client. The worker starts (and receives the pathway) on the first request, and starts
 * again after `dispose` if asked for more, so a client can be made during render without side effects.
 *
 * This is the explorer's one check for stale answers: every request has an id, and an answer reaches
 * the page only while its request is the newest of its kind and no cohort was accepted since it was
 * made. Nothing after it (controller, components) compares ids or cohorts again.
 */
export function createCohortClient(
  pathway: Pathway,
  start: () => WorkerLike = startCohortWorker,
): CohortClient {
  let current: WorkerLike | undefined;
  let nextId = 1;
  let load: PendingLoad | undefined;
  let analysing: { id: number; handlers: AnalyseHandlers } | undefined;
  let journey: { id: number; onDetail: (detail: JourneyDetail | null) => void } | undefined;
  const previews = new Map<number, (result: PreviewResult) => void>();
  let repath: { id: number; resolve: (result: RepathwayResult) => void } | undefined;
  let discovering: { id: number; resolve: (result: DiscoverResult) => void } | undefined;
  // What a restarted worker is given: the pathway it was last told about.
  let keyed: KeyedPathway | undefined;
  let second: PendingLoad | undefined;
  let comparing: { id: number; onResult: (result: Result<CohortComparison>) => void } | undefined;

  // A new cohort (or a disposed worker) makes every analysis and journey asked for before it stale.
  const forgetRequests = () => {
    analysing = undefined;
    journey = undefined;
    comparing = undefined;
  };
  const pendingLoad = (id: number) => (load?.id === id ? load : second?.id === id ? second : undefined);
  const settle = (id: number, result: LoadResult) => {
    if (load?.id === id) {
      if (result.ok) forgetRequests();
      load.resolve(result);
      load = undefined;
    } else if (second?.id === id) {
      // A second file changes what a comparison shows: an answer asked for before it is stale.
      if (result.ok) comparing = undefined;
      second.resolve(result);
      second = undefined;
    }
  };
  const isCurrentAnalysis = (id: number) => () => analysing?.id === id;

  const onMessage = (event: MessageEvent<FromWorker>) => {
    const m = event.data;
    switch (m.type) {
      case 'progress':
        pendingLoad(m.id)?.onProgress?.(m.fraction);
        return;
      case 'loaded':
        settle(m.id, { ok: true, meta: m.meta, table: m.table, ms: m.ms });
        return;
      case 'aggregateLoaded':
        settle(m.id, { ok: true, meta: m.meta, table: null, aggregate: m.overlay, ms: 0 });
        return;
      case 'secondLoaded':
        settle(m.id, { ok: true, meta: m.meta, table: null, ms: 0 });
        return;
      case 'repathwayed':
        if (repath?.id === m.id) {
          forgetRequests();
          repath.resolve({ cohort: m.cohort, left: m.left });
          repath = undefined;
        }
        return;
      case 'discovered':
        if (discovering?.id === m.id) {
          forgetRequests();
          const { pathway: found, notes, meta, table } = m;
          keyed = {
            pathway: found,
            serviceKeys: found.services.map((s) => s.id),
            concernKeys: found.concerns.map((c) => c.id),
          };
          discovering.resolve({ ok: true, pathway: found, notes, meta, table });
          discovering = undefined;
        }
        return;
      case 'loadFailed':
        if (discovering?.id === m.id) {
          discovering.resolve({ ok: false, problems: m.problems, cancelled: m.cancelled });
          discovering = undefined;
          return;
        }
        settle(m.id, { ok: false, problems: m.problems, cancelled: m.cancelled });
        return;
      case 'comparison':
        if (comparing?.id === m.id) comparing.onResult(m.result);
        return;
      case 'overlay':
        if (analysing?.id === m.id) analysing.handlers.onOverlay(m.overlay);
        return;
      case 'list':
        if (analysing?.id === m.id) analysing.handlers.onList(m.list, isCurrentAnalysis(m.id));
        return;
      case 'journey':
        if (journey?.id === m.id) journey.onDetail(m.detail);
        return;
      case 'previewed':
        previews.get(m.id)?.({ ok: true, preview: m.preview });
        previews.delete(m.id);
        return;
      case 'previewFailed':
        previews.get(m.id)?.({ ok: false, problems: m.problems });
        previews.delete(m.id);
        return;
      case 'stale':
        return;
      case 'failed':
        if (discovering?.id === m.id) {
          discovering.resolve({
            ok: false,
            cancelled: false,
            problems: [
              { code: 'PL203', message: `the log could not be read: ${m.message.split('\n')[0] ?? ''}` },
            ],
          });
          discovering = undefined;
        } else if (pendingLoad(m.id)) {
          settle(m.id, {
            ok: false,
            cancelled: false,
            problems: [
              {
                code: 'PL203',
                message: `the file could not be read: ${m.message.split('\n')[0] ?? ''}`,
                file: undefined,
              },
            ],
          });
        } else if (previews.has(m.id)) {
          previews.get(m.id)?.({
            ok: false,
            problems: [
              { code: 'PL203', message: `the file could not be read: ${m.message.split('\n')[0] ?? ''}` },
            ],
          });
          previews.delete(m.id);
        } else if (analysing?.id === m.id) analysing.handlers.onError?.(m.message);
        else if (comparing?.id === m.id)
          comparing.onResult({
            ok: false,
            problems: [
              { code: 'PL400', message: `the comparison failed: ${m.message.split('\n')[0] ?? ''}` },
            ],
          });
        console.error(`Cohort worker: ${m.message}`);
        return;
    }
  };
  const onError = (event: ErrorEvent) => {
    console.error(`Cohort worker failed: ${event.message}`);
    const stopped: LoadResult = {
      ok: false,
      cancelled: false,
      problems: [{ code: 'PL203', message: `the cohort worker stopped: ${event.message}` }],
    };
    load?.resolve(stopped);
    second?.resolve(stopped);
    load = undefined;
    second = undefined;
  };
  const worker = (): WorkerLike => {
    if (!current) {
      current = start();
      current.addEventListener('message', onMessage);
      current.addEventListener('error', onError);
      current.postMessage(
        keyed
          ? {
              type: 'init',
              pathway: keyed.pathway,
              serviceKeys: keyed.serviceKeys,
              concernKeys: keyed.concernKeys,
            }
          : { type: 'init', pathway },
      );
    }
    return current;
  };

  return {
    load(fileName, data, options) {
      if (load) {
        // One file at a time: the newer supersedes the older, which resolves as cancelled.
        worker().postMessage({ type: 'cancel', id: load.id });
        load.resolve({ ok: false, problems: [], cancelled: true });
      }
      const id = nextId++;
      return new Promise<LoadResult>((resolve) => {
        load = { id, resolve, onProgress: options.onProgress };
        worker().postMessage(
          {
            type: 'load',
            id,
            fileName,
            data,
            synthetic: options.synthetic,
            ...(options.profile ? { profile: options.profile } : {}),
          },
          typeof data === 'string' ? [] : [data],
        );
      });
    },
    preview(fileName, data) {
      const id = nextId++;
      return new Promise<PreviewResult>((resolve) => {
        previews.set(id, resolve);
        worker().postMessage({ type: 'preview', id, fileName, data }, typeof data === 'string' ? [] : [data]);
      });
    },
    cancel() {
      if (!load) return;
      worker().postMessage({ type: 'cancel', id: load.id });
    },
    analyse(request, handlers) {
      const id = nextId++;
      analysing = { id, handlers };
      worker().postMessage({ type: 'analyse', id, ...request });
    },
    journey(index, parameters, onDetail) {
      const id = nextId++;
      journey = { id, onDetail };
      worker().postMessage({ type: 'journey', id, index, parameters });
    },
    setPathway(next) {
      const id = nextId++;
      keyed = next;
      return new Promise<RepathwayResult>((resolve) => {
        repath = { id, resolve };
        worker().postMessage({ type: 'pathway', id, ...next });
      });
    },
    discover(fileName, data, profile) {
      const id = nextId++;
      return new Promise<DiscoverResult>((resolve) => {
        discovering?.resolve({ ok: false, problems: [], cancelled: true });
        discovering = { id, resolve };
        worker().postMessage(
          { type: 'discover', id, fileName, data, profile },
          typeof data === 'string' ? [] : [data],
        );
      });
    },
    loadSecond(fileName, data) {
      second?.resolve({ ok: false, problems: [], cancelled: true });
      const id = nextId++;
      return new Promise<LoadResult>((resolve) => {
        second = { id, resolve, onProgress: undefined };
        worker().postMessage(
          { type: 'loadSecond', id, fileName, data },
          typeof data === 'string' ? [] : [data],
        );
      });
    },
    compare(request, onResult) {
      const id = nextId++;
      comparing = { id, onResult };
      worker().postMessage({ type: 'compare', id, ...request });
    },
    dispose() {
      current?.terminate();
      discovering?.resolve({ ok: false, problems: [], cancelled: true });
      discovering = undefined;
      current = undefined;
      load?.resolve({ ok: false, problems: [], cancelled: true });
      second?.resolve({ ok: false, problems: [], cancelled: true });
      load = undefined;
      second = undefined;
      for (const resolve of previews.values()) resolve({ ok: false, problems: [] });
      previews.clear();
      forgetRequests();
    },
  };
}
