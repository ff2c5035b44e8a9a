import type { RuleParameters } from '../../core/analysis/parameters.ts';
import type { CohortSummary } from '../../core/analysis/summariseAnalysis.ts';
import { cohortInfoOf, cohortName } from '../../core/figure/cohortInfo.ts';
import type { CohortInfo } from '../../core/figure/figureTypes.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import type { CohortMeta } from '../../core/analysis/cohortMeta.ts';
import type { JourneyTable } from '../../core/analysis/journeyIndex.ts';
import type { OverlayModel } from '../../core/analysis/viewModel.ts';

/** What the export dialog needs of the current view: the props of `ExportDialog` less its callbacks. */
export interface FigureSource {
  readonly pathway: Pathway;
  readonly summary: CohortSummary;
  readonly parameters: RuleParameters;
  readonly cohortInfo: CohortInfo;
  /** Journeys with a lead time; undefined when unknown (a suppressed figure then leaves the median out). */
  readonly leadTimeJourneys?: number | undefined;
}

/** Journeys with a lead time among `count` journeys of the table (all of them when the view is unfiltered). */
export function leadTimeCount(table: JourneyTable): number {
  let n = 0;
  for (const t of table.leadTime) if (!Number.isNaN(t)) n++;
  return n;
}

/**
 * The figure of the explorer's current view, from what the cohort worker sent: the loaded cohort's meta
 * and table and the overlay (the summary of the filtered journeys, with the W and H it was computed
 * with). Null until a cohort is loaded and analysed. The number of journeys with a lead time is known
 * only when no filter narrowed the view (the worker does not send the filtered set); otherwise it is
 * left undefined, and a suppressed figure leaves the median lead time out rather than risk showing a
 * median of fewer than 5 journeys.
 */
export function currentFigureInput(args: {
  pathway: Pathway;
  meta: CohortMeta | null;
  table: JourneyTable | null;
  overlay: OverlayModel | null;
}): FigureSource | null {
  const { pathway, meta, table, overlay } = args;
  if (!meta || !overlay) return null;
  const unfiltered = overlay.summary.journeys === meta.journeys;
  return {
    pathway,
    summary: overlay.summary,
    parameters: overlay.parameters,
    cohortInfo: cohortInfoOf({ ...meta, name: cohortName(meta.file) }),
    leadTimeJourneys:
      unfiltered && table && table.ids.length === meta.journeys ? leadTimeCount(table) : undefined,
  };
}
