import { analyseCohort, type CohortAnalysis } from '../core/analysis/analyseCohort.ts';
import { refineMask } from '../core/analysis/journeyMask.ts';
import { DEFAULT_PARAMETERS, type RuleParameters } from '../core/analysis/parameters.ts';
import { summariseAnalysis, type CohortSummary } from '../core/analysis/summariseAnalysis.ts';
import { journeyDetail } from '../core/analysis/viewModel.ts';
import { decodeText } from '../core/cohort/decodeText.ts';
import { importCohortAsync } from '../core/cohort/importCohort.ts';
import type { Cohort } from '../core/cohort/types.ts';
import { loadPathway, type LoadedPathway } from '../core/pathway/loadedPathway.ts';
import type { Days } from '../core/pathway/types.ts';
import { problem } from '../core/problems.ts';
import { filterMask, listIndices, missedStats, topVariants } from './analyseView.ts';
import { buildJourneyIndex, type JourneyIndex } from './journeyIndex.ts';
import { Lru } from './lru.ts';
import type {
  AnalyseRequest,
  CohortMeta,
  FromWorker,
  JourneyRequest,
  JourneyTable,
  LoadRequest,
  ParametersMessage,
  ToWorker,
} from './protocol.ts';

interface Loaded {
  readonly cohort: Cohort;
  readonly index: JourneyIndex;
  readonly meta: CohortMeta;
}

/** An analysis under one W and H and one filter. */
interface CachedAnalysis {
  readonly key: string;
  readonly analysis: CohortAnalysis;
  readonly summary: CohortSummary;
  /** The filtered journeys' variants, when they do not depend on W and H (shared with `CachedFilter`). */
  variants?: VariantsCache | undefined;
}

/**
 * What depends on the filter but not on W and H (when the filter does not ask for missed points): the
 * summary's moves, journeys and timings, and the variants. A change of W or H reuses it.
 */
interface CachedFilter {
  readonly summary: CohortSummary;
  /** The summary has the medians of moves and waits. */
  readonly timings: boolean;
  variants?: VariantsCache | undefined;
}

interface VariantsCache {
  readonly variants: ReturnType<typeof topVariants>['variants'];
  readonly count: number;
  readonly limit: number;
}

const params = (p: ParametersMessage): RuleParameters => ({
  windowDays: p.windowDays as Days,
  horizonDays: p.horizonDays as Days,
});

function copyTable(t: JourneyTable): JourneyTable {
  return {
    ...t,
    events: t.events.slice(),
    reachedCrisis: t.reachedCrisis.slice(),
    leadTime: t.leadTime.slice(),
    offPathway: t.offPathway.slice(),
    concernBits: t.concernBits.slice(),
    attributes: t.attributes.map((a) => ({ ...a, codes: a.codes.slice() })),
  };
}

function metaOf(cohort: Cohort, loaded: LoadedPathway, generation: number): CohortMeta {
  let first = Infinity;
  let last = -Infinity;
  for (const t of cohort.time) {
    if (t < first) first = t;
    if (t > last) last = t;
  }
  const seen = new Uint8Array(loaded.pathway.concerns.length);
  for (const c of cohort.concernCodes) seen[c] = 1;
  return {
    generation,
    file: cohort.file,
    format: cohort.format,
    synthetic: cohort.synthetic,
    journeys: cohort.journeyIds.length,
    events: cohort.time.length,
    timeBase: cohort.timeBase,
    period: cohort.time.length > 0 ? { first, last } : null,
    attributes: cohort.attributes.map((a) => ({ name: a.name, scope: a.scope, values: a.values })),
    concerns: loaded.pathway.concerns.filter((_, i) => seen[i] === 1).map((c) => c.id as string),
  };
}

/**
 * The worker's state and request handling, apart from the worker global so that it can be tested in
 * Node. It holds the pathway and the cohort; a load replaces the cohort only when the new one is
 * accepted, so a refused or cancelled file never loses what was loaded. Analyse requests are coalesced:
 * when several arrive while the worker is busy, only the newest is computed.
 */
export class CohortService {
  private pathway: LoadedPathway | undefined;
  private loaded: Loaded | undefined;
  private generation = 0;
  /** Recent analyses (going back to a filter or a W is then immediate), and the latest one. */
  private readonly analyses = new Lru<string, CachedAnalysis>(4);
  private readonly filters = new Lru<string, CachedFilter>(16);
  private cache: CachedAnalysis | undefined;
  private currentLoad: { id: number; cancelled: boolean } | undefined;
  private pendingAnalyse: AnalyseRequest | undefined;
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
        return;
      case 'load':
        try {
          await this.load(message);
        } catch (error) {
          this.post({
            type: 'failed',
            id: message.id,
            message: error instanceof Error ? (error.stack ?? error.message) : String(error),
          });
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
    }
  }

  private guard(id: number, run: () => void): void {
    try {
      run();
    } catch (error) {
      this.post({
        type: 'failed',
        id,
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  }

  private async load(request: LoadRequest): Promise<void> {
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
      const byteLength = typeof request.data === 'string' ? undefined : request.data.byteLength;
      // UTF-8 with or without BOM, or UTF-16 with a BOM (Excel's "Unicode text").
      const text = typeof request.data === 'string' ? request.data : decodeText(request.data);
      let lastPost = 0;
      const outcome = await importCohortAsync(request.fileName, text, pathway.pathway, {
        synthetic: request.synthetic,
        byteLength,
        shouldCancel: () => token.cancelled,
        onProgress: (fraction) => {
          const now = performance.now();
          // A progress bar needs a few updates a second, not one per slice.
          if (now - lastPost > 80 || fraction >= 1) {
            lastPost = now;
            this.post({ type: 'progress', id: request.id, fraction: fraction * 0.9 });
          }
        },
      });
      if (token.cancelled || !outcome.ok) {
        const cancelled = token.cancelled || ('cancelled' in outcome && outcome.cancelled);
        this.post({
          type: 'loadFailed',
          id: request.id,
          problems: outcome.ok ? [] : outcome.problems,
          cancelled,
        });
        return;
      }
      const cohort = outcome.value;
      if (cohort.journeyIds.length === 0) {
        this.post({
          type: 'loadFailed',
          id: request.id,
          problems: [
            problem('PL200', 'the file has no journeys: add rows below the header.', {
              file: request.fileName,
            }),
          ],
          cancelled: false,
        });
        return;
      }
      // Accepted: replay, index and summarise it (the last tenth of the progress bar).
      this.post({ type: 'progress', id: request.id, fraction: 0.93 });
      const analysis = analyseCohort(cohort, pathway.pathway, pathway.table, DEFAULT_PARAMETERS);
      const index = buildJourneyIndex(cohort, pathway.pathway, analysis);
      this.generation += 1;
      const meta = metaOf(cohort, pathway, this.generation);
      this.loaded = { cohort, index, meta };
      this.cache = undefined;
      this.analyses.clear();
      this.filters.clear();
      this.seedDefaultView(cohort, pathway, analysis);
      this.post({
        type: 'loaded',
        id: request.id,
        meta,
        table: copyTable(index.table),
        ms: performance.now() - started,
      });
    } finally {
      if (this.currentLoad === token) this.currentLoad = undefined;
    }
  }

  /**
   * The analysis the index was built from is the default view's (no filter, default W and H): keep it,
   * summarised with the medians, so that the first overlay and the switch to the time view cost nothing.
   * The keys are spelt as the page's requests are (`AnalysisSync`).
   */
  private seedDefaultView(cohort: Cohort, pathway: LoadedPathway, analysis: CohortAnalysis): void {
    const summary = summariseAnalysis(cohort, pathway.pathway, analysis, { timings: true });
    const filterKey = JSON.stringify([this.generation, {}]);
    const parameters: ParametersMessage = {
      windowDays: DEFAULT_PARAMETERS.windowDays,
      horizonDays: DEFAULT_PARAMETERS.horizonDays,
    };
    const key = JSON.stringify([filterKey, parameters, true]);
    this.filters.set(filterKey, { summary, timings: true });
    this.analyses.set(key, { key, analysis, summary });
  }

  private current(generation: number): Loaded | undefined {
    return this.loaded && this.loaded.meta.generation === generation ? this.loaded : undefined;
  }

  private analyse(request: AnalyseRequest): void {
    const loaded = this.current(request.generation);
    const pathway = this.pathway;
    if (!loaded || !pathway) {
      this.post({ type: 'stale', id: request.id });
      return;
    }
    const { cohort, index } = loaded;
    const filterKey = JSON.stringify([loaded.meta.generation, request.filter]);
    const keyOf = (timings: boolean) => JSON.stringify([filterKey, request.parameters, timings]);
    const key = keyOf(request.timings);
    // Without a missed-points filter, the filtered journeys do not depend on W and H.
    const paramFree = request.filter.withMissedPoints === undefined;
    // An analysis with the medians serves a request without them too.
    let cached = this.analyses.get(key) ?? (request.timings ? undefined : this.analyses.get(keyOf(true)));
    const started = performance.now();
    if (!cached) {
      const mask = filterMask(cohort, pathway.pathway, index, request.filter);
      const analysis = analyseCohort(
        cohort,
        pathway.pathway,
        pathway.table,
        params(request.parameters),
        mask,
      );
      refineMask(analysis, request.filter);
      let summary: CohortSummary;
      let variants: VariantsCache | undefined;
      const base = paramFree ? this.filters.get(filterKey) : undefined;
      if (base && (base.timings || !request.timings)) {
        summary = { ...base.summary, ...missedStats(cohort, pathway.pathway, analysis) };
        variants = base.variants;
      } else {
        summary = summariseAnalysis(cohort, pathway.pathway, analysis, { timings: request.timings });
        if (paramFree)
          this.filters.set(filterKey, { summary, timings: request.timings, variants: base?.variants });
        variants = base?.variants;
      }
      cached = { key, analysis, summary, variants };
      this.analyses.set(key, cached);
    }
    const computeMs = performance.now() - started;
    this.cache = cached;
    this.post({
      type: 'overlay',
      id: request.id,
      generation: request.generation,
      overlay: {
        key: cached.key,
        parameters: request.parameters,
        timings: request.timings,
        summary: cached.summary,
        computeMs,
      },
    });
    const listStarted = performance.now();
    const { analysis } = cached;
    if (cached.variants?.limit !== request.variantLimit) {
      cached.variants = {
        ...topVariants(pathway.pathway, index, analysis.included, request.variantLimit),
        limit: request.variantLimit,
      };
      const base = paramFree ? this.filters.get(filterKey) : undefined;
      if (base) base.variants = cached.variants;
    }
    const indices = listIndices(
      cohort,
      pathway.pathway,
      index,
      analysis,
      request.focus,
      request.throughService,
    );
    const missedCount = new Int32Array(indices.length);
    for (let i = 0; i < indices.length; i++)
      missedCount[i] = analysis.missedCount[indices[i] as number] as number;
    this.post({
      type: 'list',
      id: request.id,
      generation: request.generation,
      list: {
        indices,
        missedCount,
        filtered: cached.summary.journeys,
        variants: cached.variants.variants,
        variantCount: cached.variants.count,
        computeMs: performance.now() - listStarted,
      },
    });
  }

  private journey(request: JourneyRequest): void {
    const loaded = this.current(request.generation);
    const pathway = this.pathway;
    if (!loaded || !pathway) {
      this.post({ type: 'stale', id: request.id });
      return;
    }
    const { cohort } = loaded;
    const j = request.index;
    if (!Number.isInteger(j) || j < 0 || j >= cohort.journeyIds.length) {
      this.post({ type: 'journey', id: request.id, generation: request.generation, detail: null });
      return;
    }
    const p = params(request.parameters);
    const cached = this.cache?.analysis;
    // The cached analysis has this journey when the filters kept it and W and H are the same.
    const analysis =
      cached?.included[j] === 1 &&
      cached.parameters.windowDays === p.windowDays &&
      cached.parameters.horizonDays === p.horizonDays
        ? cached
        : analyseCohort(cohort, pathway.pathway, pathway.table, p, oneJourney(cohort.journeyIds.length, j));
    this.post({
      type: 'journey',
      id: request.id,
      generation: request.generation,
      detail: journeyDetail(cohort, pathway.pathway, analysis, j),
    });
  }
}

function oneJourney(J: number, j: number): Uint8Array {
  const mask = new Uint8Array(J);
  mask[j] = 1;
  return mask;
}
