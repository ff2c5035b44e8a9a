import {
  SECONDARY_TEXT,
  SMALL_COUNT_LIMIT,
  SUPPRESSED_TEXT,
  WITHHELD_TEXT,
  type DisclosureSettings,
} from './disclosureSettings.ts';

/** A count as a figure may show it. */
export interface DisclosedCount {
  /** What to print: "12", "<5", "0", or "all but <5" for a share (see `discloseShare`). */
  readonly text: string;
  /**
   * The number to draw with (a line's width, a bar's length): the rounded count, or null when hidden,
   * so that a drawing never gives away what the text hides.
   */
  readonly value: number | null;
  readonly suppressed: boolean;
  /**
   * Hidden although it is 5 or more, so that a "<5" elsewhere cannot be worked out from a total
   * (secondary suppression): it reads "≥5", or "all but <5" for a share whose remainder is 1 to 4.
   */
  readonly secondary?: boolean | undefined;
}

/** True for the counts that suppression hides. */
export const isSmallCount = (n: number): boolean => n > 0 && n < SMALL_COUNT_LIMIT;

function rounded(n: number, settings: DisclosureSettings): number {
  // Nearest 5, halves up, for counts of 5 and over only: a count of 5 or more then never rounds below 5,
  // and an unsuppressed small count is shown as it is rather than turned into 0 or 5.
  return settings.roundTo === 5 && n >= SMALL_COUNT_LIMIT ? Math.round(n / 5) * 5 : n;
}

/** A count with disclosure control applied. Counts must be whole numbers from 0 up. */
export function discloseCount(n: number, settings: DisclosureSettings): DisclosedCount {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`discloseCount: ${String(n)} is not a count.`);
  if (n === 0) return { text: '0', value: 0, suppressed: false };
  if (settings.suppress && isSmallCount(n)) return { text: SUPPRESSED_TEXT, value: null, suppressed: true };
  const v = rounded(n, settings);
  return { text: String(v), value: v, suppressed: false };
}

/**
 * The display string of a count: "0" for zero, "<5" for 1 to 4 when suppression is on, and the count
 * (rounded to the nearest 5 when `roundTo` is 5) otherwise.
 */
export function suppressCount(n: number, settings: DisclosureSettings): string {
  return discloseCount(n, settings).text;
}

/**
 * A part of a whole that the figure states together with the whole ("9 of 10 journeys"). When the
 * remainder is 1 to 4, printing the part would give the remainder away by subtraction (here: one
 * journey), so the part reads "all but <5" instead.
 */
export function discloseShare(part: number, whole: number, settings: DisclosureSettings): DisclosedCount {
  const own = discloseCount(part, settings);
  if (!settings.suppress || own.suppressed || discloseCount(whole, settings).suppressed) return own;
  if (isSmallCount(whole - part))
    return { text: `all but ${SUPPRESSED_TEXT}`, value: null, suppressed: true };
  return own;
}

/** A count hidden to protect a "<5" elsewhere: "≥5", or "all but <5" for a share whose remainder is published as "<5". */
export function secondaryCount(remainderIsSmall = false): DisclosedCount {
  return {
    text: remainderIsSmall ? `all but ${SUPPRESSED_TEXT}` : SECONDARY_TEXT,
    value: null,
    suppressed: true,
    secondary: true,
  };
}

/** A count withheld altogether ("*"): every count around it is below 5, and "<5" would pin one down. */
export function withheldCount(): DisclosedCount {
  return { text: WITHHELD_TEXT, value: null, suppressed: true, secondary: true };
}
