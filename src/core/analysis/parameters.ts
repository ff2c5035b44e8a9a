import type { Days } from '../pathway/types.ts';

/** The parameters of the missed early-intervention rule (CONTRACT §3). */
export interface RuleParameters {
  /** W: a response within this many days means the concern was acted on. */
  readonly windowDays: Days;
  /** H: a crisis within this many days after the concern makes it a missed point. */
  readonly horizonDays: Days;
}

export const DEFAULT_PARAMETERS: RuleParameters = { windowDays: 28 as Days, horizonDays: 365 as Days };

export const PARAMETER_LIMITS = {
  windowDays: { min: 0, max: 365 },
  horizonDays: { min: 1, max: 3650 },
} as const;

/** Checks user-given parameters; returns a message naming what is allowed, or undefined when valid. */
export function checkParameters(p: { windowDays: number; horizonDays: number }): string | undefined {
  for (const key of ['windowDays', 'horizonDays'] as const) {
    const v = p[key];
    const { min, max } = PARAMETER_LIMITS[key];
    if (!Number.isInteger(v) || v < min || v > max) {
      return `${key === 'windowDays' ? 'window' : 'horizon'} must be a whole number of days from ${min} to ${max}, not ${String(v)}.`;
    }
  }
  return undefined;
}
