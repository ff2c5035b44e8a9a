import { CohortBuilder } from '../cohort/cohortBuilder.ts';
import { detectDelimiter, type CsvDelimiter } from '../cohort/detectDelimiter.ts';
import { createReadJob, runReadJob, type ImportCohortOptions } from '../cohort/importCohort.ts';
import type { ReadJob, TargetFactory } from '../cohort/rows.ts';
import type { Cohort } from '../cohort/types.ts';
import type { Pathway } from '../pathway/types.ts';
import type { Result } from '../problems.ts';
import { ProfileRows } from './profileRows.ts';
import type { ImportProfile } from './profileSchema.ts';

/** A validated import profile and the name of its file (problems about the profile name it). */
export interface ProfileInput {
  readonly profile: ImportProfile;
  readonly file?: string | undefined;
}

/** How problems name the §2 columns: by the file's own column names that the profile maps to them. */
function columnLabels(p: ImportProfile): Record<string, string> {
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
 * The target an import through a profile reads into: the one validator (built with the profile's names for
 * its columns), behind the profile's adapter (ProfileRows), so that every reader feeds it as it feeds §2.
 */
export function profileTarget(
  pathway: Pathway,
  input: ProfileInput,
  cohortFile: string | undefined,
): TargetFactory<Cohort> {
  return (opts) => {
    const builder = new CohortBuilder(pathway, {
      ...opts,
      columnLabels: columnLabels(input.profile),
      profiled: true,
    });
    const known = {
      service: (v: string) => builder.values.service(v) >= 0,
      activity: (v: string) => builder.values.activity(v) >= 0,
      concern: (v: string) => builder.values.concern(v) >= 0,
    };
    const where = { file: cohortFile, profileFile: input.file };
    return new ProfileRows(builder, known, input.profile, where, pathway, (cohort, warnings) => ({
      ...cohort,
      warnings,
    }));
  };
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
  opts: ImportCohortOptions = {},
): ReadJob<Cohort> {
  return createReadJob(fileName, text, profileTarget(pathway, input, fileName), {
    ...opts,
    delimiter: opts.delimiter ?? profileDelimiter(text, input.profile),
    flatXes: true,
  });
}

/** Imports a cohort file through a profile in one go. Never throws for bad input. */
export function importWithProfile(
  fileName: string,
  text: string,
  pathway: Pathway,
  input: ProfileInput,
  opts: ImportCohortOptions = {},
): Result<Cohort> {
  return runReadJob(createProfileImportJob(fileName, text, pathway, input, opts));
}
