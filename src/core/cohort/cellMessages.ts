import { activities, type Pathway } from '../pathway/types.ts';
import { findIdentifier, KIND_LABEL } from './identifiers.ts';

/** A value quoted for a message: shortened, and masked if it looks identifying. */
export function showValue(value: string): string {
  const hit = findIdentifier(value);
  if (hit) return `"${hit.masked}" (masked: it looks like ${KIND_LABEL[hit.kind]})`;
  const v = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return JSON.stringify(v);
}

/** `allowed: school, gp, … (service labels are accepted too).` */
export function allowedServices(pathway: Pathway): string {
  return `allowed: ${pathway.services.map((s) => s.id).join(', ')} (service labels are accepted too).`;
}

/** `"x" is not a service of pathway p; allowed: …` */
export function serviceMessage(pathway: Pathway, value: string): string {
  const ids = pathway.services.map((s) => s.id).join(', ');
  return `${showValue(value)} is not a service of pathway ${pathway.id}; allowed: ${ids} (service labels are accepted too).`;
}

export function activityMessage(value: string): string {
  const what = value === '' ? 'is empty' : `${showValue(value)} is not an activity`;
  return `${what}; allowed: ${activities.join(', ')}.`;
}

/** Unknown concern codes of one cell: at most ten named, so that a hostile cell makes a short message. */
export function concernsMessage(pathway: Pathway, codes: readonly string[]): string {
  const allowed = pathway.concerns.map((c) => c.id).join(', ');
  const distinct = [...new Set(codes)];
  const more = distinct.length > 10 ? ` and ${distinct.length - 10} more` : '';
  const list = `${distinct
    .slice(0, 10)
    .map((c) => showValue(c))
    .join(', ')}${more}`;
  const verb = distinct.length === 1 ? 'is not a concern code' : 'are not concern codes';
  return `${list} ${verb} of pathway ${pathway.id}; allowed: ${allowed} (separate several with ; or |).`;
}

/** A `date` or `day` cell that is not a time. */
export function timeMessage(value: string, isDate: boolean): string {
  if (!isDate)
    return `${showValue(value)} is not a whole number of days; allowed: an integer day offset such as 0, 14 or -30.`;
  const looksLikeDate = /^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(value);
  const why = looksLikeDate ? 'is not a real calendar date or time' : 'is not an ISO 8601 date';
  return `${showValue(value)} ${why}; allowed: a date such as 2020-03-14 or a date-time such as 2020-03-14T09:30:00+01:00 (zone optional, UTC when absent).`;
}

export function emptyTimeMessage(isDate: boolean): string {
  const what = isDate
    ? 'an ISO 8601 date (2020-03-14) or date-time (2020-03-14T09:30:00Z)'
    : 'an integer day offset (e.g. 0, 14 or -30)';
  return `is empty; give ${what}.`;
}
