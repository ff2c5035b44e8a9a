import { readFileSync } from 'node:fs';
import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import { importCohort } from '../../../src/core/cohort/importCohort.ts';
import type { Cohort } from '../../../src/core/cohort/types.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import { trainerCases } from '../../../src/core/trainer/trainerCases.ts';
import { readPathway, root } from '../helpers.ts';

/** The shipped Coventry pathway and its synthetic cohort, as the trainer loads them. */
export const pathway = readPathway('pathway-data/coventry/pathway.json');
export const loaded = loadPathway(pathway);

function readCohort(): Cohort {
  const r = importCohort(
    'cohort.csv',
    readFileSync(`${root}pathway-data/coventry/cohort.csv`, 'utf8'),
    pathway,
    {
      synthetic: true,
    },
  );
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.value;
}

export const cohort = readCohort();
export const analysis = analyseCohort(cohort, pathway, loaded.table, DEFAULT_PARAMETERS);
export const cases = trainerCases(loaded, cohort);

export function caseById(id: string) {
  const c = cases.find((k) => k.id === id);
  if (!c) throw new Error(`no case ${id}`);
  return c;
}
