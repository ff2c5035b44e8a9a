import { importCohort } from '../core/cohort/importCohort.ts';
import type { Cohort } from '../core/cohort/types.ts';
import type { LoadedPathway } from '../core/pathway/loadedPathway.ts';
import { readPathwayArg, readTextArg, unwrap } from './io.ts';

/** A cohort file read from the command line and validated against a pathway. */
export interface CohortFile {
  readonly cohort: Cohort;
  /** The cohort file as given, and its base name (for figure notes). */
  readonly file: string;
  readonly name: string;
}

/** A pathway and a cohort read from the command line, validated. */
export interface CohortInput extends CohortFile {
  readonly loaded: LoadedPathway;
}

/**
 * Reads one cohort file against a pathway: `readCohortInput` reads `--cohort` through it, and `compare`
 * a second cohort. (Import options every command shares, such as an import profile, belong here.)
 */
export function readCohortFile(loaded: LoadedPathway, arg: string | undefined): CohortFile {
  const input = readTextArg(arg, 'cohort');
  const cohort = unwrap(importCohort(input.file, input.text, loaded.pathway));
  return { cohort, file: input.file, name: input.name };
}

/** Reads `--pathway` and `--cohort`: every command that analyses a cohort starts here. */
export function readCohortInput(values: {
  readonly pathway?: string | undefined;
  readonly cohort?: string | undefined;
}): CohortInput {
  const loaded = readPathwayArg(values.pathway);
  return { loaded, ...readCohortFile(loaded, values.cohort) };
}
