import type { CohortAnalysis } from '../analysis/analyseCohort.ts';
import { publishedSummary, summariseAnalysis } from '../analysis/summariseAnalysis.ts';
import { cohortPeriod } from '../analysis/cohortMeta.ts';
import type { Cohort } from '../cohort/types.ts';
import { leadTimeJourneys } from '../analysis/leadTimeJourneys.ts';
import { periodOf } from '../figure/cohortInfo.ts';
import type { Pathway } from '../pathway/types.ts';
import type { AggregateOverlay } from './overlayTypes.ts';

/** The aggregate overlay of an analysis made in process (what `pathway-lens aggregate` writes). */
export function aggregateOverlay(
  cohort: Cohort,
  pathway: Pathway,
  analysis: CohortAnalysis,
): AggregateOverlay {
  const period = periodOf(cohort.timeBase, cohortPeriod(cohort));
  return {
    overlay: 1,
    pathway: pathway.id,
    parameters: {
      windowDays: analysis.parameters.windowDays,
      horizonDays: analysis.parameters.horizonDays,
    },
    summary: publishedSummary(summariseAnalysis(cohort, pathway, analysis)),
    cohort: {
      leadTimeJourneys: leadTimeJourneys(analysis),
      periodStart: period.periodStart ?? null,
      periodEnd: period.periodEnd ?? null,
      ...(cohort.synthetic ? { synthetic: true } : {}),
    },
  };
}
