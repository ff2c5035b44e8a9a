import type { DisclosedMove } from '../disclosure/disclose.ts';
import { horizonText, windowText } from '../analysis/parameters.ts';
import { daysText } from '../format/days.ts';
import { counted, labelOf, show, SYNTHETIC_LABEL, type Words } from './figureWords.ts';
import { moveLetter } from './moveLetter.ts';

/** How many moves the figure letters and lists; the rest are in the CSV. */
export const LISTED_MOVES = 8;

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
    `The ${String(pathway.services.length)} services of the pathway in ${String(pathway.levels.length)} levels of need, from ${first} on the left to ${last} on the right, and the moves that ${counted(d.journeys, 'journey')} made between them.`,
  ];
  if (w.view === 'time') {
    sentences.push(
      'Each box gives the median wait from a referral to the next assessment there, where 5 or more referrals had one; the letters mark the moves with the longest median time between the two services.',
    );
    return sentences.join(' ');
  }
  const top = topMissed(w);
  if (top) sentences.push(`Most missed early-intervention points were at ${top}.`);
  for (const t of d.targets) {
    sentences.push(
      `${labelOf(pathway, t.service)}: ${show(t.withinTarget)} of ${counted(t.referrals, 'referral')} met the target “${t.label}”.`,
    );
  }
  return sentences.join(' ');
}

/** The moves the figure letters: off the pathway, most journeys first (frequency); longest median first (time). */
export function listedMoves(w: Words): { moves: DisclosedMove[]; more: number } {
  const d = w.disclosed;
  if (w.lettered === false) return { moves: [], more: 0 };
  const byJourneys = (a: DisclosedMove, b: DisclosedMove) =>
    (b.journeys.value ?? 0) - (a.journeys.value ?? 0) ||
    a.from.localeCompare(b.from) ||
    a.to.localeCompare(b.to);
  const all =
    w.view === 'time'
      ? d.moves
          .filter((m) => m.medianDays !== null)
          .sort((a, b) => (b.medianDays as number) - (a.medianDays as number) || byJourneys(a, b))
      : d.moves.filter((m) => !m.onPathway).sort(byJourneys);
  return { moves: all.slice(0, LISTED_MOVES), more: Math.max(0, all.length - LISTED_MOVES) };
}

/** The heading and entries of the list under the map: "A School → Emergency department: 12 journeys". */
export function moveList(w: Words): { heading: string; entries: string[]; more: string | null } {
  const { moves, more } = listedMoves(w);
  const label = (id: string) => labelOf(w.pathway, id);
  const entries = moves.map((m, k) =>
    w.view === 'time'
      ? `${moveLetter(k)}  ${label(m.from)} → ${label(m.to)}: ${daysText(m.medianDays as number)} (${counted(m.journeys, 'journey')})`
      : `${moveLetter(k)}  ${label(m.from)} → ${label(m.to)}: ${counted(m.journeys, 'journey')}`,
  );
  const heading =
    w.view === 'time'
      ? 'Longest moves (median time between the two services):'
      : 'Moves off the expected pathway (most journeys first):';
  const what = w.view === 'time' ? 'moves with a median' : 'off-pathway moves';
  return {
    heading,
    entries,
    more: more > 0 ? `… and ${String(more)} more ${what} (in the CSV)` : null,
  };
}

/** Where the numbers come from: the cohort, the filters, the rule and the pathway with its full source. */
export function dataNote(w: Words, period: string | null): string {
  const { pathway, disclosed: d, parameters, cohort } = w;
  const whole = d.cohortJourneys ? ` of ${show(d.cohortJourneys)}` : '';
  const n = `${show(d.journeys)}${w.filtered ? whole : ''} ${d.journeys.text === '1' && !w.filtered ? 'journey' : 'journeys'}`;
  const parts = [`Data: ${cohort.name}${period ? `, ${period}` : ''}; ${n}.`];
  if (w.filters.length > 0) parts.push(`Filters: ${w.filters.join('; ')}.`);
  else if (w.filtered) parts.push('Filtered: a part of the cohort.');
  if (cohort.synthetic) parts.push(`${SYNTHETIC_LABEL}.`);
  parts.push(
    `Rule: W = ${windowText(parameters)} (response window), H = ${horizonText(parameters)} (crisis horizon).`,
    `Pathway: ${pathway.title}, version ${pathway.version}.`,
    `Source: ${pathway.source}`,
  );
  return parts.join(' ');
}
