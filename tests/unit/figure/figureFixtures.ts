import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import { DEFAULT_PARAMETERS, type RuleParameters } from '../../../src/core/analysis/parameters.ts';
import { summariseAnalysis, type CohortSummary } from '../../../src/core/analysis/summariseAnalysis.ts';
import type { Cohort } from '../../../src/core/cohort/types.ts';
import type { DisclosureSettings } from '../../../src/core/disclosure/disclosureSettings.ts';
import { leadTimeJourneys } from '../../../src/core/analysis/leadTimeJourneys.ts';
import { buildPathwayFigure } from '../../../src/core/figure/buildPathwayFigure.ts';
import type { FigureSize, FigureView, PathwayFigure } from '../../../src/core/figure/figureTypes.ts';
import { journeyMask, refineMask, type JourneyFilter } from '../../../src/core/analysis/journeyMask.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import type { Pathway } from '../../../src/core/pathway/types.ts';
import { validatePathway } from '../../../src/core/pathway/validatePathway.ts';
import { readPathway } from '../helpers.ts';
import { readCoventryCohort } from './coventryCohort.ts';

// The figure code must not depend on the time zone; the test script fixes it anyway, as Plot's does.
process.env.TZ = 'UTC';

export const coventry: Pathway = readPathway('pathway-data/coventry/pathway.json');

export interface Analysed {
  readonly pathway: Pathway;
  readonly cohort: Cohort;
  readonly summary: CohortSummary;
  readonly leadTimeJourneys: number;
}

export function analyse(
  pathway: Pathway,
  parameters: RuleParameters = DEFAULT_PARAMETERS,
  filter?: JourneyFilter,
): Analysed {
  const loaded = loadPathway(pathway);
  const cohort = readCoventryCohort(pathway);
  const mask = filter ? journeyMask(cohort, pathway, filter) : undefined;
  const analysis = analyseCohort(cohort, pathway, loaded.table, parameters, mask);
  if (filter) refineMask(analysis, filter);
  return {
    pathway,
    cohort,
    summary: summariseAnalysis(cohort, pathway, analysis),
    leadTimeJourneys: leadTimeJourneys(analysis),
  };
}

export function coventryFigure(
  options: {
    disclosure?: DisclosureSettings;
    size?: FigureSize;
    pathway?: Pathway;
    title?: string;
    parameters?: RuleParameters;
    filter?: JourneyFilter;
    view?: FigureView;
  } = {},
): PathwayFigure {
  const parameters = options.parameters ?? DEFAULT_PARAMETERS;
  const a = analyse(options.pathway ?? coventry, parameters, options.filter);
  return buildPathwayFigure({
    pathway: a.pathway,
    summary: a.summary,
    parameters,
    cohortInfo: {
      name: 'cohort.csv',
      synthetic: true,
      journeys: 10,
      periodStart: '2019-01-07',
      periodEnd: '2020-07-06',
    },
    title: options.title,
    disclosure: options.disclosure,
    size: options.size,
    view: options.view,
    filter: options.filter,
    leadTimeJourneys: a.leadTimeJourneys,
  });
}

/** A pathway with one crowded level: `n` services with long labels. */
export function crowdedPathway(n: number): Pathway {
  const services = Array.from({ length: n }, (_, i) => ({
    id: `s${String(i)}`,
    label: `A community service with a rather long name, number ${String(i + 1)}`,
    level: i % 4 === 0 ? 'b' : 'a',
    agency: 'Agency',
    tags: i < 3 ? ['early-intervention'] : i === n - 1 ? ['crisis'] : [],
    description: '',
  }));
  const r = validatePathway({
    id: 'crowded',
    title: 'Crowded',
    area: 'Somewhere',
    source: 'Test',
    version: '1',
    levels: [
      { id: 'a', label: 'Level A' },
      { id: 'b', label: 'Level B' },
    ],
    services,
    routes: services.slice(1).map((s, i) => ({ from: `s${String(i)}`, to: s.id })),
    concerns: [{ id: 'low_mood', label: 'Low mood' }],
  });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.value;
}
