/**
 * The difference map's scale: a change in percentage points falls into one of seven classes, from
 * "30 or more fewer" to "30 or more more". The fills are ColorBrewer's PuOr diverging scheme (safe for
 * the common colour-vision deficiencies), with the same lightness at the same distance from "little
 * change" on either side, so the size of a change reads in greyscale; its sign is always written
 * beside it (▲ more, ▼ fewer, and + or −) and, on lines, also drawn (a dashed line for fewer).
 */

/** The bounds of the classes, in percentage points (|change|): under 5, 5 to 15, 15 to 30, 30 and over. */
export const DIFFERENCE_BOUNDS = [5, 15, 30] as const;

/** −3 (30+ fewer) … 0 (little change) … 3 (30+ more). */
export type DifferenceClass = -3 | -2 | -1 | 0 | 1 | 2 | 3;

export const DIFFERENCE_CLASSES: readonly DifferenceClass[] = [-3, -2, -1, 0, 1, 2, 3];

/** The class of a change in percentage points. */
export function differenceClass(points: number): DifferenceClass {
  const size = Math.abs(points);
  const step = size >= 30 ? 3 : size >= 15 ? 2 : size >= 5 ? 1 : 0;
  return (points < 0 && step > 0 ? -step : step) as DifferenceClass;
}

/** Fill of a service box by class (PuOr, 7 classes: purple for fewer, orange for more). */
export const DIFFERENCE_FILL: Readonly<Record<DifferenceClass, string>> = {
  [-3]: '#542788',
  [-2]: '#998ec3',
  [-1]: '#d8daeb',
  0: '#f7f7f7',
  1: '#fee0b6',
  2: '#f1a340',
  3: '#b35806',
};

/** Text on each fill, at 4.5:1 contrast or more. */
export const DIFFERENCE_INK: Readonly<Record<DifferenceClass, string>> = {
  [-3]: '#ffffff',
  [-2]: '#1b1b1b',
  [-1]: '#1b1b1b',
  0: '#1b1b1b',
  1: '#1b1b1b',
  2: '#1b1b1b',
  3: '#ffffff',
};

/** Lines of moves: dark enough on white (3:1 and more); fewer is also dashed. */
export const DIFFERENCE_LINE = {
  fewer: '#5e3c99',
  more: '#b35806',
  /** Little change, not a finding, or not shown (disclosure control). */
  neutral: '#7a8591',
} as const;

/** The words of a class, for the legend: "30+ points fewer", "5–15 points more", "within 5 points". */
export function differenceClassText(c: DifferenceClass, unit = 'points'): string {
  const [a, b, top] = DIFFERENCE_BOUNDS;
  const way = c < 0 ? 'fewer' : 'more';
  switch (Math.abs(c)) {
    case 0:
      return `within ${String(a)} ${unit} either way`;
    case 1:
      return `${String(a)}–${String(b)} ${unit} ${way}`;
    case 2:
      return `${String(b)}–${String(top)} ${unit} ${way}`;
    default:
      return `${String(top)}+ ${unit} ${way}`;
  }
}

/** The sign mark of a change: ▲ more, ▼ fewer, = none. */
export const signMark = (points: number): string => (points > 0 ? '▲' : points < 0 ? '▼' : '=');

/** A signed number with a real minus sign: "+12", "−8", "0". */
export function signed(x: number, digits = 0): string {
  const r = Number(x.toFixed(digits));
  if (r === 0) return '0';
  return `${r > 0 ? '+' : '−'}${Math.abs(r).toFixed(digits)}`;
}
