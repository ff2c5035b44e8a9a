import { analyseCohort } from '../analysis/analyseCohort.ts';
import { DEFAULT_PARAMETERS, type RuleParameters } from '../analysis/parameters.ts';
import { journeyDetail } from '../analysis/viewModel.ts';
import type { Cohort } from '../cohort/types.ts';
import type { LoadedPathway } from '../pathway/loadedPathway.ts';
import { playerCase, type PlayerCase } from './playerCase.ts';

/** Every journey of a cohort as a case for the player, with the missed points of the analysis (W, H). */
export function trainerCases(
  loaded: LoadedPathway,
  cohort: Cohort,
  parameters: RuleParameters = DEFAULT_PARAMETERS,
): PlayerCase[] {
  const analysis = analyseCohort(cohort, loaded.pathway, loaded.table, parameters);
  return cohort.journeyIds.map((_, j) =>
    playerCase(journeyDetail(cohort, loaded.pathway, analysis, j), cohort.synthetic),
  );
}
