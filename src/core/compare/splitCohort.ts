import { normalizeColumnName } from '../cohort/rows.ts';
import { NO_VALUE, type Cohort } from '../cohort/types.ts';
import { parseIsoDate } from '../cohort/parseIsoDate.ts';
import { activities, type Pathway } from '../pathway/types.ts';
import { fail, ok, problem, type Result } from '../problems.ts';

/** How a comparison's groups were made (CONTRACT §7 `split`). */
export type Split =
  | { readonly kind: 'date'; readonly value: string }
  | { readonly kind: 'column'; readonly value: string }
  | { readonly kind: 'files'; readonly value: readonly string[] };

/** The groups of one cohort: a label each, and each journey's group. */
export interface CohortGroups {
  readonly labels: readonly string[];
  /** Per journey: the index of its group. */
  readonly groupOf: Int32Array;
}

/** A split by column makes one group per value: more than this is not a comparison but a listing. */
export const MAX_GROUPS = 50;
/** The label of the journeys whose first row has no value in the split column. */
export const NO_VALUE_LABEL = '(no value)';

const isoDay = (day: number) => new Date(Math.floor(day) * 86_400_000).toISOString().slice(0, 10);
const refuse = (message: string, column?: string) =>
  fail<CohortGroups>([problem('PL400', message, { column })]);

/** One mask per group: 1 for the journeys in it (what `analyseCohort` takes). */
export function groupMasks(groups: CohortGroups): Uint8Array[] {
  const masks = groups.labels.map(() => new Uint8Array(groups.groupOf.length));
  groups.groupOf.forEach((g, j) => {
    const mask = masks[g];
    if (mask) mask[j] = 1;
  });
  return masks;
}

/**
 * Splits a cohort by a date (CONTRACT §7): a journey is "before" when its first row's date is before
 * `date`, and "from" it otherwise. Times are compared as the importer reads them (UTC). Refused, with
 * the range of the journeys' first dates, when either group would be empty, and for a cohort whose
 * times are day offsets.
 */
export function splitByDate(cohort: Cohort, date: string): Result<CohortGroups> {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? parseIsoDate(date) : undefined;
  if (day === undefined)
    return refuse(
      `${JSON.stringify(date)} is not a date; give the split date as YYYY-MM-DD, e.g. 2020-01-01.`,
      '--split-date',
    );
  if (cohort.timeBase !== 'calendar')
    return refuse(
      'the cohort gives its times as day offsets (a "day" column), so it has no dates to split by; split it by a column (--split-column), or compare two files.',
      '--split-date',
    );
  const J = cohort.journeyIds.length;
  const groupOf = new Int32Array(J);
  let first = Infinity;
  let last = -Infinity;
  let before = 0;
  for (let j = 0; j < J; j++) {
    const t = cohort.time[cohort.journeyStart[j] as number] as number;
    first = Math.min(first, t);
    last = Math.max(last, t);
    if (t < day) before++;
    else groupOf[j] = 1;
  }
  if (before === 0 || before === J) {
    const side = before === 0 ? 'before' : 'on or after';
    return refuse(
      `no journey starts ${side} ${date}: the journeys' first events run from ${isoDay(first)} to ${isoDay(last)}. Choose a date after ${isoDay(first)} and no later than ${isoDay(last)}.`,
      '--split-date',
    );
  }
  return ok({ labels: [`before ${date}`, `from ${date}`], groupOf });
}

/** The columns a cohort can be split by: its attributes, then `service` and `activity`. */
export function splitColumns(cohort: Cohort): string[] {
  return [...cohort.attributes.map((a) => a.name), 'service', 'activity'];
}

/**
 * Splits a cohort by the value of a column on each journey's first row (CONTRACT §7), one group per
 * value in order of first appearance; journeys with no value there form a group "(no value)". The
 * column is any attribute (matched ignoring case), or `service` or `activity` (where journeys start).
 */
export function splitByColumn(cohort: Cohort, pathway: Pathway, column: string): Result<CohortGroups> {
  const name = normalizeColumnName(column);
  const attribute = cohort.attributes.find((a) => a.name === name);
  const J = cohort.journeyIds.length;
  const valueAt = attribute
    ? (e: number) => {
        const code = attribute.codes[e] as number;
        return code === NO_VALUE ? NO_VALUE_LABEL : (attribute.values[code] as string);
      }
    : name === 'service'
      ? (e: number) => pathway.services[cohort.service[e] as number]?.id as string
      : name === 'activity'
        ? (e: number) => activities[cohort.activity[e] as number] as string
        : undefined;
  if (!valueAt)
    return refuse(
      `the cohort has no column ${JSON.stringify(column)}; it can be split by ${splitColumns(cohort).join(', ')}.`,
      '--split-column',
    );
  const labels: string[] = [];
  const index = new Map<string, number>();
  const groupOf = new Int32Array(J);
  for (let j = 0; j < J; j++) {
    const v = valueAt(cohort.journeyStart[j] as number);
    let g = index.get(v);
    if (g === undefined) {
      g = labels.length;
      labels.push(v);
      index.set(v, g);
    }
    groupOf[j] = g;
  }
  if (labels.length < 2)
    return refuse(
      `every journey has the same ${name} on its first row (${JSON.stringify(labels[0] ?? '')}): there is nothing to compare. Choose another column, a date or a second file.`,
      '--split-column',
    );
  if (labels.length > MAX_GROUPS)
    return refuse(
      `journeys' first rows have ${labels.length.toLocaleString('en-GB')} different values of ${name}; a comparison shows at most ${MAX_GROUPS} groups. Choose a column with fewer values, such as an age band or an area.`,
      '--split-column',
    );
  return ok({ labels, groupOf });
}
