import { importCohort } from '../../core/cohort/importCohort.ts';
import type { Cohort } from '../../core/cohort/types.ts';
import { figureForCohort } from '../../core/figure/figureForCohort.ts';
import type { PathwayFigure } from '../../core/figure/figureTypes.ts';
import { loadPathway, type LoadedPathway } from '../../core/pathway/loadedPathway.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import type { Result } from '../../core/problems.ts';
import { journeyFilterOf } from '../state/viewFilters.ts';
import type { EmbedLink } from '../export/embedLink.ts';

/** The shipped cohort's file, as the figure's data note names it. */
export const EMBED_COHORT_FILE = 'pathway-data/coventry/cohort.csv';

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
  return figureForCohort(data.loaded, data.cohort, {
    parameters: link.parameters,
    filter: journeyFilterOf(link.filters),
    synthetic: true,
    title: link.title,
    disclosure: { suppress: true, roundTo: link.roundTo },
    size: link.size,
    view: link.view,
  });
}

/** The link's concern codes and columns that the shipped cohort and pathway do not have, in words. */
export function embedFilterProblems(data: EmbedData, link: EmbedLink): string[] {
  const { pathway } = data.loaded;
  const problems: string[] = [];
  const unknown = link.filters.concerns.filter((c) => !pathway.concerns.some((x) => x.id === c));
  if (unknown.length > 0)
    problems.push(
      `concern: ${unknown.map((c) => `“${c}”`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a concern of the pathway; it has ${pathway.concerns.map((c) => c.id).join(', ')}.`,
    );
  for (const name of Object.keys(link.filters.attributes))
    if (!data.cohort.attributes.some((a) => a.name === name))
      problems.push(
        `a.${name}: the cohort has no column “${name}”; it has ${data.cohort.attributes.map((a) => a.name).join(', ')}.`,
      );
  return problems;
}
