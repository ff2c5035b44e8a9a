import type { CohortSummary } from '../../core/analysis/summariseAnalysis.ts';
import { disclose } from '../../core/disclosure/disclose.ts';
import { SMALL_COUNT_LIMIT, type DisclosureSettings } from '../../core/disclosure/disclosureSettings.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { exactCount, shortCount } from '../common/format.ts';

/** A count as the map shows it: a short text, words for its accessible name, and the number to draw with. */
export interface MapCount {
  readonly short: string;
  readonly words: string;
  /** The number a line's width follows; null when the count is hidden (drawn like every hidden count). */
  readonly value: number | null;
}

/** The counts of an overlay as the map shows them. */
export interface OverlayCounts {
  readonly service: (id: string) => { journeys: MapCount; missed: MapCount };
  readonly move: (from: string, to: string) => { journeys: MapCount; medianDays: number | null };
  readonly target: (service: string) => { withinTarget: MapCount; notMet: MapCount; referrals: MapCount };
  /** The median wait at a service, when it may be shown. */
  readonly wait: (id: string) => number | null;
  /** The disclosure control applied, if any. */
  readonly disclosure: DisclosureSettings | null;
}

const exact = (n: number): MapCount => ({ short: shortCount(n), words: exactCount(n), value: n });

/**
 * The overlay's counts for the map: exact (the explorer's own view of a cohort on this computer), or
 * through disclosure control (`disclose`, as every publishable output), for an aggregate overlay and
 * for comparisons. A hidden count reads "<5" (or what `disclose` says), and its line is drawn like
 * every other hidden count, so that neither the text nor the drawing gives it away.
 */
export function overlayCounts(
  summary: CohortSummary,
  pathway: Pathway,
  disclosure: DisclosureSettings | null,
): OverlayCounts {
  if (!disclosure) {
    const moves = new Map(summary.transitions.map((t) => [`${t.from}>${t.to}`, t]));
    const targets = new Map(summary.targets.map((t) => [t.service, t]));
    return {
      service: (id) => ({
        journeys: exact(summary.serviceJourneys[id] ?? 0),
        missed: exact(summary.missedPointsByService[id] ?? 0),
      }),
      move: (from, to) => {
        const t = moves.get(`${from}>${to}`);
        return { journeys: exact(t?.journeys ?? 0), medianDays: t?.medianDays ?? null };
      },
      target: (service) => {
        const t = targets.get(service);
        const referrals = t?.referrals ?? 0;
        const within = t?.withinTarget ?? 0;
        return {
          withinTarget: exact(within),
          notMet: exact(referrals - within),
          referrals: exact(referrals),
        };
      },
      wait: (id) => summary.medianWaitDays[id] ?? null,
      disclosure: null,
    };
  }
  const d = disclose(summary, disclosure, { serviceIds: pathway.services.map((s) => s.id) });
  const shown = (c: { text: string; value: number | null }): MapCount => ({
    short: c.value === null ? c.text : shortCount(c.value),
    words: c.value === null ? c.text.replace('<5', 'fewer than 5') : exactCount(c.value),
    value: c.value,
  });
  const services = new Map(d.services.map((s) => [s.id, s]));
  const moves = new Map(d.moves.map((m) => [`${m.from}>${m.to}`, m]));
  const targets = new Map(d.targets.map((t) => [t.service, t]));
  const zero = exact(0);
  const hidden: MapCount = { short: '–', words: 'not shown', value: null };
  return {
    service: (id) => {
      const s = services.get(id);
      return { journeys: s ? shown(s.journeys) : zero, missed: s ? shown(s.missedPoints) : zero };
    },
    move: (from, to) => {
      const m = moves.get(`${from}>${to}`);
      return { journeys: m ? shown(m.journeys) : zero, medianDays: m?.medianDays ?? null };
    },
    target: (service) => {
      const t = targets.get(service);
      if (!t) return { withinTarget: zero, notMet: zero, referrals: zero };
      const within = shown(t.withinTarget);
      const referrals = shown(t.referrals);
      // "Not met" is the referrals less those within target: shown only when both are.
      const notMet =
        within.value !== null && referrals.value !== null
          ? shown({ text: '', value: referrals.value - within.value })
          : hidden;
      return { withinTarget: within, notMet, referrals };
    },
    // A median over fewer than 5 journeys would be their own numbers: shown only where 5 or more came.
    wait: (id) =>
      (summary.serviceJourneys[id] ?? 0) >= SMALL_COUNT_LIMIT ? (summary.medianWaitDays[id] ?? null) : null,
    disclosure,
  };
}
