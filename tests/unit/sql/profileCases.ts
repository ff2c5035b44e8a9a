import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import type { RuleParameters } from '../../../src/core/analysis/parameters.ts';
import { aggregateOverlay } from '../../../src/core/overlay/aggregateOverlay.ts';
import type { AggregateOverlay } from '../../../src/core/overlay/overlayTypes.ts';
import type { LoadedPathway } from '../../../src/core/pathway/loadedPathway.ts';
import type { Problem, Result } from '../../../src/core/problems.ts';
import { importWithProfile, type ProfileInput } from '../../../src/core/profile/importWithProfile.ts';

/** The in-process engine's overlay of an export read through a profile, and the import's warnings. */
export function inProcessProfileOverlay(
  file: string,
  text: string,
  loaded: LoadedPathway,
  input: ProfileInput,
  p: RuleParameters,
): Result<{ overlay: AggregateOverlay; warnings: readonly Problem[] }> {
  const r = importWithProfile(file, text, loaded.pathway, input);
  if (!r.ok) return r;
  const cohort = r.value;
  const overlay = aggregateOverlay(
    cohort,
    loaded.pathway,
    analyseCohort(cohort, loaded.pathway, loaded.table, p),
  );
  return { ok: true, value: { overlay, warnings: cohort.warnings ?? [] } };
}
