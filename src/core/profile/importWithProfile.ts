import { CohortBuilder } from '../cohort/cohortBuilder.ts';
import { detectDelimiter, type CsvDelimiter } from '../cohort/detectDelimiter.ts';
import { createReadJob, runReadJob, type ImportCohortOptions } from '../cohort/importCohort.ts';
import type { ReadJob, TargetFactory, TargetOptions } from '../cohort/rows.ts';
import type { Cohort } from '../cohort/types.ts';
import type { Pathway } from '../pathway/types.ts';
import type { Problem, Result } from '../problems.ts';
import { ProfileRows, type ProfileInner } from './profileRows.ts';
import type { KnownValues } from './profileValues.ts';
import type { ImportProfile } from './profileSchema.ts';

/** A validated import profile and the name of its file (problems about the profile name it). */
export interface ProfileInput {
  readonly profile: ImportProfile;
  readonly file?: string | undefined;
}

/** How problems name the §2 columns: by the file's own column names that the profile maps to them. */
export function columnLabels(p: ImportProfile): Record<string, string> {
  const c = p.columns;
  const labels: Record<string, string> = { journey_id: c.journey, service: c.service };
  if (c.time !== undefined) labels.date = c.time;
  if (c.day !== undefined) labels.day = c.day;
  labels.activity = c.activity ?? `activity (from "${c.service}")`;
  labels.concerns = p.concerns?.column ?? 'concernColumns';
  if (c.note !== undefined) labels.note = c.note;
  return labels;
}

/**
 * Any target behind the profile's adapter (ProfileRows): the reader's rows are read as the profile says and
 * handed on as §2 rows. `known` says which values the target reads as they are; `pathway`, when given, is
 * what the profile's target ids are checked against; `attach` puts the warnings on the outcome.
 */
export function profiledTarget<T, I extends ProfileInner<T>>(
  inner: (opts: TargetOptions) => I,
  known: (target: I) => KnownValues,
  input: ProfileInput,
  cohortFile: string | undefined,
  pathway?: Pathway,
  attach?: (value: T, warnings: Problem[]) => T,
): TargetFactory<T> {
  return (opts) => {
    const target = inner({ ...opts, columnLabels: columnLabels(input.profile), profiled: true });
    const where = { file: cohortFile, profileFile: input.file };
    return new ProfileRows(target, known(target), input.profile, where, pathway, attach);
  };
}

/**
 * The target an import through a profile reads into: the one validator (problems named by the file's own
 * column names) behind the profile's adapter. `checkIds: false` skips checking the profile's target ids
 * against the pathway (discovery's pathway is made of the values the profile gave).
 */
export function profileTarget(
  pathway: Pathway,
  input: ProfileInput,
  cohortFile: string | undefined,
  opts: { readonly checkIds?: boolean } = {},
): TargetFactory<Cohort> {
  return profiledTarget(
    (o) => new CohortBuilder(pathway, o),
    ({ values }) => ({
      service: (v) => values.service(v) >= 0,
      activity: (v) => values.activity(v) >= 0,
      concern: (v) => values.concern(v) >= 0,
    }),
    input,
    cohortFile,
    opts.checkIds === false ? undefined : pathway,
    (cohort, warnings) => ({ ...cohort, warnings }),
  );
}

/**
 * The delimiter of a CSV read with a profile: the profile's, else detected from the header line — the
 * first line (of the first twenty) that names the profile's journey column, so that a title row above the
 * header does not decide it.
 */
export function profileDelimiter(text: string, profile: ImportProfile): CsvDelimiter | undefined {
  if (profile.delimiter !== undefined) return profile.delimiter === 'tab' ? '\t' : profile.delimiter;
  const want = profile.columns.journey.trim().toLowerCase();
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let line = 0; line < 20 && start < text.length; line++) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (text.slice(start, stop).toLowerCase().includes(want))
      return detectDelimiter(text.slice(start, stop + 1));
    start = stop + 1;
  }
  return undefined;
}

/**
 * An import through a profile (CONTRACT §5), of any format, as a sliced job: the same checks and readers
 * as `createImportJob` (an XES log as plain rows), with the profile's adapter between the reader and the
 * validator. The anonymity guard runs in the same pass.
 */
export function createProfileImportJob(
  fileName: string,
  text: string,
  pathway: Pathway,
  input: ProfileInput,
  opts: ImportCohortOptions & { readonly checkIds?: boolean } = {},
): ReadJob<Cohort> {
  return createReadJob(
    fileName,
    text,
    profileTarget(pathway, input, fileName, opts),
    profileReadOptions(text, input, opts),
  );
}

/** What a read through a profile needs: its delimiter (or the header line's), and XES events as plain rows. */
export function profileReadOptions(
  text: string,
  input: ProfileInput,
  opts: ImportCohortOptions = {},
): ImportCohortOptions {
  return { ...opts, delimiter: opts.delimiter ?? profileDelimiter(text, input.profile), flatXes: true };
}

/** Imports a cohort file through a profile in one go. Never throws for bad input. */
export function importWithProfile(
  fileName: string,
  text: string,
  pathway: Pathway,
  input: ProfileInput,
  opts: ImportCohortOptions & { readonly checkIds?: boolean } = {},
): Result<Cohort> {
  return runReadJob(createProfileImportJob(fileName, text, pathway, input, opts));
}
