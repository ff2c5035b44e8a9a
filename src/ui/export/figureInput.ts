import type { RuleParameters } from '../../core/analysis/parameters.ts';
import type { CohortSummary } from '../../core/analysis/summariseAnalysis.ts';
import { cohortInfoOf, cohortName } from '../../core/figure/cohortInfo.ts';
import type { CohortInfo, FigureView } from '../../core/figure/figureTypes.ts';
import type { JourneyFilter } from '../../core/analysis/journeyMask.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import type { CohortMeta } from '../../core/analysis/cohortMeta.ts';
import type { JourneyTable } from '../../core/analysis/journeyIndex.ts';
import type { OverlayModel } from '../../core/analysis/viewModel.ts';
import type { CompareFigureGroup } from '../../core/figure/buildCompareFigure.ts';

/** What the export dialog needs of the current view: the props of `ExportDialog` less its callbacks. */
export interface FigureSource {
  readonly pathway: Pathway;
  readonly summary: CohortSummary;
  readonly parameters: RuleParameters;
  readonly cohortInfo: CohortInfo;
  /** Journeys with a lead time; undefined when unknown (a suppressed figure then leaves the median out). */
  readonly leadTimeJourneys?: number | undefined;
  /** The view's filters, which the figure's data note names. */
  readonly filter?: JourneyFilter | undefined;
  /** What the map shows (journeys, or times): the figure starts with the same. */
  readonly view?: FigureView | undefined;
  /**
   * Set in compare mode: the "before / after" figure of the two groups on screen (the summary above is
   * then the first group's, and the filter is not drawn: each group is every journey of its split).
   */
  readonly compare?:
    | {
        readonly split: string;
        readonly groups: readonly [CompareFigureGroup, CompareFigureGroup];
        /** The view's filters on the cohort, which the comparison applied to each group. */
        readonly filter?: JourneyFilter | undefined;
      }
    | undefined;
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
 * with, and how many of them have a lead time), with the view's filters and display. Null until a
 * cohort is loaded and analysed. Where the overlay does not say how many journeys have a lead time (an
 * aggregate overlay), it is counted from the table when no filter narrowed the view, and otherwise left
 * undefined: a suppressed figure then leaves the median lead time out rather than risk a median of
 * fewer than 5 journeys.
 */
export function currentFigureInput(args: {
  pathway: Pathway;
  meta: CohortMeta | null;
  table: JourneyTable | null;
  overlay: OverlayModel | null;
  filter?: JourneyFilter | undefined;
  view?: FigureView | undefined;
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
      overlay.leadTimeJourneys ??
      (unfiltered && table && table.ids.length === meta.journeys ? leadTimeCount(table) : undefined),
    filter: args.filter,
    view: args.view,
  };
}
