import {
  checkParameters,
  DEFAULT_PARAMETERS,
  parseDuration,
  type RuleParameters,
} from '../core/analysis/parameters.ts';
import type { Days } from '../core/pathway/types.ts';
import { usage } from './io.ts';

/** The options every command that reads a cohort shares, for `parseArgs`. */
export const COHORT_OPTIONS = {
  pathway: { type: 'string' },
  cohort: { type: 'string' },
  map: { type: 'string' },
  window: { type: 'string' },
  horizon: { type: 'string' },
} as const;

/**
 * W and H of the missed early-intervention rule from `--window` and `--horizon`: whole days (`28`, the
 * default unit) or whole hours (`6h`), for acute pathways.
 */
export function ruleParameters(values: {
  readonly window?: string | undefined;
  readonly horizon?: string | undefined;
}): RuleParameters {
  const read = (given: string | undefined, name: string, fallback: number) => {
    if (given === undefined) return { days: fallback, unit: 'days' as const };
    const d = parseDuration(given);
    if (!d)
      throw usage(
        `--${name} must be a whole number of days (e.g. 28) or of hours (e.g. 6h), not "${given}".`,
      );
    return d;
  };
  const w = read(values.window, 'window', DEFAULT_PARAMETERS.windowDays);
  const h = read(values.horizon, 'horizon', DEFAULT_PARAMETERS.horizonDays);
  const params: RuleParameters = {
    windowDays: w.days as Days,
    horizonDays: h.days as Days,
    ...(w.unit === 'hours' ? { windowUnit: 'hours' as const } : {}),
    ...(h.unit === 'hours' ? { horizonUnit: 'hours' as const } : {}),
  };
  const message = checkParameters(params);
  if (message) throw usage(message);
  return params;
}
