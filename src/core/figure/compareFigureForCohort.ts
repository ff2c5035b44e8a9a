import { cohortPeriod } from '../analysis/cohortMeta.ts';
import type { RuleParameters } from '../analysis/parameters.ts';
import type { Cohort } from '../cohort/types.ts';
import { compareCohort, type CompareChoice } from '../compare/compareCohort.ts';
import type { Comparison } from '../compare/compareGroups.ts';
import type { GroupDetail } from '../compare/groupFigures.ts';
import type { Split } from '../compare/splitCohort.ts';
import type { DisclosureSettings } from '../disclosure/disclosureSettings.ts';
import type { LoadedPathway } from '../pathway/loadedPathway.ts';
import { fail, ok, problem, type Result } from '../problems.ts';
import { buildCompareFigure, type CompareFigureGroup } from './buildCompareFigure.ts';
import { cohortInfoOf, cohortName } from './cohortInfo.ts';
import type { CohortInfo, FigureView, PathwayFigure } from './figureTypes.ts';

/** The figure's own choices, as the single figure's. */
export interface CompareFigureOptions {
  readonly parameters: RuleParameters;
  readonly title?: string | undefined;
  readonly disclosure?: DisclosureSettings | undefined;
  readonly view?: FigureView | undefined;
}

/** How the groups were made, in words that follow "split": "by the date of each journey's first event, 2020-01-01". */
export function splitWords(split: Split): string {
  if (split.kind === 'date') return `by the date of each journey’s first event, ${split.value}`;
  if (split.kind === 'column')
    return `by the column “${split.value}” (its value on each journey’s first row)`;
  return `by file: ${split.value.join(' and ')}`;
}

const groupOf = (g: GroupDetail): CompareFigureGroup => ({
  label: g.figures.label,
  summary: g.summary,
  leadTimeJourneys: g.leadTimes.length,
});

/**
 * The "before / after" figure of a comparison (`compareCohort`, as the explorer and `pathway-lens
 * compare` make it): its first two groups, the first as the reference. A split into more than two
 * groups is refused with the groups it made, so that the user can narrow it (a filter, or another
 * column).
 */
export function compareFigureOf(
  loaded: LoadedPathway,
  comparison: Comparison,
  cohortInfo: CohortInfo,
  options: CompareFigureOptions,
): Result<PathwayFigure> {
  const [a, b, ...more] = comparison.groups;
  if (!a || !b || more.length > 0)
    return fail([
      problem(
        'PL400',
        `the figure shows two groups side by side, and the split made ${String(comparison.groups.length)}: ${comparison.groups.map((g) => JSON.stringify(g.figures.label)).join(', ')}. Split by a column with two values, or by a date.`,
        { column: comparison.split.kind === 'column' ? 'split column' : 'split' },
      ),
    ]);
  return ok(
    buildCompareFigure({
      pathway: loaded.pathway,
      parameters: options.parameters,
      cohortInfo,
      groups: [groupOf(a), groupOf(b)],
      split: splitWords(comparison.split),
      title: options.title,
      disclosure: options.disclosure,
      view: options.view,
      placement: loaded.slots,
    }),
  );
}

/** The comparison figure of a cohort split by a date or a column (the command line's `render --split-…`). */
export function compareFigureForCohort(
  loaded: LoadedPathway,
  cohort: Cohort,
  choice: Exclude<CompareChoice, { kind: 'file' }>,
  options: CompareFigureOptions & { readonly name?: string | undefined; readonly synthetic?: boolean },
): Result<PathwayFigure> {
  const name = options.name ?? cohortName(cohort.file);
  const compared = compareCohort(loaded, { name, cohort }, null, {
    choice,
    parameters: options.parameters,
    filter: {},
  });
  if (!compared.ok) return compared;
  return compareFigureOf(
    loaded,
    compared.value.comparison,
    cohortInfoOf({
      name,
      synthetic: cohort.synthetic || (options.synthetic ?? false),
      journeys: cohort.journeyIds.length,
      timeBase: cohort.timeBase,
      period: cohortPeriod(cohort),
    }),
    options,
  );
}
