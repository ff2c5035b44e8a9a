import type { Pathway } from '../../core/pathway/types.ts';
import type {
  CohortClient,
  DiscoverResult,
  LoadResult,
  PreviewResult,
  RepathwayResult,
  WorkerLike,
} from './cohortClientTypes.ts';
import { PendingRequests } from './pendingRequests.ts';

/** Starts the worker. Vite bundles it as its own chunk, loaded only when the page needs it. */
export function startCohortWorker(): WorkerLike {
  return new Worker(new URL('../../worker/cohortWorker.ts', import.meta.url), { type: 'module' });
}

/**
 * Creates the client. The worker starts (and receives the pathway) on the first request, and starts
 * again after `dispose` if asked for more, so a client can be made during render without side effects.
 *
 * This is the explorer's one check for stale answers: every request has an id, and an answer reaches
 * the page only while its request is the newest of its kind and no cohort was accepted since it was
 * made (`PendingRequests`). Nothing after it (controller, components) compares ids or cohorts again.
 */
export function createCohortClient(
  pathway: Pathway,
  start: () => WorkerLike = startCohortWorker,
): CohortClient {
  let current: WorkerLike | undefined;
  let nextId = 1;
  const pending = new PendingRequests();

  const worker = (): WorkerLike => {
    if (!current) {
      current = start();
      current.addEventListener('message', (event) => {
        pending.receive(event.data);
      });
      current.addEventListener('error', (event) => {
        console.error(`Cohort worker failed: ${event.message}`);
        pending.stopped(event.message);
      });
      const keyed = pending.keyed;
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
      const older = pending.load;
      if (older) {
        // One file at a time: the newer supersedes the older, which resolves as cancelled.
        worker().postMessage({ type: 'cancel', id: older.id });
        older.resolve({ ok: false, problems: [], cancelled: true });
      }
      const id = nextId++;
      return new Promise<LoadResult>((resolve) => {
        pending.load = { id, resolve, onProgress: options.onProgress };
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
        pending.previews.set(id, resolve);
        worker().postMessage({ type: 'preview', id, fileName, data }, typeof data === 'string' ? [] : [data]);
      });
    },
    cancel() {
      if (!pending.load) return;
      worker().postMessage({ type: 'cancel', id: pending.load.id });
    },
    analyse(request, handlers) {
      const id = nextId++;
      pending.analysing = { id, handlers };
      worker().postMessage({ type: 'analyse', id, ...request });
    },
    journey(index, parameters, onDetail) {
      const id = nextId++;
      pending.journey = { id, onDetail };
      worker().postMessage({ type: 'journey', id, index, parameters });
    },
    setPathway(next) {
      const id = nextId++;
      pending.keyed = next;
      return new Promise<RepathwayResult>((resolve) => {
        pending.repath = { id, resolve };
        worker().postMessage({ type: 'pathway', id, ...next });
      });
    },
    discover(fileName, data, profile) {
      const id = nextId++;
      return new Promise<DiscoverResult>((resolve) => {
        pending.discovering?.resolve({ ok: false, problems: [], cancelled: true });
        pending.discovering = { id, resolve };
        worker().postMessage(
          { type: 'discover', id, fileName, data, profile },
          typeof data === 'string' ? [] : [data],
        );
      });
    },
    loadSecond(fileName, data) {
      pending.second?.resolve({ ok: false, problems: [], cancelled: true });
      const id = nextId++;
      return new Promise<LoadResult>((resolve) => {
        pending.second = { id, resolve, onProgress: undefined };
        worker().postMessage(
          { type: 'loadSecond', id, fileName, data },
          typeof data === 'string' ? [] : [data],
        );
      });
    },
    compare(request, onResult) {
      const id = nextId++;
      pending.comparing = { id, onResult };
      worker().postMessage({ type: 'compare', id, ...request });
    },
    dispose() {
      current?.terminate();
      current = undefined;
      pending.cancelAll();
    },
  };
}
