import { wilsonInterval } from '../stats/intervals.ts';
import type { Cohort } from '../cohort/types.ts';
import { activities, EARLY_INTERVENTION, responseActivities, type Pathway } from '../pathway/types.ts';
import type { CohortSummary } from './summariseAnalysis.ts';

/**
 * Concerns raised at each service, among the journeys `included` keeps: rows at the service that record
 * at least one concern code and are not themselves a response (referral, assessment, intervention,
 * admission). At an early-intervention service these are exactly the rows the missed-point rule
 * (CONTRACT §3, conditions 1 to 3) looks at, so missed points are a share of them.
 */
export function concernsAtServices(
  cohort: Cohort,
  pathway: Pathway,
  included: Uint8Array,
): Record<string, number> {
  const { journeyStart, service, activity, concernStart } = cohort;
  const response = Uint8Array.from(activities, (a) => (responseActivities.has(a) ? 1 : 0));
  const counts = new Int32Array(pathway.services.length);
  for (let j = 0; j < included.length; j++) {
    if (included[j] === 0) continue;
    for (let e = journeyStart[j] as number; e < (journeyStart[j + 1] as number); e++) {
      if (
        (concernStart[e + 1] as number) > (concernStart[e] as number) &&
        response[activity[e] as number] === 0
      ) {
        const s = service[e] as number;
        counts[s] = (counts[s] as number) + 1;
      }
    }
  }
  const out: Record<string, number> = {};
  pathway.services.forEach((s, i) => {
    if ((counts[i] as number) > 0) out[s.id] = counts[i] as number;
  });
  return out;
}

/** Below this many concerns at a service, its rate is shown but not ranked (as disclosure control's 5). */
export const RATE_MIN_CONCERNS = 5;

export interface MissedRate {
  readonly service: string;
  readonly missed: number;
  /** Concerns raised there (`concernsAtServices`): the rate's denominator. */
  readonly concerns: number;
  /** Missed points per 100 concerns raised there, and its 95% Wilson score interval (per 100). */
  readonly per100: number;
  readonly low: number;
  readonly high: number;
  /** 1 for the worst rate; null when it rests on fewer than `RATE_MIN_CONCERNS` concerns. */
  readonly rank: number | null;
}

/**
 * The missed-point rate of every early-intervention service where concerns were raised: missed points
 * per 100 concerns raised there, with Wilson's 95% score interval on the share of those concerns that
 * became missed points (each concern counted as one trial; several concerns of one journey are not
 * independent, so the interval is, if anything, too narrow). Ranked worst first among services with at
 * least `RATE_MIN_CONCERNS` concerns, the others after them, unranked; ties by missed points, then the
 * pathway's order. Needs the summary's `concernsByService` (the explorer's worker adds it): none, none.
 */
export function missedRates(pathway: Pathway, summary: CohortSummary): MissedRate[] {
  const concerns = summary.concernsByService;
  if (!concerns) return [];
  const rates = pathway.services
    .map((s, order) => ({ s, order }))
    .filter(({ s }) => s.tags.includes(EARLY_INTERVENTION) && (concerns[s.id] ?? 0) > 0)
    .map(({ s, order }) => {
      const n = concerns[s.id] ?? 0;
      const missed = Math.min(n, summary.missedPointsByService[s.id] ?? 0);
      const w = wilsonInterval(missed, n);
      return {
        service: s.id,
        missed,
        concerns: n,
        per100: 100 * w.value,
        low: 100 * w.low,
        high: 100 * w.high,
        order,
      };
    });
  const ranked = (r: { concerns: number }) => r.concerns >= RATE_MIN_CONCERNS;
  rates.sort(
    (a, b) =>
      Number(ranked(b)) - Number(ranked(a)) ||
      b.per100 - a.per100 ||
      b.missed - a.missed ||
      a.order - b.order,
  );
  let rank = 0;
  return rates.map((r) => ({
    service: r.service,
    missed: r.missed,
    concerns: r.concerns,
    per100: r.per100,
    low: r.low,
    high: r.high,
    rank: ranked(r) ? ++rank : null,
  }));
}

/** A rate as people read it: "38 in 100" → "38%", with one decimal under 10 ("4.5%"). */
export function rateText(per100: number): string {
  if (!Number.isFinite(per100)) return '—';
  const rounded = per100 < 10 ? Math.round(per100 * 10) / 10 : Math.round(per100);
  return `${String(rounded)}%`;
}
