import type { TimeBase } from '../cohort/types.ts';
import { MONTH_NAMES } from '../monthNames.ts';

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

const two = (n: number) => String(n).padStart(2, '0');

/**
 * When a step happened, as a trainer would say it: "Tue 3 March 2020" for a calendar cohort (days since
 * 1970-01-01 UTC; a time of day is added when the data gave one), "Day 12" for a cohort of day offsets.
 * Written out by hand rather than with `Intl`, so that the words are the same on every machine.
 */
export function formatWhen(time: number, timeBase: TimeBase): string {
  if (timeBase === 'offset') return `Day ${String(Math.round(time))}`;
  const date = new Date(Math.round(time * DAY_MS));
  const day = `${WEEKDAYS[date.getUTCDay()] ?? ''} ${String(date.getUTCDate())} ${MONTH_NAMES[date.getUTCMonth()] ?? ''} ${String(date.getUTCFullYear())}`;
  const minutes = date.getUTCHours() * 60 + date.getUTCMinutes();
  return minutes === 0 ? day : `${day}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
}

/** "1 day", "12 days". */
export function days(n: number): string {
  const whole = Math.round(Math.abs(n));
  return `${String(whole)} ${whole === 1 ? 'day' : 'days'}`;
}

/**
 * Where a step sits relative to the journey's first crisis: "157 days before the first crisis", "the day
 * of the first crisis", "12 days after the first crisis"; undefined when the journey reached no crisis.
 */
export function relativeToCrisis(dayFromCrisis: number | null): string | undefined {
  if (dayFromCrisis === null) return undefined;
  const d = Math.round(dayFromCrisis);
  if (d === 0) return 'the day of the first crisis';
  return d < 0 ? `${days(d)} before the first crisis` : `${days(d)} after the first crisis`;
}
