import { shortCount } from '../format/counts.ts';
import { daysText, shortDays } from '../format/days.ts';
import type { DisclosedCount } from '../disclosure/suppressCount.ts';
import type { FigureContext } from './figureContext.ts';
import { counted, show } from './figureWords.ts';
import type { BoxNumbers } from './mapLayout.ts';

/** A count in its forms, longest first: "12,345 journeys", "12,345", "12.3k"; hidden counts as they are. */
function countForms(c: DisclosedCount, singular: string): string[] {
  if (c.text === '0') return ['no journeys'];
  const forms = [counted(c, singular), show(c)];
  if (c.value !== null && c.value >= 10_000) forms.push(shortCount(c.value));
  return [...new Set(forms)];
}

/**
 * What each service box shows, in the forms the layout chooses from (the longest that fits): in the
 * frequency view, the journeys that reached it and its missed points; in the time view, the median wait
 * from a referral to the next assessment there.
 */
export function boxNumbers(ctx: FigureContext): (serviceId: string) => BoxNumbers {
  const byId = new Map(ctx.d.services.map((s) => [s.id, s]));
  return (id) => {
    const s = byId.get(id);
    if (!s) return { count: [''], badge: null };
    if (ctx.words.view === 'time') {
      if (s.waitDays === null) {
        // No referral here was followed by an assessment, or too few were to show a median.
        const none = ctx.input.summary.medianWaitDays[id] === undefined;
        return {
          count:
            s.journeys.text === '0' ? ['no journeys'] : none ? ['no waits', '–'] : ['wait not shown', '–'],
          badge: null,
        };
      }
      return {
        count: [`wait ${daysText(s.waitDays)}`, daysText(s.waitDays), shortDays(s.waitDays)],
        badge: null,
      };
    }
    const missed = s.missedPoints;
    const badge =
      missed.text === '0'
        ? null
        : [
            ...new Set([
              show(missed),
              ...(missed.value !== null && missed.value >= 10_000 ? [shortCount(missed.value)] : []),
            ]),
          ];
    return { count: countForms(s.journeys, 'journey'), badge };
  };
}
