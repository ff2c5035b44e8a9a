import { analyseCohort } from '../../core/analysis/analyseCohort.ts';
import { journeyMask, refineMask } from '../../core/analysis/journeyMask.ts';
import { summariseAnalysis } from '../../core/analysis/summariseAnalysis.ts';
import { importCohort } from '../../core/cohort/importCohort.ts';
import type { Cohort } from '../../core/cohort/types.ts';
import { leadTimeJourneys } from '../../core/disclosure/leadTimeJourneys.ts';
import { buildPathwayFigure } from '../../core/figure/buildPathwayFigure.ts';
import type { PathwayFigure } from '../../core/figure/figureTypes.ts';
import { loadPathway, type LoadedPathway } from '../../core/pathway/loadedPathway.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import type { Result } from '../../core/problems.ts';
import { cohortName, periodOf } from '../export/figureInput.ts';
import { journeyFilter, type EmbedLink } from './embedLink.ts';

/** The shipped cohort's file, as the figure's data note names it. */
export const EMBED_COHORT_FILE = 'pathway-data/coventry/cohort.csv';

/** The cohort's first and last event time in days, or null when it has no event. */
function cohortPeriod(cohort: Cohort): { first: number; last: number } | null {
  if (cohort.time.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const t of cohort.time) {
    if (t < first) first = t;
    if (t > last) last = t;
  }
  return { first, last };
}

export interface EmbedData {
  readonly loaded: LoadedPathway;
  readonly cohort: Cohort;
}

/** Imports the shipped cohort (marked synthetic) for the pathway; problems name the file and row. */
export function loadEmbedData(pathway: Pathway, csv: string): Result<EmbedData> {
  const cohort = importCohort(EMBED_COHORT_FILE, csv, pathway, { synthetic: true });
  if (!cohort.ok) return cohort;
  return { ok: true, value: { loaded: loadPathway(pathway), cohort: cohort.value } };
}

/**
 * The figure an embed link asks for, computed on the page's thread (the shipped cohort is small):
 * the link's filters and W and H, then the figure with suppression always on.
 */
export function embedFigure(data: EmbedData, link: EmbedLink): PathwayFigure {
  const { loaded, cohort } = data;
  const filter = journeyFilter(link.filters);
  const mask = journeyMask(cohort, loaded.pathway, filter);
  const analysis = analyseCohort(cohort, loaded.pathway, loaded.table, link.parameters, mask);
  refineMask(analysis, filter);
  const summary = summariseAnalysis(cohort, loaded.pathway, analysis);
  return buildPathwayFigure({
    pathway: loaded.pathway,
    summary,
    parameters: link.parameters,
    cohortInfo: {
      name: cohortName(cohort.file),
      synthetic: true,
      journeys: cohort.journeyIds.length,
      ...periodOf(cohort.timeBase, cohortPeriod(cohort)),
    },
    title: link.title,
    disclosure: { suppress: true, roundTo: link.roundTo },
    size: link.size,
    leadTimeJourneys: leadTimeJourneys(analysis),
  });
}
