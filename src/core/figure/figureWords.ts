import type { RuleParameters } from '../analysis/parameters.ts';
import type { DisclosedSummary } from '../disclosure/disclose.ts';
import type { DisclosedCount } from '../disclosure/suppressCount.ts';
import { DRAFT_AREA } from '../discover/discoverOptions.ts';
import { exactCount } from '../format/counts.ts';
import { daysText } from '../format/days.ts';
import { MONTH_NAMES } from '../monthNames.ts';
import type { Pathway } from '../pathway/types.ts';
import type { CohortInfo, FigureView } from './figureTypes.ts';

/** The words of the figure: title and headline, from disclosed numbers only (caption, notes, alt text elsewhere). */

export const SYNTHETIC_LABEL = 'SYNTHETIC DATA — not real children';

/** A disclosed count for reading: thousands separated ("12,345"), hidden counts as they are ("<5", "≥5"). */
export function show(c: DisclosedCount): string {
  return /^\d+$/.test(c.text) ? exactCount(Number(c.text)) : c.text;
}

/** "1 journey", "<5 journeys", "12 journeys". */
export function counted(c: DisclosedCount, singular: string, plural = `${singular}s`): string {
  return `${show(c)} ${c.text === '1' ? singular : plural}`;
}

/** A count that a reader can set beside its whole ("3 of 10"): shown, or "<5". */
const partOfWhole = (c: DisclosedCount) => !c.suppressed || !c.secondary;

/** Where the pathway is: its area, or its title for a draft pathway whose area has no name yet. */
export const placeOf = (pathway: Pathway): string =>
  pathway.area.trim() && pathway.area !== DRAFT_AREA ? pathway.area : pathway.title;

export function defaultTitle(pathway: Pathway, view: FigureView = 'frequency'): string {
  return view === 'time'
    ? `How long journeys took: ${placeOf(pathway)}`
    : `Where early help was missed: ${placeOf(pathway)}`;
}

/**
 * A period end as the figure prints it. ISO dates are shown to the month only: the exact date of a
 * cohort's first or last event is a fact about one journey. Day offsets are shown as they are.
 */
export function periodPart(p: string | number): string {
  if (typeof p === 'number') return `day ${String(Math.round(p))}`;
  const m = /^(\d{4})-(\d{2})/.exec(p);
  const month = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${m[1] as string}` : p;
}

export function formatPeriod(info: CohortInfo): string | null {
  const { periodStart: a, periodEnd: b } = info;
  if (a === undefined && b === undefined) return null;
  if (a === undefined || b === undefined) return periodPart((a ?? b) as string | number);
  const from = periodPart(a);
  const to = periodPart(b);
  if (from === to) return from;
  return typeof a === 'number'
    ? `days ${String(Math.round(a))} to ${String(Math.round(b as number))} (day offsets)`
    : `${from} to ${to}`;
}

export interface Words {
  readonly pathway: Pathway;
  readonly disclosed: DisclosedSummary;
  readonly parameters: RuleParameters;
  readonly cohort: CohortInfo;
  readonly title: string;
  readonly view: FigureView;
  /** The filter in words ("concerns: self-harm", "reached crisis: yes"); empty when none. */
  readonly filters: readonly string[];
  /** True when the summary covers only part of the cohort (a filter was applied). */
  readonly filtered: boolean;
  /**
   * False: no move is lettered on the map nor listed under it (a comparison's two maps, whose lists
   * would not agree). Default true.
   */
  readonly lettered?: boolean | undefined;
}

export const labelOf = (pathway: Pathway, id: string): string =>
  pathway.services.find((s) => s.id === id)?.label ?? id;

/** "12 of 300 reached a crisis service", "all but <5 reached a crisis service"; empty when withheld. */
function crisisPart(d: DisclosedSummary): string[] {
  if (d.reachedCrisis.text === '*') return [];
  const whole = partOfWhole(d.reachedCrisis) ? ` of ${show(d.journeys)}` : '';
  return [`${show(d.reachedCrisis)}${whole} reached a crisis service`];
}

/** The key numbers in a line or two, under the title. */
export function headline(w: Words): string {
  const d = w.disclosed;
  const parts: string[] = [];
  if (w.view === 'time') {
    parts.push(
      d.medianLeadTimeDays !== null
        ? `median ${daysText(d.medianLeadTimeDays)} from first concern to crisis`
        : 'the median time from first concern to crisis is not shown (fewer than 5 journeys have both)',
    );
    parts.push(counted(d.journeys, 'journey'));
    parts.push(...crisisPart(d));
    const first = parts[0] as string;
    parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${parts.join(' · ')}.`;
  }
  // "in 8 of 10 journeys" when the part can stand beside its whole, else "in 10 journeys": still true.
  const where =
    partOfWhole(d.journeysWithMissedPoints) && d.journeysWithMissedPoints.text !== '*'
      ? `${show(d.journeysWithMissedPoints)} of ${counted(d.journeys, 'journey')}`
      : counted(d.journeys, 'journey');
  parts.push(`${counted(d.missedPoints, 'missed early-intervention point')} in ${where}`);
  parts.push(...crisisPart(d));
  if (d.medianLeadTimeDays !== null)
    parts.push(`median ${daysText(d.medianLeadTimeDays)} from first concern to crisis`);
  return `${parts.join(' · ')}.`;
}
