import type { Pathway } from '../../core/pathway/types.ts';
import type { Problem } from '../../core/problems.ts';
import type { CohortMeta } from '../../core/analysis/cohortMeta.ts';
import type { JourneyTable } from '../../core/analysis/journeyIndex.ts';
import type { RuleParameters } from '../../core/analysis/parameters.ts';
import type { JourneyDetail, JourneyListModel, OverlayModel } from '../../core/analysis/viewModel.ts';
// The one UI module that knows the worker: it starts it and speaks its protocol.
import type { AnalyseRequest, FromWorker, ToWorker } from '../../worker/protocol.ts';

/** The part of a Worker the client uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

export type LoadResult =
  | { readonly ok: true; readonly meta: CohortMeta; readonly table: JourneyTable; readonly ms: number }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly cancelled: boolean };

export interface AnalyseHandlers {
  readonly onOverlay: (overlay: OverlayModel, generation: number) => void;
  readonly onList: (list: JourneyListModel, generation: number) => void;
  readonly onError?: (message: string) => void;
}

/** The page's one connection to the cohort worker. */
export interface CohortClient {
  /** Loads a file; `onProgress` gets the fraction done. Resolves when the worker accepted or refused it. */
  load(
    fileName: string,
    data: string | ArrayBuffer,
    options: { synthetic: boolean; onProgress?: (fraction: number) => void },
  ): Promise<LoadResult>;
  /** Cancels the load in progress, if any (its promise resolves as cancelled). */
  cancel(): void;
  /**
   * Analyses the loaded cohort. Only the newest request's answers reach the handlers: an older analysis
   * finishing late is ignored.
   */
  analyse(request: Omit<AnalyseRequest, 'type' | 'id'>, handlers: AnalyseHandlers): void;
  /** One journey's detail; resolves to null when the journey is unknown or a newer request superseded it. */
  journey(generation: number, index: number, parameters: RuleParameters): Promise<JourneyDetail | null>;
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
 * Every request has an id; answers to anything but the newest analyse or journey request are dropped
 * here, in one place, so components never see a stale overlay.
 */
export function createCohortClient(
  pathway: Pathway,
  start: () => WorkerLike = startCohortWorker,
): CohortClient {
  let current: WorkerLike | undefined;
  let nextId = 1;
  let load: PendingLoad | undefined;
  let analyseId = 0;
  let analyseHandlers: AnalyseHandlers | undefined;
  let journeyId = 0;
  let journeyResolve: ((detail: JourneyDetail | null) => void) | undefined;

  const settleJourney = (detail: JourneyDetail | null) => {
    journeyResolve?.(detail);
    journeyResolve = undefined;
  };

  const onMessage = (event: MessageEvent<FromWorker>) => {
    const m = event.data;
    switch (m.type) {
      case 'progress':
        if (load?.id === m.id) load.onProgress?.(m.fraction);
        return;
      case 'loaded':
        if (load?.id === m.id) {
          load.resolve({ ok: true, meta: m.meta, table: m.table, ms: m.ms });
          load = undefined;
        }
        return;
      case 'loadFailed':
        if (load?.id === m.id) {
          load.resolve({ ok: false, problems: m.problems, cancelled: m.cancelled });
          load = undefined;
        }
        return;
      case 'overlay':
        if (m.id === analyseId) analyseHandlers?.onOverlay(m.overlay, m.generation);
        return;
      case 'list':
        if (m.id === analyseId) analyseHandlers?.onList(m.list, m.generation);
        return;
      case 'journey':
        if (m.id === journeyId) settleJourney(m.detail);
        return;
      case 'stale':
        if (m.id === journeyId) settleJourney(null);
        return;
      case 'failed':
        if (load?.id === m.id) {
          load.resolve({
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
          load = undefined;
        } else if (m.id === analyseId) analyseHandlers?.onError?.(m.message);
        else if (m.id === journeyId) settleJourney(null);
        console.error(`Cohort worker: ${m.message}`);
        return;
    }
  };
  const onError = (event: ErrorEvent) => {
    console.error(`Cohort worker failed: ${event.message}`);
    load?.resolve({
      ok: false,
      cancelled: false,
      problems: [{ code: 'PL203', message: `the cohort worker stopped: ${event.message}` }],
    });
    load = undefined;
  };
  const worker = (): WorkerLike => {
    if (!current) {
      current = start();
      current.addEventListener('message', onMessage);
      current.addEventListener('error', onError);
      current.postMessage({ type: 'init', pathway });
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
          { type: 'load', id, fileName, data, synthetic: options.synthetic },
          typeof data === 'string' ? [] : [data],
        );
      });
    },
    cancel() {
      if (!load) return;
      worker().postMessage({ type: 'cancel', id: load.id });
    },
    analyse(request, handlers) {
      analyseId = nextId++;
      analyseHandlers = handlers;
      worker().postMessage({ type: 'analyse', id: analyseId, ...request });
    },
    journey(generation, index, parameters) {
      settleJourney(null);
      journeyId = nextId++;
      return new Promise((resolve) => {
        journeyResolve = resolve;
        worker().postMessage({ type: 'journey', id: journeyId, generation, index, parameters });
      });
    },
    dispose() {
      current?.terminate();
      current = undefined;
      load?.resolve({ ok: false, problems: [], cancelled: true });
      load = undefined;
      settleJourney(null);
    },
  };
}
