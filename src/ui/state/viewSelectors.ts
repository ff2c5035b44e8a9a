import type { RuleParameters } from '../../core/analysis/parameters.ts';
import type { CompareRequest } from '../../core/compare/compareCohort.ts';
import { pathwayLookups } from '../../core/pathway/pathwayLookups.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import type { AnalysisInput, JourneyChoice } from '../data/cohortController.ts';
import type { ViewState } from './viewState.ts';
import { journeyFilterOf } from './viewFilters.ts';

/**
 * Pure selectors from the view to what the cohort worker is asked: the explorer's one connection
 * (`connectExplorer.ts`) sends these to the controller whenever the view changes, and the controller
 * asks again only when they differ.
 */

/** W and H; a unit only when it is hours (days are the default, and a request in days stays as it was). */
export const parametersOf = (view: ViewState): RuleParameters => ({
  windowDays: view.windowDays,
  horizonDays: view.horizonDays,
  ...(view.windowUnit === 'hours' ? { windowUnit: view.windowUnit } : {}),
  ...(view.horizonUnit === 'hours' ? { horizonUnit: view.horizonUnit } : {}),
});

/** The selected service when the pathway has it (a link may name one it does not: it is ignored). */
export function knownServiceOf(view: ViewState, pathway: Pathway): string | null {
  const id = view.selectedServiceId;
  return id !== null && pathwayLookups(pathway).service.has(id) ? id : null;
}

/** The overlay, summary and journey list the view shows. */
export function analysisRequestOf(view: ViewState, pathway: Pathway): AnalysisInput {
  return {
    parameters: parametersOf(view),
    filter: journeyFilterOf(view.filters),
    focus: view.focus,
    throughService: knownServiceOf(view, pathway),
    // The table view lists median waits and move times whatever the map shows.
    timings: view.overlayMode === 'time' || view.mainView === 'table',
  };
}

/** The journey whose detail the timeline and the map show, under the view's W and H. */
export function journeyRequestOf(view: ViewState): JourneyChoice {
  return { journeyId: view.selectedJourneyId, parameters: parametersOf(view) };
}

/**
 * The comparison the view shows, or null: the split, W and H, and the view's filters on the cohort
 * (concerns, columns; the outcome filters are not applied to a comparison: see `CompareRequest`).
 */
export function compareRequestOf(view: ViewState): CompareRequest | null {
  if (!view.compare) return null;
  const { concerns, attributes } = journeyFilterOf(view.filters);
  return {
    choice: view.compare,
    parameters: parametersOf(view),
    filter: { ...(concerns ? { concerns } : {}), ...(attributes ? { attributes } : {}) },
  };
}
