import { cohortMetaOf } from '../core/analysis/cohortMeta.ts';
import { copyJourneyTable } from '../core/analysis/journeyIndex.ts';
import { ViewAnalyser } from '../core/analysis/viewAnalyser.ts';
import { decodeText } from '../core/cohort/decodeText.ts';
import { indexMap, remapCohort } from '../core/cohort/remapCohort.ts';
import type { NamedCohort } from '../core/compare/compareCohort.ts';
import { cohortName } from '../core/figure/cohortInfo.ts';
import { isOverlayText } from '../core/overlay/overlayMeta.ts';
import { loadPathway, type LoadedPathway } from '../core/pathway/loadedPathway.ts';
import { keysOf, type CohortSource, type PathwayKeys } from './cohortSource.ts';
import { compareInWorker } from './compareInWorker.ts';
import { discoverInWorker } from './discoverInWorker.ts';
import { importCohortFile, openOverlay, type LoadToken } from './loadCohortFile.ts';
import { previewInWorker } from './previewInWorker.ts';
import { repathway } from './repathway.ts';
import type {
  AnalyseRequest,
  CompareMessage,
  DiscoverRequest,
  FromWorker,
  JourneyRequest,
  LoadRequest,
  LoadSecondRequest,
  PathwayRequest,
  ToWorker,
} from './protocol.ts';

const errorText = (error: unknown) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);

/**
 * The worker's state and request handling, apart from the worker global so that it can be tested in
 * Node. It holds the pathway and the cohort; a load replaces the cohort only when the new one is
 * accepted, so a refused or cancelled file never loses what was loaded. Analyse requests are coalesced:
 * when several arrive while the worker is busy, only the newest is computed. The analyses themselves
 * (and their caches) are the core's `ViewAnalyser`.
 */
export class CohortService {
  private pathway: LoadedPathway | undefined;
  private keys: PathwayKeys = { services: [], concerns: [] };
  /** The accepted cohort as read (an edited pathway re-indexes it, never the already re-indexed one). */
  private source: CohortSource | undefined;
  private analyser: ViewAnalyser | undefined;
  private currentLoad: LoadToken | undefined;
  /** The accepted cohort, and a second one to compare it with (none while an overlay is open). */
  private first: NamedCohort | undefined;
  private second: NamedCohort | undefined;
  /** The second cohort as it was read, and the keys of the pathway it was read against (edits re-index it). */
  private secondSource: (CohortSource & { readonly name: string }) | undefined;
  private pendingCompare: CompareMessage | undefined;
  private pendingAnalyse: AnalyseRequest | undefined;
  /** The newest edited pathway not yet applied: edits made while the worker is busy apply once, the last. */
  private pendingPathway: PathwayRequest | undefined;
  private analyseScheduled = false;

  constructor(
    private readonly post: (message: FromWorker) => void,
    private readonly schedule: (task: () => void) => void = (task) => {
      setTimeout(task, 0);
    },
  ) {}

  /** Handles one message; the promise settles when a load has finished (other requests answer at once or when scheduled). */
  async handle(message: ToWorker): Promise<void> {
    switch (message.type) {
      case 'init':
        this.pathway = loadPathway(message.pathway);
        this.keys = {
          services: message.serviceKeys ?? keysOf(message.pathway).services,
          concerns: message.concernKeys ?? keysOf(message.pathway).concerns,
        };
        return;
      case 'pathway': {
        const first = this.pendingPathway === undefined;
        this.pendingPathway = message;
        if (first) {
          this.schedule(() => {
            const request = this.pendingPathway;
            this.pendingPathway = undefined;
            if (request) {
              this.guard(request.id, () => {
                this.repathway(request);
              });
            }
          });
        }
        return;
      }
      case 'discover':
        this.guard(message.id, () => {
          this.discover(message);
        });
        return;
      case 'load':
      case 'loadSecond':
        try {
          await this.load(message);
        } catch (error) {
          this.post({ type: 'failed', id: message.id, message: errorText(error) });
        }
        return;
      case 'cancel':
        if (this.currentLoad?.id === message.id) this.currentLoad.cancelled = true;
        return;
      case 'analyse':
        this.pendingAnalyse = message;
        if (!this.analyseScheduled) {
          this.analyseScheduled = true;
          this.schedule(() => {
            this.analyseScheduled = false;
            const request = this.pendingAnalyse;
            this.pendingAnalyse = undefined;
            if (request) {
              this.guard(request.id, () => {
                this.analyse(request);
              });
            }
          });
        }
        return;
      case 'journey':
        this.guard(message.id, () => {
          this.journey(message);
        });
        return;
      case 'compare':
        // Like analyses, comparisons asked while the worker is busy are coalesced to the newest.
        if (!this.pendingCompare)
          this.schedule(() => {
            const request = this.pendingCompare;
            this.pendingCompare = undefined;
            if (request)
              this.guard(request.id, () => {
                this.compare(request);
              });
          });
        this.pendingCompare = message;
        return;
      case 'preview':
        try {
          this.post(await previewInWorker(message));
        } catch (error) {
          this.post({ type: 'failed', id: message.id, message: errorText(error) });
        }
        return;
    }
  }

  private guard(id: number, run: () => void): void {
    try {
      run();
    } catch (error) {
      this.post({ type: 'failed', id, message: errorText(error) });
    }
  }

  private async load(request: LoadRequest | LoadSecondRequest): Promise<void> {
    const pathway = this.pathway;
    if (!pathway) {
      this.post({
        type: 'failed',
        id: request.id,
        message: 'The worker received a file before the pathway.',
      });
      return;
    }
    // A new file supersedes one still loading.
    if (this.currentLoad) this.currentLoad.cancelled = true;
    const token = { id: request.id, cancelled: false };
    this.currentLoad = token;
    const started = performance.now();
    try {
      // UTF-8 with or without BOM, or UTF-16 with a BOM (Excel's "Unicode text").
      const text = typeof request.data === 'string' ? request.data : decodeText(request.data);
      if (isOverlayText(text)) {
        const message = openOverlay(request, text, pathway);
        if (message.type === 'aggregateLoaded') {
          this.analyser = undefined;
          this.first = undefined;
        }
        this.post(message);
        return;
      }
      const cohort = await importCohortFile(request, text, pathway, token, this.post);
      if (!cohort) return;
      if (request.type === 'loadSecond') {
        this.second = { name: cohortName(request.fileName), cohort };
        this.secondSource = { name: this.second.name, cohort, keys: this.keys };
        this.post({ type: 'secondLoaded', id: request.id, meta: cohortMetaOf(cohort, pathway.pathway) });
        return;
      }
      // Accepted: replay, index and summarise it (the last tenth of the progress bar).
      this.post({ type: 'progress', id: request.id, fraction: 0.93 });
      const analyser = new ViewAnalyser(pathway, cohort);
      this.analyser = analyser;
      this.source = { cohort, keys: this.keys };
      this.first = { name: cohortName(request.fileName), cohort };
      this.post({
        type: 'loaded',
        id: request.id,
        meta: cohortMetaOf(cohort, pathway.pathway),
        table: copyJourneyTable(analyser.index.table),
        ms: performance.now() - started,
      });
    } finally {
      if (this.currentLoad === token) this.currentLoad = undefined;
    }
  }

  /** Analyses the cohort against an edited pathway from now on (see `repathway`). */
  private repathway(request: PathwayRequest): void {
    this.pathway = loadPathway(request.pathway);
    this.keys = { services: request.serviceKeys, concerns: request.concernKeys };
    const { analyser, message } = repathway(request, this.pathway, this.source);
    this.analyser = analyser;
    // The comparison follows the edited pathway: both cohorts re-indexed from what was read.
    if (this.first) this.first = analyser ? { name: this.first.name, cohort: analyser.cohort } : undefined;
    const second = this.secondSource;
    if (second) {
      const remapped = remapCohort(
        second.cohort,
        indexMap(second.keys.services, request.serviceKeys),
        indexMap(second.keys.concerns, request.concernKeys),
      );
      this.second = { name: second.name, cohort: remapped.cohort };
    }
    this.post(message);
  }

  /** "Start from data": the discovered draft becomes the worker's pathway, and the log its cohort. */
  private discover(request: DiscoverRequest): void {
    if (this.currentLoad) this.currentLoad.cancelled = true;
    const found = discoverInWorker(request);
    if (!found.ok) {
      this.post({ type: 'loadFailed', id: request.id, problems: found.problems, cancelled: false });
      return;
    }
    const { discovery, ms } = found.value;
    this.pathway = loadPathway(discovery.pathway);
    this.keys = keysOf(discovery.pathway);
    const cohort = discovery.cohort;
    this.analyser = new ViewAnalyser(this.pathway, cohort);
    this.source = { cohort, keys: this.keys };
    // A new pathway and cohort: a second file read for the old pathway no longer compares with it.
    this.first = { name: cohortName(request.fileName), cohort };
    this.second = undefined;
    this.secondSource = undefined;
    this.post({
      type: 'discovered',
      id: request.id,
      pathway: discovery.pathway,
      notes: discovery.notes,
      meta: cohortMetaOf(cohort, discovery.pathway),
      table: copyJourneyTable(this.analyser.index.table),
      ms: ms(),
    });
  }

  private compare(request: CompareMessage): void {
    this.post(compareInWorker(request, this.pathway, this.first, this.second));
  }

  private analyse(request: AnalyseRequest): void {
    const { id } = request;
    if (!this.analyser) {
      this.post({ type: 'stale', id });
      return;
    }
    const { overlay, list } = this.analyser.analyse(request);
    this.post({ type: 'overlay', id, overlay });
    this.post({ type: 'list', id, list: list() });
  }

  private journey(request: JourneyRequest): void {
    const { id } = request;
    if (!this.analyser) {
      this.post({ type: 'stale', id });
      return;
    }
    this.post({ type: 'journey', id, detail: this.analyser.journey(request.index, request.parameters) });
  }
}
