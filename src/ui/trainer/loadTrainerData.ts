import csv from '../../../pathway-data/coventry/cohort.csv?raw';
import pathwayJson from '../../../pathway-data/coventry/pathway.json';
import { importCohort } from '../../core/cohort/importCohort.ts';
import { loadPathway, type LoadedPathway } from '../../core/pathway/loadedPathway.ts';
import { validatePathway } from '../../core/pathway/validatePathway.ts';
import type { Problem } from '../../core/problems.ts';
import type { PlayerCase } from '../../core/trainer/playerCase.ts';
import { trainerCases } from '../../core/trainer/trainerCases.ts';

export const PATHWAY_FILE = 'pathway-data/coventry/pathway.json';
export const COHORT_FILE = 'pathway-data/coventry/cohort.csv';

export type TrainerData =
  | { readonly ok: true; readonly loaded: LoadedPathway; readonly cases: readonly PlayerCase[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

let cached: TrainerData | undefined;

/**
 * The Coventry pathway and its synthetic cohort, bundled with the app (no request at run time):
 * validated, imported as synthetic, analysed, and turned into cases. Computed once.
 */
export function loadTrainerData(): TrainerData {
  if (cached) return cached;
  const pathway = validatePathway(pathwayJson, PATHWAY_FILE);
  if (!pathway.ok) return (cached = { ok: false, problems: pathway.problems });
  const loaded = loadPathway(pathway.value);
  const cohort = importCohort(COHORT_FILE, csv, pathway.value, { synthetic: true });
  if (!cohort.ok) return (cached = { ok: false, problems: cohort.problems });
  return (cached = { ok: true, loaded, cases: trainerCases(loaded, cohort.value) });
}
