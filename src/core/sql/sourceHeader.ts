import { CohortBuilder } from '../cohort/cohortBuilder.ts';
import { normalizeColumnName } from '../cohort/rows.ts';
import type { Pathway } from '../pathway/types.ts';
import type { Problem } from '../problems.ts';

/** Where each §2 column is in a header, by position. */
export interface HeaderRoles {
  readonly journey: number;
  readonly time: { readonly index: number; readonly base: 'date' | 'day' };
  readonly service: number;
  readonly activity: number;
  readonly concerns?: number | undefined;
  readonly synthetic?: number | undefined;
}

/**
 * Checks a cohort file's header exactly as the importer does (the same code: `CohortBuilder.begin`):
 * required columns, `date` or `day` but not both, duplicate names, names that suggest identifying data.
 * Returns the problems, or where each column is.
 */
export function checkHeader(
  names: readonly string[],
  pathway: Pathway,
  file: string,
): { ok: true; roles: HeaderRoles } | { ok: false; problems: Problem[] } {
  const columns = names.map(normalizeColumnName);
  const builder = new CohortBuilder(pathway, { format: 'csv', file });
  builder.begin(columns, 1);
  // With no rows pushed, finish() returns the header's problems, or only "no event rows" (PL200).
  const outcome = builder.finish();
  const problems = outcome.ok ? [] : outcome.problems.filter((p) => p.code !== 'PL200');
  if (problems.length > 0) return { ok: false, problems };
  const at = (name: string) => {
    const i = columns.indexOf(name);
    return i < 0 ? undefined : i;
  };
  const date = at('date');
  return {
    ok: true,
    roles: {
      journey: at('journey_id') as number,
      time: date === undefined ? { index: at('day') as number, base: 'day' } : { index: date, base: 'date' },
      service: at('service') as number,
      activity: at('activity') as number,
      concerns: at('concerns'),
      synthetic: at('synthetic'),
    },
  };
}
