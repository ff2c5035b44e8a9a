import { analyseCohort } from '../analysis/analyseCohort.ts';
import { cohortPeriod } from '../analysis/cohortMeta.ts';
import { journeyMask, refineMask, type JourneyFilter } from '../analysis/journeyMask.ts';
import { summariseAnalysis } from '../analysis/summariseAnalysis.ts';
import type { Cohort } from '../cohort/types.ts';
import { leadTimeJourneys } from '../analysis/leadTimeJourneys.ts';
import type { LoadedPathway } from '../pathway/loadedPathway.ts';
import { buildPathwayFigure } from './buildPathwayFigure.ts';
import { cohortInfoOf, cohortName } from './cohortInfo.ts';
import type { FigureInput, PathwayFigure } from './figureTypes.ts';

/** The figure's own choices (as `FigureInput`'s), and what to draw of the cohort. */
export interface CohortFigureOptions extends Pick<
  FigureInput,
  'parameters' | 'title' | 'disclosure' | 'size' | 'view'
> {
  /** Journeys to keep (the explorer's filters); none: every journey. */
  readonly filter?: JourneyFilter | undefined;
  /** How the figure names the cohort; by default its file name. */
  readonly name?: string | undefined;
  /** Label the figure synthetic even when the cohort does not say so (it cannot unmark one that does). */
  readonly synthetic?: boolean | undefined;
}

/**
 * The board-paper figure of a cohort on a pathway: the one path from an imported cohort to a figure,
 * shared by the embed and the command line (the explorer makes the same figure from the worker's
 * summary, with the same cohort words: `cohortInfoOf`). The cohort is analysed with W and H (and the
 * filter), summarised, and drawn with disclosure control.
 */
export function figureForCohort(
  loaded: LoadedPathway,
  cohort: Cohort,
  options: CohortFigureOptions,
): PathwayFigure {
  const { pathway, table } = loaded;
  const { filter, parameters } = options;
  const mask = filter ? journeyMask(cohort, pathway, filter) : undefined;
  const analysis = analyseCohort(cohort, pathway, table, parameters, mask);
  if (filter) refineMask(analysis, filter);
  return buildPathwayFigure({
    pathway,
    summary: summariseAnalysis(cohort, pathway, analysis),
    parameters,
    cohortInfo: cohortInfoOf({
      name: options.name ?? cohortName(cohort.file),
      synthetic: cohort.synthetic || (options.synthetic ?? false),
      journeys: cohort.journeyIds.length,
      timeBase: cohort.timeBase,
      period: cohortPeriod(cohort),
    }),
    title: options.title,
    disclosure: options.disclosure,
    size: options.size,
    view: options.view,
    filter,
    placement: loaded.slots,
    leadTimeJourneys: leadTimeJourneys(analysis),
  });
}
