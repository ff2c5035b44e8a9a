import { horizonText, windowText } from '../analysis/parameters.ts';
import { daysText } from '../format/days.ts';
import { LISTED_MOVES, listedMoves } from './figureCaption.ts';
import { counted, headline, labelOf, show, type Words } from './figureWords.ts';

/** At most this many of a list are named; the rest are counted ("and 12 more"). */
const NAMED = LISTED_MOVES;

function list(items: readonly string[], what: string): string {
  const named = items.slice(0, NAMED);
  const more = items.length - named.length;
  return `${named.join('; ')}${more > 0 ? `; and ${String(more)} more ${what}` : ''}`;
}

/** A few plain sentences for screen readers, the alt attribute of an embedded image and the PDF's figure. */
export function altText(w: Words, period: string | null): string {
  const { pathway, disclosed: d } = w;
  const first = pathway.levels[0]?.label ?? '';
  const last = pathway.levels[pathway.levels.length - 1]?.label ?? '';
  const label = (id: string) => labelOf(pathway, id);
  const out: string[] = [];
  out.push(
    `${w.title}. A map of the ${pathway.title}: ${String(pathway.services.length)} services in ${String(pathway.levels.length)} levels from ${first} to ${last}, with the moves that ${counted(d.journeys, 'journey')}${period ? ` (${period})` : ''} made between them${w.cohort.synthetic ? `, from synthetic data, not real children` : ''}.`,
  );
  if (w.filters.length > 0) out.push(`Filters: ${w.filters.join('; ')}.`);
  out.push(headline(w));
  if (w.view !== 'time')
    out.push(
      `A missed early-intervention point is a concern at an early-intervention service with no response within ${windowText(w.parameters)}, followed by a crisis within ${horizonText(w.parameters)}.`,
    );
  if (w.view === 'time') {
    const waits = d.services
      .filter((s) => s.waitDays !== null)
      .sort((a, b) => (b.waitDays as number) - (a.waitDays as number))
      .map((s) => `${label(s.id)} ${daysText(s.waitDays as number)}`);
    if (waits.length > 0)
      out.push(`Median wait from referral to assessment, longest first: ${list(waits, 'services')}.`);
    const { moves, more } = listedMoves(w);
    if (moves.length > 0) {
      const named = moves.map(
        (m) => `${label(m.from)} to ${label(m.to)} (${daysText(m.medianDays as number)})`,
      );
      out.push(
        `The longest moves by median time: ${named.join('; ')}${more > 0 ? `; and ${String(more)} more` : ''}.`,
      );
    }
  } else {
    const missed = d.services
      .filter((s) => s.missedPoints.text !== '0')
      .map((s) => `${label(s.id)} ${show(s.missedPoints)}`);
    if (missed.length > 0) out.push(`Missed points by service: ${list(missed, 'services')}.`);
    const busiest = d.moves
      .filter((m) => m.journeys.value !== null && m.journeys.value > 0)
      .slice()
      .sort((a, b) => (b.journeys.value as number) - (a.journeys.value as number))
      .slice(0, 3)
      .map((m) => `${label(m.from)} to ${label(m.to)} (${counted(m.journeys, 'journey')})`);
    if (busiest.length > 0) out.push(`The most travelled moves: ${busiest.join('; ')}.`);
    const { moves, more } = listedMoves(w);
    if (moves.length > 0) {
      const named = moves.map(
        (m) => `${label(m.from)} to ${label(m.to)} (${counted(m.journeys, 'journey')})`,
      );
      out.push(
        `Moves off the expected pathway: ${named.join('; ')}${more > 0 ? `; and ${String(more)} more` : ''}.`,
      );
    }
    for (const t of d.targets) {
      out.push(
        `${label(t.service)}: ${show(t.withinTarget)} of ${counted(t.referrals, 'referral')} met the target “${t.label}”.`,
      );
    }
  }
  out.push(
    d.settings.suppress
      ? `Counts from 1 to 4 are shown as “<5”${d.secondarySuppressed > 0 ? ', and some other counts are hidden so that none can be worked out from a total' : ''}${d.settings.roundTo === 5 ? '; other counts are rounded to the nearest 5' : ''}.`
      : 'Small-number suppression is off: this figure is not for publication.',
  );
  return out.join(' ');
}
