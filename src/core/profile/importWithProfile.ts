import { detectDelimiter, type CsvDelimiter } from '../cohort/detectDelimiter.ts';
import { createImportJob, type ImportCohortOptions } from '../cohort/importCohort.ts';
import type { ImportJob, RowAdapter } from '../cohort/rows.ts';
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

/** The adapter that reads rows as the profile says (ProfileRows), for any reader. */
export function profileAdapter(
  pathway: Pathway,
  input: ProfileInput,
  cohortFile: string | undefined,
): RowAdapter {
  return {
    buildOptions: { columnLabels: columnLabels(input.profile), profiled: true },
    wrap: (builder) =>
      new ProfileRows(builder, pathway, input.profile, { file: cohortFile, profileFile: input.file }),
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
 * as `createImportJob`, with the profile's adapter between the reader and the validator.
 */
export function createProfileImportJob(
  fileName: string,
  text: string,
  pathway: Pathway,
  input: ProfileInput,
  opts: ImportCohortOptions = {},
): ImportJob {
  return createImportJob(fileName, text, pathway, {
    ...opts,
    delimiter: opts.delimiter ?? profileDelimiter(text, input.profile),
    adapter: profileAdapter(pathway, input, fileName),
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
  const job = createProfileImportJob(fileName, text, pathway, input, opts);
  while (!job.step(Number.POSITIVE_INFINITY));
  return job.result();
}
