import { readFileSync } from 'node:fs';
import { importCohort } from '../../../src/core/cohort/importCohort.ts';
import type { Cohort } from '../../../src/core/cohort/types.ts';
import { formatProblem } from '../../../src/core/problems.ts';
import type { Pathway } from '../../../src/core/pathway/types.ts';
import { root } from '../helpers.ts';

/** The shipped synthetic Coventry cohort, read with the project's importer. */
export function readCoventryCohort(pathway: Pathway, path = 'pathway-data/coventry/cohort.csv'): Cohort {
  return cohortFromCsvText(readFileSync(root + path, 'utf8'), pathway, path);
}

/** A cohort from the text of a CSV file; throws with the importer's messages when it is refused. */
export function cohortFromCsvText(text: string, pathway: Pathway, file: string): Cohort {
  const r = importCohort(file, text, pathway);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.value;
}
