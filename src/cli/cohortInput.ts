import { importCohort } from '../core/cohort/importCohort.ts';
import type { Cohort } from '../core/cohort/types.ts';
import type { LoadedPathway } from '../core/pathway/loadedPathway.ts';
import { readPathwayArg, readTextArg, unwrap } from './io.ts';

/** A pathway and a cohort read from the command line, validated. */
export interface CohortInput {
  readonly loaded: LoadedPathway;
  readonly cohort: Cohort;
  /** The cohort file as given, and its base name (for figure notes). */
  readonly file: string;
  readonly name: string;
}

/** Reads `--pathway` and `--cohort`: every command that analyses a cohort starts here. */
export function readCohortInput(values: {
  readonly pathway?: string | undefined;
  readonly cohort?: string | undefined;
}): CohortInput {
  const loaded = readPathwayArg(values.pathway);
  const input = readTextArg(values.cohort, 'cohort');
  const cohort = unwrap(importCohort(input.file, input.text, loaded.pathway));
  return { loaded, cohort, file: input.file, name: input.name };
}
