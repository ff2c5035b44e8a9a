import type { CohortSummary } from '../analysis/summariseAnalysis.ts';
import { SMALL_COUNT_LIMIT, type DisclosureSettings } from './disclosureSettings.ts';
import type { CellStatus } from './linearTable.ts';
import { suppressTable } from './secondarySuppression.ts';
import { remainderPublished, summaryCells } from './summaryTable.ts';
import { discloseCount, isSmallCount, secondaryCount, type DisclosedCount } from './suppressCount.ts';

export interface DisclosedService {
  readonly id: string;
  /** Distinct journeys that touched the service. */
  readonly journeys: DisclosedCount;
  readonly missedPoints: DisclosedCount;
  /** Median days from a referral to the next assessment there; null when fewer than 5 waits (or unknown). */
  readonly waitDays: number | null;
}

export interface DisclosedAgency {
  readonly agency: string;
  /** The missed points at the agency's services. */
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
  /** The whole cohort when the summary is of a filtered part of it (`context.cohortJourneys`). */
  readonly cohortJourneys?: DisclosedCount | undefined;
  readonly journeys: DisclosedCount;
  readonly events: DisclosedCount;
  readonly reachedCrisis: DisclosedCount;
  readonly missedPoints: DisclosedCount;
  readonly journeysWithMissedPoints: DisclosedCount;
  /** One entry per service, in the order of `context.services` (the pathway's order) when given. */
  readonly services: readonly DisclosedService[];
  /** Missed points by agency, in the order agencies first appear among the services. */
  readonly agencies: readonly DisclosedAgency[];
  readonly moves: readonly DisclosedMove[];
  readonly targets: readonly DisclosedTarget[];
  /** Median days from first concern to first crisis; null when fewer than 5 journeys have a lead time. */
  readonly medianLeadTimeDays: number | null;
  /** True when the raw numbers include a count from 1 to 4 (the figure then needs suppression). */
  readonly containsSmallCounts: boolean;
  /** How many counts of 5 or more are hidden so that no "<5" can be worked out (secondary suppression). */
  readonly secondarySuppressed: number;
}

export interface DisclosureContext {
  /**
   * Every service of the pathway with its agency, so that services no journey touched are listed with 0
   * and missed points add up by agency as the summary panel shows them. Ids alone are taken as services
   * of one agency each.
   */
  readonly services?: readonly { readonly id: string; readonly agency: string }[] | undefined;
  /** Service ids alone, each then taken as an agency of its own (when `services` is not given). */
  readonly serviceIds?: readonly string[] | undefined;
  /**
   * How many journeys have a lead time (the median lead time is over these; see `leadTimeJourneys`).
   * When unknown, a suppressed figure leaves the median out: it might rest on fewer than 5 journeys.
   */
  readonly leadTimeJourneys?: number | undefined;
  /** Journeys in the whole cohort, when the summary is of a filtered part of it (stated beside it). */
  readonly cohortJourneys?: number | undefined;
}

function servicesOf(summary: CohortSummary, context: DisclosureContext) {
  if (context.services) return context.services;
  const ids = context.serviceIds ?? [
    ...new Set([...Object.keys(summary.serviceJourneys), ...Object.keys(summary.missedPointsByService)]),
  ];
  return ids.map((id) => ({ id, agency: id }));
}

/**
 * Applies disclosure control to a cohort summary. With suppression on, every count from 1 to 4 reads
 * "<5" and, where a total and the other counts would give one away, other counts are hidden too
 * (`suppressTable`: secondary suppression over every relation the outputs publish, `summaryCells`);
 * medians are dropped when they rest on fewer than 5 journeys (a median of one journey is that
 * journey's own number). Per-journey details are never part of it. Every output (figure, CSV, alt text,
 * summary panel, table view) reads its numbers from here, so that together they give away no more than
 * each does alone.
 */
export function disclose(
  summary: CohortSummary,
  settings: DisclosureSettings,
  context: DisclosureContext = {},
): DisclosedSummary {
  const services = servicesOf(summary, context);
  const cells = summaryCells(summary, services, context.cohortJourneys);
  const { table } = cells;
  const pattern = settings.suppress ? suppressTable(table, settings.roundTo) : undefined;
  const status = (i: number): CellStatus => pattern?.statuses[i] ?? 'shown';
  const value = (i: number) => table.cells[i]?.value ?? 0;
  const c = (i: number, remainder?: number): DisclosedCount => {
    const s = status(i);
    if (s === 'secondary') return secondaryCount(remainder !== undefined && status(remainder) === 'primary');
    return discloseCount(value(i), settings);
  };
  const enough = (n: number | undefined) => !settings.suppress || (n ?? 0) >= SMALL_COUNT_LIMIT;

  const moves = summary.transitions.map((t, k) => {
    const m = cells.moves[k] as { journeys: number; moves: number };
    return {
      from: t.from,
      to: t.to,
      journeys: c(m.journeys),
      moves: c(m.moves),
      onPathway: t.onPathway,
      medianDays: enough(Math.min(t.journeys, t.count)) ? t.medianDays : null,
    };
  });
  const waits = summary.waitsByService;
  return {
    settings,
    cohortJourneys: cells.cohortJourneys === undefined ? undefined : c(cells.cohortJourneys),
    journeys: c(cells.journeys, cells.excludedJourneys),
    events: c(cells.events),
    reachedCrisis: c(cells.reachedCrisis, cells.notReachedCrisis),
    missedPoints: c(cells.missedPoints),
    journeysWithMissedPoints: c(cells.journeysWithMissedPoints, cells.journeysWithoutMissedPoints),
    services: cells.services.map((s) => ({
      id: s.id,
      journeys: c(s.journeys),
      missedPoints: c(s.missedPoints),
      waitDays: enough(waits?.[s.id]) ? (summary.medianWaitDays[s.id] ?? null) : null,
    })),
    agencies: [...cells.agencies].map(([agency, i]) => ({ agency, missedPoints: c(i) })),
    moves,
    targets: summary.targets.map((t, k) => {
      const cell = cells.targets[k] as { referrals: number; withinTarget: number; notWithinTarget: number };
      return {
        service: t.service,
        label: t.label,
        hours: t.hours,
        referrals: c(cell.referrals),
        withinTarget: c(cell.withinTarget, cell.notWithinTarget),
      };
    }),
    medianLeadTimeDays: enough(context.leadTimeJourneys) ? summary.medianLeadTimeDays : null,
    containsSmallCounts: table.cells.some((x) => isSmallCount(x.value)),
    secondarySuppressed: pattern?.secondary ?? 0,
  };
}

/** True when the share's remainder is published as "<5" (the part then reads "all but <5"). */
export { remainderPublished };
