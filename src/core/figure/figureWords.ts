import { horizonText, windowText } from '../analysis/parameters.ts';
import { format } from 'd3-format';
import type { RuleParameters } from '../analysis/parameters.ts';
import type { DisclosedCount } from '../disclosure/suppressCount.ts';
import type { DisclosedSummary } from '../disclosure/disclose.ts';
import type { Pathway } from '../pathway/types.ts';
import type { CohortInfo } from './figureTypes.ts';
import { MONTH_NAMES } from '../monthNames.ts';

/** The words of the figure: title, headline, caption, data note and alt text, from disclosed numbers only. */

export const SYNTHETIC_LABEL = 'SYNTHETIC DATA — not real children';

const thousands = format(',d');

/** A disclosed count for reading: thousands separated ("12,345"), hidden counts as they are ("<5"). */
export function show(c: DisclosedCount): string {
  return /^\d+$/.test(c.text) ? thousands(Number(c.text)) : c.text;
}

/** "1 journey", "<5 journeys", "12 journeys". */
export function counted(c: DisclosedCount, singular: string, plural = `${singular}s`): string {
  return `${show(c)} ${c.text === '1' ? singular : plural}`;
}

export function defaultTitle(pathway: Pathway): string {
  return `Where early help was missed: ${pathway.area}`;
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

const days = (d: number) => `${String(Math.round(d))} ${Math.round(d) === 1 ? 'day' : 'days'}`;

export interface Words {
  readonly pathway: Pathway;
  readonly disclosed: DisclosedSummary;
  readonly parameters: RuleParameters;
  readonly cohort: CohortInfo;
  readonly title: string;
  /** True when the summary covers only part of the cohort (a filter was applied). */
  readonly filtered: boolean;
}

const labelOf = (pathway: Pathway, id: string) => pathway.services.find((s) => s.id === id)?.label ?? id;

/** The key numbers in one line, under the title. */
export function headline({ disclosed: d }: Words): string {
  const parts = [
    `${counted(d.missedPoints, 'missed early-intervention point')} in ${show(d.journeysWithMissedPoints)} of ${counted(d.journeys, 'journey')}`,
    `${show(d.reachedCrisis)} of ${show(d.journeys)} reached a crisis service`,
  ];
  if (d.medianLeadTimeDays !== null)
    parts.push(`median ${days(d.medianLeadTimeDays)} from first concern to crisis`);
  return `${parts.join(' · ')}.`;
}

/** The service with the most missed points, when its count can be shown and no other ties with it. */
function topMissed({ pathway, disclosed }: Words): string | undefined {
  const shown = disclosed.services
    .filter((s) => s.missedPoints.value !== null && s.missedPoints.value > 0)
    .sort((a, b) => (b.missedPoints.value as number) - (a.missedPoints.value as number));
  const [first, second] = shown;
  if (!first || (second && second.missedPoints.value === first.missedPoints.value)) return undefined;
  return `${labelOf(pathway, first.id)} (${show(first.missedPoints)})`;
}

/** What the figure shows, in full sentences (the key explains each mark). */
export function caption(w: Words): string {
  const { pathway, disclosed: d } = w;
  const first = pathway.levels[0]?.label ?? '';
  const last = pathway.levels[pathway.levels.length - 1]?.label ?? '';
  const sentences = [
    `The figure shows the ${String(pathway.services.length)} services of the pathway in ${String(pathway.levels.length)} levels of need, from ${first} on the left to ${last} on the right, and the moves that ${counted(d.journeys, 'journey')} made between them.`,
    `Red badges count the points where a concern at an early-intervention service was not acted on within ${windowText(w.parameters)} before a crisis.`,
  ];
  const top = topMissed(w);
  if (top) sentences.push(`Most were at ${top}.`);
  for (const t of d.targets) {
    sentences.push(
      `${labelOf(pathway, t.service)}: ${show(t.withinTarget)} of ${counted(t.referrals, 'referral')} met the target “${t.label}”.`,
    );
  }
  return sentences.join(' ');
}

/** Where the numbers come from. */
export function dataNote(
  { pathway, disclosed, parameters, cohort, filtered }: Words,
  period: string | null,
): string {
  const n = counted(disclosed.journeys, 'journey');
  const parts = [
    `Data: ${cohort.name}${period ? `, ${period}` : ''}; ${n}${filtered ? ' (a filtered part of the cohort)' : ''}.`,
  ];
  if (cohort.synthetic) parts.push(`${SYNTHETIC_LABEL}.`);
  parts.push(
    `Rule: W = ${windowText(parameters)} (response window), H = ${horizonText(parameters)} (crisis horizon).`,
    `Pathway: ${pathway.title}, version ${pathway.version}. Source: ${pathway.source}`,
  );
  return parts.join(' ');
}

/** A few plain sentences for screen readers and the alt attribute of an embedded image. */
export function altText(w: Words, period: string | null): string {
  const { pathway, disclosed: d } = w;
  const first = pathway.levels[0]?.label ?? '';
  const last = pathway.levels[pathway.levels.length - 1]?.label ?? '';
  const out: string[] = [];
  out.push(
    `${w.title}. A map of the ${pathway.title}: ${String(pathway.services.length)} services in ${String(pathway.levels.length)} levels from ${first} to ${last}, with the moves that ${counted(d.journeys, 'journey')}${period ? ` (${period})` : ''} made between them${w.cohort.synthetic ? `, from synthetic data, not real children` : ''}.`,
  );
  out.push(headline(w));
  const missed = d.services
    .filter((s) => s.missedPoints.text !== '0')
    .map((s) => `${labelOf(pathway, s.id)} ${show(s.missedPoints)}`);
  if (missed.length > 0) out.push(`Missed points by service: ${missed.join(', ')}.`);
  const busiest = d.moves
    .filter((m) => m.journeys.value !== null && m.journeys.value > 0)
    .slice()
    .sort((a, b) => (b.journeys.value as number) - (a.journeys.value as number))
    .slice(0, 3)
    .map(
      (m) => `${labelOf(pathway, m.from)} to ${labelOf(pathway, m.to)} (${counted(m.journeys, 'journey')})`,
    );
  if (busiest.length > 0) out.push(`The most travelled moves: ${busiest.join('; ')}.`);
  const off = d.moves.filter((m) => !m.onPathway);
  if (off.length > 0) {
    const list = off.map(
      (m) => `${labelOf(pathway, m.from)} to ${labelOf(pathway, m.to)} (${counted(m.journeys, 'journey')})`,
    );
    out.push(`Moves off the expected pathway: ${list.join('; ')}.`);
  }
  for (const t of d.targets) {
    out.push(
      `${labelOf(pathway, t.service)}: ${show(t.withinTarget)} of ${counted(t.referrals, 'referral')} met the target “${t.label}”.`,
    );
  }
  out.push(
    d.settings.suppress
      ? `Counts from 1 to 4 are shown as “<5”${d.settings.roundTo === 5 ? ' and other counts are rounded to the nearest 5' : ''}.`
      : 'Small-number suppression is off: this figure is not for publication.',
  );
  return out.join(' ');
}
