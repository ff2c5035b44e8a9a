import csv from '../../../pathway-data/coventry/cohort.csv?raw';
import { analyseCohort, type CohortAnalysis } from '../../core/analysis/analyseCohort.ts';
import { journeyVariants, type Variant } from '../../core/analysis/journeyVariants.ts';
import { DEFAULT_PARAMETERS } from '../../core/analysis/parameters.ts';
import { summariseAnalysis, type CohortSummary } from '../../core/analysis/summariseAnalysis.ts';
import { journeyRows } from '../../core/analysis/journeyRows.ts';
import { journeyDetail, type JourneyDetail, type JourneyRow } from '../../core/analysis/viewModel.ts';
import { importCohort } from '../../core/cohort/importCohort.ts';
import type { Cohort } from '../../core/cohort/types.ts';
import { seededRandom } from '../../core/generate/random.ts';
import { loadPathway } from '../../core/pathway/loadedPathway.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { formatProblem } from '../../core/problems.ts';
import { coventryPathway } from './pathways.ts';

/**
 * The shipped synthetic Coventry cohort (ten invented journeys), imported, replayed and analysed with the
 * default rule parameters: the plain data that stories and unit tests of the explorer's components share.
 */
export interface CohortFixture {
  readonly pathway: Pathway;
  readonly cohort: Cohort;
  readonly analysis: CohortAnalysis;
  readonly rows: readonly JourneyRow[];
  readonly variants: readonly Variant[];
  readonly summary: CohortSummary;
  /** One journey with every event, by its id (e.g. "C01"). */
  readonly detail: (id: string) => JourneyDetail;
  readonly concernLabel: (id: string) => string;
}

function buildFixture(pathway: Pathway): CohortFixture {
  // The shipped file has a `synthetic` column; the option keeps the fixture synthetic whatever the file says,
  // because the app must say so wherever it shows these journeys.
  const imported = importCohort('pathway-data/coventry/cohort.csv', csv, pathway, { synthetic: true });
  if (!imported.ok) throw new Error(imported.problems.map(formatProblem).join('\n'));
  const cohort = imported.value;
  const { table } = loadPathway(pathway);
  const analysis = analyseCohort(cohort, pathway, table, DEFAULT_PARAMETERS);
  const labels = new Map(pathway.concerns.map((c) => [c.id as string, c.label]));
  return {
    pathway,
    cohort,
    analysis,
    rows: journeyRows(cohort, pathway, analysis),
    variants: journeyVariants(cohort, pathway, analysis),
    summary: summariseAnalysis(cohort, pathway, analysis),
    detail: (id) => {
      const j = cohort.journeyIds.indexOf(id as Cohort['journeyIds'][number]);
      if (j < 0) throw new Error(`no journey ${id} in the Coventry cohort`);
      return journeyDetail(cohort, pathway, analysis, j);
    },
    concernLabel: (id) => labels.get(id) ?? id,
  };
}

export const coventryFixture: CohortFixture = buildFixture(coventryPathway);

const AGE_BANDS = ['10-11', '12-13', '14-15', '16-17'];

/**
 * `n` journey rows with seeded random values (same seed, same rows), for the virtualised list and its
 * benchmark. They are rows only, not a replayed cohort: the list needs nothing else.
 */
export function generatedJourneyRows(pathway: Pathway, n: number, seed = 1): JourneyRow[] {
  const random = seededRandom(seed);
  const concerns = pathway.concerns.map((c) => c.id as string);
  const rows: JourneyRow[] = new Array<JourneyRow>(n);
  for (let i = 0; i < n; i++) {
    const crisis = random() < 0.6;
    const picked = concerns.filter(() => random() < 0.15);
    rows[i] = {
      index: i,
      id: `G${String(i + 1).padStart(6, '0')}`,
      events: 3 + Math.floor(random() * 20),
      reachedCrisis: crisis,
      leadTimeDays: crisis && picked.length > 0 ? Math.floor(random() * 400) : null,
      missedPoints: crisis ? Math.floor(random() * random() * 5) : 0,
      offPathway: Math.floor(random() * 2),
      concerns: picked,
      attributes: { age_band: AGE_BANDS[Math.floor(random() * AGE_BANDS.length)] as string },
    };
  }
  return rows;
}
