import type { Days } from '../pathway/types.ts';

/** How W or H was given: whole days (the default), or whole hours for acute pathways. */
export type DurationUnit = 'days' | 'hours';

/** The parameters of the missed early-intervention rule (CONTRACT §3). */
export interface RuleParameters {
  /** W: a response within this many days means the concern was acted on (fractional when given in hours). */
  readonly windowDays: Days;
  /** H: a crisis within this many days after the concern makes it a missed point. */
  readonly horizonDays: Days;
  /** The unit W was given in; absent means days. */
  readonly windowUnit?: DurationUnit | undefined;
  /** The unit H was given in; absent means days. */
  readonly horizonUnit?: DurationUnit | undefined;
}

export const DEFAULT_PARAMETERS: RuleParameters = { windowDays: 28 as Days, horizonDays: 365 as Days };

export const PARAMETER_LIMITS = {
  windowDays: { min: 0, max: 365 },
  horizonDays: { min: 1, max: 3650 },
} as const;

const HOURS_PER_DAY = 24;

/** `28 days`, `1 day`, `6 hours`: a duration of the rule in the unit it was given in. */
export function durationText(days: number, unit: DurationUnit = 'days'): string {
  const n = unit === 'hours' ? Math.round(days * HOURS_PER_DAY) : days;
  const word = unit === 'hours' ? 'hour' : 'day';
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** W or H of a rule in words, in the unit it was given in. */
export function windowText(p: RuleParameters): string {
  return durationText(p.windowDays, p.windowUnit);
}
export function horizonText(p: RuleParameters): string {
  return durationText(p.horizonDays, p.horizonUnit);
}

/**
 * A duration as the command line and the app take it: a whole number of days (`28`, `28d`) or of hours
 * (`6h`, `72 hours`). Returns days (fractional for hours) and the unit, or undefined when unreadable.
 */
export function parseDuration(
  text: string,
): { readonly days: number; readonly unit: DurationUnit } | undefined {
  const m = /^\s*(\d{1,7})\s*(d|days?|h|hours?)?\s*$/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const hours = (m[2] ?? 'd').toLowerCase().startsWith('h');
  return hours ? { days: n / HOURS_PER_DAY, unit: 'hours' } : { days: n, unit: 'days' };
}

/** Checks user-given parameters; returns a message naming what is allowed, or undefined when valid. */
export function checkParameters(p: {
  windowDays: number;
  horizonDays: number;
  windowUnit?: DurationUnit | undefined;
  horizonUnit?: DurationUnit | undefined;
}): string | undefined {
  for (const key of ['windowDays', 'horizonDays'] as const) {
    const v = p[key];
    const name = key === 'windowDays' ? 'window' : 'horizon';
    const unit = key === 'windowDays' ? p.windowUnit : p.horizonUnit;
    const { min, max } = PARAMETER_LIMITS[key];
    if (unit === 'hours') {
      // In hours, H may be shorter than a day (an acute pathway: a crisis within 12 hours).
      const hours = Math.round(v * HOURS_PER_DAY * 1e6) / 1e6;
      const least = key === 'horizonDays' ? 1 : 0;
      if (!Number.isInteger(hours) || hours < least || hours > max * HOURS_PER_DAY) {
        return `${name} must be a whole number of hours from ${least} to ${max * HOURS_PER_DAY} (e.g. 6h), not ${String(hours)}.`;
      }
    } else if (!Number.isInteger(v) || v < min || v > max) {
      return `${name} must be a whole number of days from ${min} to ${max}, not ${String(v)}.`;
    }
  }
  return undefined;
}
