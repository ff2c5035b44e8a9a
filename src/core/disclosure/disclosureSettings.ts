/**
 * Disclosure control for figures, tables and embeds that leave the app (board papers, exports).
 *
 * It follows NHS statistical practice for small numbers: MHSDS outputs below England level hide counts
 * from 1 to 4 and, where rounding is on, round the rest to the nearest 5. We show a hidden count as
 * "<5" rather than the "*" of older bulletins, because "<5" tells a reader of a board paper what it
 * means without a footnote. A true zero is shown as "0": it discloses no child, and hiding it would
 * make a service nobody used look like one that a few children used.
 */
export interface DisclosureSettings {
  /** Hide counts from 1 to 4 (on by default in every export and embed). */
  readonly suppress: boolean;
  /** 5: round counts of 5 and over to the nearest 5 (a count of 1 to 4 is still hidden). 0: no rounding. */
  readonly roundTo: 0 | 5;
}

export const DEFAULT_DISCLOSURE: DisclosureSettings = { suppress: true, roundTo: 0 };

/** Counts below this are hidden. */
export const SMALL_COUNT_LIMIT = 5;

/** What a hidden count reads as. */
export const SUPPRESSED_TEXT = '<5';

/** What a count reads as when it is hidden to protect a "<5" elsewhere (secondary suppression). */
export const SECONDARY_TEXT = '≥5';

/**
 * What a count reads as when even "<5" would give it (or another) away, every count around it being
 * below 5 too: it says nothing of the count.
 */
export const WITHHELD_TEXT = '*';

/** The line an unsuppressed figure carries, so that it cannot be published by mistake. */
export const UNSUPPRESSED_WARNING = 'Unsuppressed: contains counts below 5 — not for publication';

/** The same warning when, as it happens, no count is below 5: still not checked for publication. */
export const UNSUPPRESSED_NOTICE = 'Unsuppressed: small-number suppression is off — check before publication';

/** The disclosure-control note of a figure, in plain English. */
export function disclosureNote(
  settings: DisclosureSettings,
  containsSmallCounts: boolean,
  secondary = false,
): string {
  if (!settings.suppress) {
    const warning = containsSmallCounts ? UNSUPPRESSED_WARNING : UNSUPPRESSED_NOTICE;
    return `${warning}. Small-number suppression was switched off for this figure${
      settings.roundTo === 5 ? '; counts are rounded to the nearest 5' : ''
    }.`;
  }
  const rounding =
    settings.roundTo === 5
      ? ' Other counts are rounded to the nearest 5, so parts may not add up to totals.'
      : '';
  const hidden = secondary
    ? ' Where a “<5” could be worked out from a total and the other counts, another count is hidden too, as “≥5” (or “*” where every count around it is below 5).'
    : '';
  return (
    'Disclosure control (NHS practice for small numbers): counts from 1 to 4 are shown as “<5” and drawn ' +
    'alike; a share whose remainder is 1 to 4 is shown as “all but <5”; medians of fewer than 5 journeys ' +
    `are not shown, nor is any single journey.${hidden}${rounding}`
  );
}
