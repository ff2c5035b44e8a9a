import { checkParameters, DEFAULT_PARAMETERS, type RuleParameters } from '../core/analysis/parameters.ts';
import type { Days } from '../core/pathway/types.ts';
import { usage } from './io.ts';

/** The options every command that reads a cohort shares, for `parseArgs`. */
export const COHORT_OPTIONS = {
  pathway: { type: 'string' },
  cohort: { type: 'string' },
  window: { type: 'string' },
  horizon: { type: 'string' },
} as const;

/** W and H of the missed early-intervention rule from `--window` and `--horizon` (days). */
export function ruleParameters(values: {
  readonly window?: string | undefined;
  readonly horizon?: string | undefined;
}): RuleParameters {
  const windowDays =
    values.window === undefined ? (DEFAULT_PARAMETERS.windowDays as number) : Number(values.window);
  const horizonDays =
    values.horizon === undefined ? (DEFAULT_PARAMETERS.horizonDays as number) : Number(values.horizon);
  const message = checkParameters({ windowDays, horizonDays });
  if (message) throw usage(message);
  return { windowDays: windowDays as Days, horizonDays: horizonDays as Days };
}
