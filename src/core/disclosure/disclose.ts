import type { CohortSummary } from '../analysis/summariseAnalysis.ts';
import { SMALL_COUNT_LIMIT, type DisclosureSettings } from './disclosureSettings.ts';
import { discloseCount, discloseShare, isSmallCount, type DisclosedCount } from './suppressCount.ts';

export interface DisclosedService {
  readonly id: string;
  /** Distinct journeys that touched the service. */
  readonly journeys: DisclosedCount;
  readonly missedPoints: DisclosedCount;
}

export interface DisclosedMove {
  readonly from: string;
  readonly to: string;
  /** Distinct journeys that made the move (what a line's width follows). */
  readonly journeys: DisclosedCount;
  /** Number of moves. */
  readonly moves: DisclosedCount;
  readonly onPathway: boolean;
  /** Median days between the two rows; null when fewer than 5 journeys (or moves) made it. */
  readonly medianDays: number | null;
}

export interface DisclosedTarget {
  readonly service: string;
  readonly label: string;
  readonly hours: number;
  readonly referrals: DisclosedCount;
  readonly withinTarget: DisclosedCount;
}

/** The numbers of a figure with disclosure control applied everywhere: nothing here is raw. */
export interface DisclosedSummary {
  readonly settings: DisclosureSettings;
  readonly journeys: DisclosedCount;
  readonly events: DisclosedCount;
  readonly reachedCrisis: DisclosedCount;
  readonly missedPoints: DisclosedCount;
  readonly journeysWithMissedPoints: DisclosedCount;
  /** One entry per service, in the order of `context.serviceIds` (the pathway's order) when given. */
  readonly services: readonly DisclosedService[];
  readonly moves: readonly DisclosedMove[];
  readonly targets: readonly DisclosedTarget[];
  /** Median days from first concern to first crisis; null when fewer than 5 journeys have a lead time. */
  readonly medianLeadTimeDays: number | null;
  /** True when the raw numbers include a count from 1 to 4 (the figure then needs suppression). */
  readonly containsSmallCounts: boolean;
}

export interface DisclosureContext {
  /** Every service id of the pathway, so that services no journey touched are listed with 0. */
  readonly serviceIds?: readonly string[] | undefined;
  /**
   * How many journeys have a lead time (the median lead time is over these; see `leadTimeJourneys`).
   * When unknown, a suppressed figure leaves the median out: it might rest on fewer than 5 journeys.
   */
  readonly leadTimeJourneys?: number | undefined;
}

/**
 * Applies disclosure control to a cohort summary: every count through `discloseCount`, shares stated
 * with their whole through `discloseShare`, and medians dropped when they rest on fewer than 5 journeys
 * (a median of one journey is that journey's own number). Per-journey details are never part of it.
 */
export function disclose(
  summary: CohortSummary,
  settings: DisclosureSettings,
  context: DisclosureContext = {},
): DisclosedSummary {
  const c = (n: number) => discloseCount(n, settings);
  const raw: number[] = [
    summary.journeys,
    summary.reachedCrisis,
    summary.missedPoints,
    summary.journeysWithMissedPoints,
  ];

  const ids = context.serviceIds ?? [
    ...new Set([...Object.keys(summary.serviceJourneys), ...Object.keys(summary.missedPointsByService)]),
  ];
  const services = ids.map((id) => {
    const journeys = summary.serviceJourneys[id] ?? 0;
    const missed = summary.missedPointsByService[id] ?? 0;
    raw.push(journeys, missed);
    return { id, journeys: c(journeys), missedPoints: c(missed) };
  });

  const moves = summary.transitions.map((t) => {
    raw.push(t.journeys, t.count);
    const enough = t.journeys >= SMALL_COUNT_LIMIT && t.count >= SMALL_COUNT_LIMIT;
    return {
      from: t.from,
      to: t.to,
      journeys: c(t.journeys),
      moves: c(t.count),
      onPathway: t.onPathway,
      medianDays: !settings.suppress || enough ? t.medianDays : null,
    };
  });

  const targets = summary.targets.map((t) => {
    raw.push(t.referrals, t.withinTarget);
    return {
      service: t.service,
      label: t.label,
      hours: t.hours,
      referrals: c(t.referrals),
      withinTarget: discloseShare(t.withinTarget, t.referrals, settings),
    };
  });

  const leadOk = !settings.suppress || (context.leadTimeJourneys ?? 0) >= SMALL_COUNT_LIMIT;

  return {
    settings,
    journeys: c(summary.journeys),
    events: c(summary.events),
    reachedCrisis: discloseShare(summary.reachedCrisis, summary.journeys, settings),
    missedPoints: c(summary.missedPoints),
    journeysWithMissedPoints: discloseShare(summary.journeysWithMissedPoints, summary.journeys, settings),
    services,
    moves,
    targets,
    medianLeadTimeDays: leadOk ? summary.medianLeadTimeDays : null,
    containsSmallCounts: raw.some(isSmallCount),
  };
}
