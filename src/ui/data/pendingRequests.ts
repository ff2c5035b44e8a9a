import type { JourneyDetail } from '../../core/analysis/viewModel.ts';
import type { CohortComparison } from '../../core/compare/compareCohort.ts';
import type { Result } from '../../core/problems.ts';
import type { FromWorker } from '../../worker/protocol.ts';
import type {
  AnalyseHandlers,
  DiscoverResult,
  KeyedPathway,
  LoadResult,
  PreviewResult,
  RepathwayResult,
} from './cohortClientTypes.ts';

export interface PendingLoad {
  readonly id: number;
  readonly resolve: (result: LoadResult) => void;
  readonly onProgress: ((fraction: number) => void) | undefined;
}

const firstLine = (message: string) => message.split('\n')[0] ?? '';

/**
 * The cohort client's requests still waiting for the worker, one (the newest) of each kind but previews,
 * and how each answer settles them. This is the explorer's one check for stale answers: an answer reaches
 * the page only while its request is the newest of its kind and no cohort was accepted since it was made.
 */
export class PendingRequests {
  load: PendingLoad | undefined;
  second: PendingLoad | undefined;
  analysing: { id: number; handlers: AnalyseHandlers } | undefined;
  journey: { id: number; onDetail: (detail: JourneyDetail | null) => void } | undefined;
  readonly previews = new Map<number, (result: PreviewResult) => void>();
  repath: { id: number; resolve: (result: RepathwayResult) => void } | undefined;
  discovering: { id: number; resolve: (result: DiscoverResult) => void } | undefined;
  comparing: { id: number; onResult: (result: Result<CohortComparison>) => void } | undefined;
  /** What a restarted worker is given: the pathway it was last told about. */
  keyed: KeyedPathway | undefined;

  /** A new cohort (or a disposed worker) makes every analysis and journey asked for before it stale. */
  forgetRequests(): void {
    this.analysing = undefined;
    this.journey = undefined;
    this.comparing = undefined;
  }

  private pendingLoad(id: number): PendingLoad | undefined {
    return this.load?.id === id ? this.load : this.second?.id === id ? this.second : undefined;
  }

  private settle(id: number, result: LoadResult): void {
    if (this.load?.id === id) {
      if (result.ok) this.forgetRequests();
      this.load.resolve(result);
      this.load = undefined;
    } else if (this.second?.id === id) {
      // A second file changes what a comparison shows: an answer asked for before it is stale.
      if (result.ok) this.comparing = undefined;
      this.second.resolve(result);
      this.second = undefined;
    }
  }

  /** Settles the request a worker message answers, if it is still current. */
  receive(m: FromWorker): void {
    switch (m.type) {
      case 'progress':
        this.pendingLoad(m.id)?.onProgress?.(m.fraction);
        return;
      case 'loaded':
        this.settle(m.id, { ok: true, meta: m.meta, table: m.table, ms: m.ms });
        return;
      case 'aggregateLoaded':
        this.settle(m.id, { ok: true, meta: m.meta, table: null, aggregate: m.overlay, ms: 0 });
        return;
      case 'secondLoaded':
        this.settle(m.id, { ok: true, meta: m.meta, table: null, ms: 0 });
        return;
      case 'repathwayed':
        if (this.repath?.id === m.id) {
          this.forgetRequests();
          this.repath.resolve({ cohort: m.cohort, left: m.left });
          this.repath = undefined;
        }
        return;
      case 'discovered':
        if (this.discovering?.id === m.id) {
          this.forgetRequests();
          const { pathway: found, notes, meta, table } = m;
          this.keyed = {
            pathway: found,
            serviceKeys: found.services.map((s) => s.id),
            concernKeys: found.concerns.map((c) => c.id),
          };
          this.discovering.resolve({ ok: true, pathway: found, notes, meta, table });
          this.discovering = undefined;
        }
        return;
      case 'loadFailed':
        if (this.discovering?.id === m.id) {
          this.discovering.resolve({ ok: false, problems: m.problems, cancelled: m.cancelled });
          this.discovering = undefined;
          return;
        }
        this.settle(m.id, { ok: false, problems: m.problems, cancelled: m.cancelled });
        return;
      case 'comparison':
        if (this.comparing?.id === m.id) this.comparing.onResult(m.result);
        return;
      case 'overlay':
        if (this.analysing?.id === m.id) this.analysing.handlers.onOverlay(m.overlay);
        return;
      case 'list':
        if (this.analysing?.id === m.id) {
          const id = m.id;
          this.analysing.handlers.onList(m.list, () => this.analysing?.id === id);
        }
        return;
      case 'journey':
        if (this.journey?.id === m.id) this.journey.onDetail(m.detail);
        return;
      case 'previewed':
        this.previews.get(m.id)?.({ ok: true, preview: m.preview });
        this.previews.delete(m.id);
        return;
      case 'previewFailed':
        this.previews.get(m.id)?.({ ok: false, problems: m.problems });
        this.previews.delete(m.id);
        return;
      case 'stale':
        return;
      case 'failed':
        this.failed(m.id, m.message);
        return;
    }
  }

  /** A request the worker could not answer (an exception in it): its caller gets a problem, not silence. */
  private failed(id: number, message: string): void {
    if (this.discovering?.id === id) {
      this.discovering.resolve({
        ok: false,
        cancelled: false,
        problems: [{ code: 'PL203', message: `the log could not be read: ${firstLine(message)}` }],
      });
      this.discovering = undefined;
    } else if (this.pendingLoad(id)) {
      this.settle(id, {
        ok: false,
        cancelled: false,
        problems: [
          { code: 'PL203', message: `the file could not be read: ${firstLine(message)}`, file: undefined },
        ],
      });
    } else if (this.previews.has(id)) {
      this.previews.get(id)?.({
        ok: false,
        problems: [{ code: 'PL203', message: `the file could not be read: ${firstLine(message)}` }],
      });
      this.previews.delete(id);
    } else if (this.analysing?.id === id) this.analysing.handlers.onError?.(message);
    else if (this.comparing?.id === id)
      this.comparing.onResult({
        ok: false,
        problems: [{ code: 'PL400', message: `the comparison failed: ${firstLine(message)}` }],
      });
    console.error(`Cohort worker: ${message}`);
  }

  /** The worker stopped: the loads waiting for it resolve with a problem. */
  stopped(message: string): void {
    const stopped: LoadResult = {
      ok: false,
      cancelled: false,
      problems: [{ code: 'PL203', message: `the cohort worker stopped: ${message}` }],
    };
    this.load?.resolve(stopped);
    this.second?.resolve(stopped);
    this.load = undefined;
    this.second = undefined;
  }

  /** The worker was disposed: every waiting promise resolves as cancelled, every handler is forgotten. */
  cancelAll(): void {
    this.discovering?.resolve({ ok: false, problems: [], cancelled: true });
    this.discovering = undefined;
    this.load?.resolve({ ok: false, problems: [], cancelled: true });
    this.second?.resolve({ ok: false, problems: [], cancelled: true });
    this.load = undefined;
    this.second = undefined;
    for (const resolve of this.previews.values()) resolve({ ok: false, problems: [] });
    this.previews.clear();
    this.forgetRequests();
  }
}
