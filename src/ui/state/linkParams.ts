import {
  checkParameters,
  DEFAULT_PARAMETERS,
  durationText,
  parseDuration,
  type DurationUnit,
} from '../../core/analysis/parameters.ts';
import type { Days } from '../../core/pathway/types.ts';
import type { ViewFilters } from './viewFilters.ts';

/**
 * The pieces the explorer's links (`viewUrl.ts`) and the embed's links (`embedLink.ts`) spell alike:
 * W and H, yes/no values and the filters, so that a filter reads the same in both and cannot drift.
 */

export const LINK_KEYS = {
  window: 'W',
  horizon: 'H',
  concern: 'concern',
  attribute: 'a.',
  crisis: 'crisis',
  missed: 'missed',
} as const;

export const yesNo = (v: boolean): string => (v ? 'yes' : 'no');

export function fromYesNo(text: string | null): boolean | null {
  return text === 'yes' ? true : text === 'no' ? false : null;
}

/** W or H with the unit it is given in. */
export interface Duration {
  readonly days: Days;
  readonly unit: DurationUnit;
}

/**
 * W or H as a link writes it: whole days (`28`) or hours (`6h`), within the rule's limits
 * (`checkParameters`); anything else gives the fallback, in days.
 */
export function durationParam(
  text: string | null,
  key: 'windowDays' | 'horizonDays',
  fallback: Days,
): Duration {
  const read = text === null ? undefined : parseDuration(text);
  if (!read) return { days: fallback, unit: 'days' };
  const unitKey = key === 'windowDays' ? 'windowUnit' : 'horizonUnit';
  const bad = checkParameters({ ...DEFAULT_PARAMETERS, [key]: read.days, [unitKey]: read.unit });
  return bad ? { days: fallback, unit: 'days' } : { days: read.days as Days, unit: read.unit };
}

/** W or H for a link: `28` for days, `6h` for hours. */
export function durationToParam(days: number, unit: DurationUnit): string {
  return unit === 'hours' ? `${durationText(days, 'hours').split(' ')[0] ?? ''}h` : String(days);
}

/** Appends the filters to a link's parameters: `concern=…`, `a.<column>=…`, `crisis=`, `missed=`. */
export function appendFilters(params: URLSearchParams, filters: ViewFilters): void {
  for (const c of filters.concerns) params.append(LINK_KEYS.concern, c);
  for (const [name, values] of Object.entries(filters.attributes)) {
    for (const v of values) params.append(`${LINK_KEYS.attribute}${name}`, v);
  }
  if (filters.reachedCrisis !== null) params.set(LINK_KEYS.crisis, yesNo(filters.reachedCrisis));
  if (filters.withMissedPoints !== null) params.set(LINK_KEYS.missed, yesNo(filters.withMissedPoints));
}

/** The filters a link's parameters name; empty or malformed values are left out. */
export function filtersFromParams(params: URLSearchParams): ViewFilters {
  const attributes: Record<string, string[]> = {};
  const prefix = LINK_KEYS.attribute;
  for (const [key, value] of params) {
    if (!key.startsWith(prefix) || key.length === prefix.length || value === '') continue;
    (attributes[key.slice(prefix.length)] ??= []).push(value);
  }
  return {
    concerns: params.getAll(LINK_KEYS.concern).filter((c) => c.trim() !== ''),
    attributes,
    reachedCrisis: fromYesNo(params.get(LINK_KEYS.crisis)),
    withMissedPoints: fromYesNo(params.get(LINK_KEYS.missed)),
  };
}

/** Whether a link names any attribute filter (then it replaces the saved ones). */
export const namesAttributes = (params: URLSearchParams): boolean =>
  [...params.keys()].some((k) => k.startsWith(LINK_KEYS.attribute));
