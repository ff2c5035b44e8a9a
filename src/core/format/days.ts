/**
 * Days as every output writes them — the screens, the board-paper figure, its alt text and CSV — so that a
 * number reads the same on screen and on paper: at most one decimal (a time of day makes days fractional),
 * and "1 day", never "1 days".
 */

/** Days rounded to a tenth. */
export const roundDays = (d: number): number => Math.round(d * 10) / 10;

const digits = (r: number) => (Number.isInteger(r) ? String(r) : r.toFixed(1));

/** Days in words: "31.5 days", "1 day", "0 days". */
export function daysText(d: number): string {
  const r = roundDays(d);
  return `${digits(r)} ${r === 1 ? 'day' : 'days'}`;
}

/** Days in short, for a map node: "2 d", "31.5 d". */
export function shortDays(d: number): string {
  return `${digits(roundDays(d))} d`;
}
