import { journeyMask, type JourneyFilter } from '../analysis/journeyMask.ts';
import type { RuleParameters } from '../analysis/parameters.ts';
import type { Cohort } from '../cohort/types.ts';
import type { LoadedPathway } from '../pathway/loadedPathway.ts';
import { fail, ok, problem, type Result } from '../problems.ts';
import { compareGroups, type CohortPart, type Comparison } from './compareGroups.ts';
import { groupMasks, splitByColumn, splitByDate, type CohortGroups, type Split } from './splitCohort.ts';

/** How the explorer splits its cohort: by a date, by a column, or against a second file it holds. */
export type CompareChoice =
  | { readonly kind: 'date'; readonly value: string }
  | { readonly kind: 'column'; readonly value: string }
  /** `value` names the second file (a link can carry the name, never the file). */
  | { readonly kind: 'file'; readonly value: string };

/** What the explorer asks to compare: the choice, the rule's W and H, and the journeys the view keeps. */
export interface CompareRequest {
  readonly choice: CompareChoice;
  readonly parameters: RuleParameters;
  /**
   * The view's filters on the cohort itself (concerns, columns). Filters on the rule's outcome (crisis
   * reached, missed points) are not applied: within each group they would make the shares compared
   * 100% or 0% by construction.
   */
  readonly filter: Pick<JourneyFilter, 'concerns' | 'attributes'>;
}

/** A cohort with the name the explorer shows for it. */
export interface NamedCohort {
  readonly name: string;
  readonly cohort: Cohort;
}

/** The comparison and what the screen says beside it. */
export interface CohortComparison {
  readonly comparison: Comparison;
  /** The choice it answers (its `value` for a file is the second file's name). */
  readonly choice: CompareChoice;
  /** Journeys the filters left out, per group (0 when no filter narrowed the cohort). */
  readonly filteredOut: readonly number[];
}

const hasFilter = (f: CompareRequest['filter']) =>
  (f.concerns?.length ?? 0) > 0 || Object.values(f.attributes ?? {}).some((v) => v.length > 0);

/** Keeps in `mask` only the journeys `keep` keeps; returns how many it removed. */
function narrow(mask: Uint8Array, keep: Uint8Array | undefined): number {
  if (!keep) return 0;
  let removed = 0;
  for (let j = 0; j < mask.length; j++) {
    if (mask[j] === 1 && keep[j] === 0) {
      mask[j] = 0;
      removed++;
    }
  }
  return removed;
}

const count = (mask: Uint8Array) => mask.reduce((n, x) => n + x, 0);

/**
 * The explorer's comparison (CONTRACT §7, as `pathway-lens compare` makes it): the cohort split by a
 * date or a column, or set against a second file, each group narrowed by the view's filters on the
 * cohort and analysed with W and H exactly as `analyse` would analyse it alone. A split the cohort
 * cannot make, a missing second file, or a group the filters leave empty is refused with a message
 * that says what to do, so the screen can keep the comparison it showed.
 */
export function compareCohort(
  loaded: LoadedPathway,
  first: NamedCohort,
  second: NamedCohort | null,
  request: CompareRequest,
): Result<CohortComparison> {
  const { choice, parameters, filter } = request;
  const keepOf = (c: Cohort) => (hasFilter(filter) ? journeyMask(c, loaded.pathway, filter) : undefined);
  let split: Split;
  let parts: { label: string; cohort: Cohort; mask: Uint8Array }[];
  if (choice.kind === 'file') {
    if (!second)
      return fail([
        problem(
          'PL400',
          `no second file is open to compare with${choice.value ? ` (the link names ${JSON.stringify(choice.value)})` : ''}: open one with "Second file…". It stays on this computer.`,
          { column: 'second file' },
        ),
      ]);
    const labels =
      first.name === second.name ? [first.name, `${second.name} (second file)`] : [first.name, second.name];
    split = { kind: 'files', value: [first.name, second.name] };
    parts = [first, second].map((c, i) => ({
      label: labels[i] ?? c.name,
      cohort: c.cohort,
      mask: new Uint8Array(c.cohort.journeyIds.length).fill(1),
    }));
  } else {
    const groups: Result<CohortGroups> =
      choice.kind === 'date'
        ? splitByDate(first.cohort, choice.value)
        : splitByColumn(first.cohort, loaded.pathway, choice.value);
    if (!groups.ok)
      return fail(
        groups.problems.map((p) => ({
          ...p,
          file: first.name,
          column: choice.kind === 'date' ? 'split date' : 'split column',
        })),
      );
    split = { kind: choice.kind, value: choice.value };
    parts = groupMasks(groups.value).map((mask, i) => ({
      label: groups.value.labels[i] ?? '',
      cohort: first.cohort,
      mask,
    }));
  }
  const keeps = new Map<Cohort, Uint8Array | undefined>();
  const filteredOut = parts.map((p) => {
    if (!keeps.has(p.cohort)) keeps.set(p.cohort, keepOf(p.cohort));
    return narrow(p.mask, keeps.get(p.cohort));
  });
  const empty = parts.filter((p) => count(p.mask) === 0).map((p) => JSON.stringify(p.label));
  if (empty.length > 0)
    return fail([
      problem(
        'PL400',
        `${empty.length === 1 ? 'the group' : 'the groups'} ${empty.join(' and ')} ${empty.length === 1 ? 'has' : 'have'} no journeys${hasFilter(filter) ? ' under the current filters: clear a filter' : ''}, so there is nothing to compare; choose another ${choice.kind === 'file' ? 'file' : choice.kind}.`,
        {
          column:
            choice.kind === 'date' ? 'split date' : choice.kind === 'column' ? 'split column' : 'second file',
        },
      ),
    ]);
  const cohortParts: CohortPart[] = parts;
  return ok({
    comparison: compareGroups(loaded, parameters, split, cohortParts),
    choice,
    filteredOut,
  });
}
