import type { Cohort } from '../cohort/types.ts';
import type { LoadedPathway } from '../pathway/loadedPathway.ts';
import { analyseCohort, type CohortAnalysis } from './analyseCohort.ts';
import type { JourneyFocus } from './journeyFocus.ts';
import { buildJourneyIndex, type JourneyIndex } from './journeyIndex.ts';
import { refineMask, type JourneyFilter } from './journeyMask.ts';
import { Lru } from './lru.ts';
import { concernsAtServices } from './missedRates.ts';
import { missedOnMoves } from './simplifyMap.ts';
import { DEFAULT_PARAMETERS, type RuleParameters } from './parameters.ts';
import { summariseAnalysis, type CohortSummary } from './summariseAnalysis.ts';
import { filterMask, listIndices, missedStats, topVariants } from './viewAnalysis.ts';
import { leadTimeJourneys } from './leadTimeJourneys.ts';
import { journeyDetail, type JourneyDetail, type JourneyListModel, type OverlayModel } from './viewModel.ts';

/** What the explorer asks of a loaded cohort: the overlay and summary, and the journey list. */
export interface ViewRequest {
  readonly parameters: RuleParameters;
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

/** An analysis under one W and H and one filter. */
interface CachedAnalysis {
  readonly key: string;
  readonly analysis: CohortAnalysis;
  readonly summary: CohortSummary;
  /** Journeys with a lead time among the filtered ones (what the median lead time rests on). */
  readonly leadTimeJourneys: number;
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

const parametersKey = (p: RuleParameters) =>
  JSON.stringify({ windowDays: p.windowDays, horizonDays: p.horizonDays });

/**
 * The explorer's analyses of one accepted cohort, with their caches: going back to a filter or a W is
 * immediate, and a change of W or H reuses what does not depend on it. Pure TypeScript, so the worker
 * runs it off the page's thread and the tests run it in Node.
 */
export class ViewAnalyser {
  readonly index: JourneyIndex;
  private readonly analyses = new Lru<string, CachedAnalysis>(4);
  private readonly filters = new Lru<string, CachedFilter>(16);
  /** The latest analysis: a journey's detail reuses it when it has the journey. */
  private latest: CachedAnalysis | undefined;

  constructor(
    private readonly loaded: LoadedPathway,
    readonly cohort: Cohort,
  ) {
    const analysis = analyseCohort(cohort, loaded.pathway, loaded.table, DEFAULT_PARAMETERS);
    this.index = buildJourneyIndex(cohort, loaded.pathway, analysis);
    // The analysis the index was built from is the default view's (no filter, default W and H): keep it,
    // summarised with the medians, so that the first overlay and the switch to the time view cost nothing.
    const summary = this.summarise(analysis, true);
    const filterKey = JSON.stringify({});
    const key = JSON.stringify([filterKey, parametersKey(DEFAULT_PARAMETERS), true]);
    this.filters.set(filterKey, { summary, timings: true });
    this.analyses.set(key, { key, analysis, summary, leadTimeJourneys: leadTimeJourneys(analysis) });
  }

  /**
   * The overlay of a request, then (when called) its journey list: the page draws the map from the first
   * before the second is computed.
   */
  analyse(request: ViewRequest): { overlay: OverlayModel; list: () => JourneyListModel } {
    const { cohort, index } = this;
    const { pathway, table } = this.loaded;
    const filterKey = JSON.stringify(request.filter);
    const keyOf = (timings: boolean) =>
      JSON.stringify([filterKey, parametersKey(request.parameters), timings]);
    const key = keyOf(request.timings);
    // Without a missed-points filter, the filtered journeys do not depend on W and H.
    const paramFree = request.filter.withMissedPoints === undefined;
    // An analysis with the medians serves a request without them too.
    let cached = this.analyses.get(key) ?? (request.timings ? undefined : this.analyses.get(keyOf(true)));
    const started = performance.now();
    if (!cached) {
      const mask = filterMask(cohort, pathway, index, request.filter);
      const analysis = analyseCohort(cohort, pathway, table, request.parameters, mask);
      refineMask(analysis, request.filter);
      let summary: CohortSummary;
      const base = paramFree ? this.filters.get(filterKey) : undefined;
      if (base && (base.timings || !request.timings)) {
        summary = {
          ...base.summary,
          ...missedStats(cohort, pathway, analysis),
          missedByMove: missedOnMoves(cohort, pathway, analysis),
        };
      } else {
        summary = this.summarise(analysis, request.timings);
        if (paramFree)
          this.filters.set(filterKey, { summary, timings: request.timings, variants: base?.variants });
      }
      cached = {
        key,
        analysis,
        summary,
        leadTimeJourneys: leadTimeJourneys(analysis),
        variants: base?.variants,
      };
      this.analyses.set(key, cached);
    }
    this.latest = cached;
    const current = cached;
    const overlay: OverlayModel = {
      key: current.key,
      parameters: request.parameters,
      timings: request.timings,
      summary: current.summary,
      leadTimeJourneys: current.leadTimeJourneys,
      computeMs: performance.now() - started,
    };
    const list = (): JourneyListModel => {
      const listStarted = performance.now();
      const { analysis } = current;
      if (current.variants?.limit !== request.variantLimit) {
        current.variants = {
          ...topVariants(pathway, index, analysis.included, request.variantLimit),
          limit: request.variantLimit,
        };
        const base = paramFree ? this.filters.get(filterKey) : undefined;
        if (base) base.variants = current.variants;
      }
      const indices = listIndices(cohort, pathway, index, analysis, request.focus, request.throughService);
      const missedCount = new Int32Array(indices.length);
      for (let i = 0; i < indices.length; i++)
        missedCount[i] = analysis.missedCount[indices[i] as number] as number;
      return {
        indices,
        missedCount,
        filtered: current.summary.journeys,
        variants: current.variants.variants,
        variantCount: current.variants.count,
        computeMs: performance.now() - listStarted,
      };
    };
    return { overlay, list };
  }

  /** The summary of an analysis, with the concerns raised at each service (the missed-point rates' denominators). */
  private summarise(analysis: CohortAnalysis, timings: boolean): CohortSummary {
    const { pathway } = this.loaded;
    return {
      ...summariseAnalysis(this.cohort, pathway, analysis, { timings }),
      concernsByService: concernsAtServices(this.cohort, pathway, analysis.included),
      missedByMove: missedOnMoves(this.cohort, pathway, analysis),
    };
  }

  /** One journey's detail under W and H, or null for an index the cohort does not have. */
  journey(j: number, parameters: RuleParameters): JourneyDetail | null {
    const { cohort } = this;
    const { pathway, table } = this.loaded;
    if (!Number.isInteger(j) || j < 0 || j >= cohort.journeyIds.length) return null;
    const cached = this.latest?.analysis;
    // The latest analysis has this journey when the filters kept it and W and H are the same.
    const analysis =
      cached?.included[j] === 1 &&
      cached.parameters.windowDays === parameters.windowDays &&
      cached.parameters.horizonDays === parameters.horizonDays
        ? cached
        : analyseCohort(cohort, pathway, table, parameters, oneJourney(cohort.journeyIds.length, j));
    return journeyDetail(cohort, pathway, analysis, j);
  }
}

function oneJourney(J: number, j: number): Uint8Array {
  const mask = new Uint8Array(J);
  mask[j] = 1;
  return mask;
}
