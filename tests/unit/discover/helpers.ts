import { analyseCohort, type CohortAnalysis } from '../../../src/core/analysis/analyseCohort.ts';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import { importCohort } from '../../../src/core/cohort/importCohort.ts';
import type { Cohort } from '../../../src/core/cohort/types.ts';
import {
  discoverPathway,
  type DiscoverOptions,
  type Discovery,
} from '../../../src/core/discover/discoverPathway.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import type { Pathway } from '../../../src/core/pathway/types.ts';
import { okValue } from '../cohort/helpers.ts';

export { okValue, problemsOf } from '../cohort/helpers.ts';

/** A CSV log (day offsets) from rows `journey,day,service,activity,concerns`. */
export const log = (...rows: string[]) => `journey_id,day,service,activity,concerns\n${rows.join('\n')}\n`;

/** A CSV log with one journey per list of services, one event a day, all contacts. */
export const journeys = (...list: readonly (readonly string[])[]) =>
  log(...list.flatMap((services, j) => services.map((s, i) => `J${j + 1},${i},${s},contact,`)));

export const discover = (text: string, opts: DiscoverOptions = {}, file = 'log.csv'): Discovery =>
  okValue(discoverPathway(file, text, opts));

/** The log imported against a pathway and analysed with the default rule, as `analyse` does. */
export function analyseWith(
  pathway: Pathway,
  text: string,
  file = 'log.csv',
): { cohort: Cohort; analysis: CohortAnalysis } {
  const loaded = loadPathway(pathway);
  const cohort = okValue(importCohort(file, text, pathway));
  return { cohort, analysis: analyseCohort(cohort, pathway, loaded.table, DEFAULT_PARAMETERS) };
}

/** Routes as `from>to` strings. */
export const routesOf = (p: Pathway) => p.routes.map((r) => `${r.from}>${r.to}`);
