import { importCohort } from '../core/cohort/importCohort.ts';
import type { Cohort } from '../core/cohort/types.ts';
import type { LoadedPathway } from '../core/pathway/loadedPathway.ts';
import type { Pathway } from '../core/pathway/types.ts';
import { formatProblem, type Result } from '../core/problems.ts';
import { importWithProfile, type ProfileInput } from '../core/profile/importWithProfile.ts';
import { parseProfile } from '../core/profile/parseProfile.ts';
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

/** Reads a cohort file's text into a cohort; the importer by default (tests may pass their own). */
export type CohortLoader = (file: string, text: string, pathway: Pathway) => Result<Cohort>;

/** `--map profile.json`: the import profile, validated (CONTRACT §5); undefined without the option. */
export function readProfileArg(arg: string | undefined): ProfileInput | undefined {
  if (arg === undefined) return undefined;
  const { file, text } = readTextArg(arg, 'map');
  return { profile: unwrap(parseProfile(text, file)), file };
}

/**
 * Reads one cohort file against a pathway, through an import profile when given: `readCohortInput` reads
 * `--cohort` through it, and `compare` a second cohort. With a profile, the file is read as the §2 cohort
 * it describes; the import's warnings (rows a profile left out, …) go to stderr, so that stdout keeps
 * exactly what the equivalent §2 file gives.
 */
export function readCohortFile(
  loaded: LoadedPathway,
  arg: string | undefined,
  profile?: ProfileInput,
  load?: CohortLoader,
): CohortFile {
  const input = readTextArg(arg, 'cohort');
  const read: CohortLoader =
    load ??
    (profile
      ? (file, text, pathway) => importWithProfile(file, text, pathway, profile)
      : (file, text, pathway) => importCohort(file, text, pathway));
  const cohort = unwrap(read(input.file, input.text, loaded.pathway));
  for (const w of cohort.warnings ?? []) process.stderr.write(`Warning: ${formatProblem(w)}\n`);
  return { cohort, file: input.file, name: input.name };
}

/** Reads `--pathway`, `--cohort` and `--map`: every command that analyses a cohort starts here. */
export function readCohortInput(
  values: {
    readonly pathway?: string | undefined;
    readonly cohort?: string | undefined;
    readonly map?: string | undefined;
  },
  load?: CohortLoader,
): CohortInput {
  const loaded = readPathwayArg(values.pathway);
  const profile = readProfileArg(values.map);
  return { loaded, ...readCohortFile(loaded, values.cohort, profile, load) };
}
