import type { CohortSummary } from '../analysis/summariseAnalysis.ts';
import type { LinearTable, Relation, TableCell } from './linearTable.ts';

/**
 * Where each number of a cohort summary sits in the table that the outputs publish, and the relations
 * between them that a reader can use:
 * - all journeys = those that reached a crisis + those that did not (the second never printed);
 * - all journeys = those with missed points + those without (likewise);
 * - missed points in all = the sum over agencies, and each agency's = the sum over its services (the
 *   summary panel prints the agencies; the figure and its CSV print the services and the total);
 * - referrals to a service with a target = those within it + those not (the second never printed).
 * Counts of journeys per service and per move, and of events, are in no such relation (a journey
 * touches several services), so they are protected by primary suppression alone.
 */
export interface SummaryCells {
  readonly table: LinearTable;
  /** The whole cohort, when the summary is of a filtered part of it (the data note says "120 of 5,000"). */
  readonly cohortJourneys: number | undefined;
  /** The cohort's journeys the filter left out (never printed). */
  readonly excludedJourneys: number | undefined;
  readonly journeys: number;
  readonly events: number;
  readonly reachedCrisis: number;
  readonly notReachedCrisis: number;
  readonly journeysWithMissedPoints: number;
  readonly journeysWithoutMissedPoints: number;
  readonly missedPoints: number;
  /** Agency → cell of its missed points. */
  readonly agencies: ReadonlyMap<string, number>;
  readonly services: readonly {
    readonly id: string;
    readonly journeys: number;
    readonly missedPoints: number;
  }[];
  readonly moves: readonly { readonly journeys: number; readonly moves: number }[];
  readonly targets: readonly {
    readonly referrals: number;
    readonly withinTarget: number;
    readonly notWithinTarget: number;
  }[];
}

/** The cohort's totals are what the headline states: hidden only when nothing else protects a "<5". */
const TOTAL_WEIGHT = 1_000_000;

/**
 * The remainder of a share (e.g. journeys that did not reach a crisis) is published as "<5" — the part
 * then reads "all but <5" — when it is 1 to 4 and the whole is at least 9, so that hiding the part
 * alone protects it (the part is then 5 or more, and the whole less 5 leaves room for 1 to 4).
 * Otherwise it stays unpublished, and the part reads "≥5" when it must be hidden.
 */
export const remainderPublished = (whole: number, part: number): boolean =>
  whole - part > 0 && whole - part < 5 && whole >= 9;

export function summaryCells(
  summary: CohortSummary,
  services: readonly { readonly id: string; readonly agency: string }[],
  cohortJourneys?: number,
): SummaryCells {
  const cells: TableCell[] = [];
  const relations: Relation[] = [];
  const cell = (name: string, value: number, published = true, weight = 0) => {
    cells.push({ name, value, published, weight });
    return cells.length - 1;
  };
  const share = (name: string, whole: number, wholeCell: number, part: number, weight = 0) => {
    const p = cell(name, part, true, weight);
    const rest = cell(`not ${name}`, whole - part, remainderPublished(whole, part));
    relations.push({ total: wholeCell, parts: [p, rest] });
    return [p, rest] as const;
  };
  let cohort: number | undefined;
  let excluded: number | undefined;
  let journeys: number;
  if (cohortJourneys !== undefined && cohortJourneys !== summary.journeys) {
    // A filtered part of a cohort: the part and the journeys the filter left out make up the cohort.
    cohort = cell('cohort journeys', cohortJourneys, true, TOTAL_WEIGHT);
    [journeys, excluded] = share('journeys', cohortJourneys, cohort, summary.journeys, TOTAL_WEIGHT);
  } else journeys = cell('journeys', summary.journeys, true, TOTAL_WEIGHT);
  const events = cell('events', summary.events);
  const [reachedCrisis, notReachedCrisis] = share(
    'reached crisis',
    summary.journeys,
    journeys,
    summary.reachedCrisis,
  );
  const [journeysWithMissedPoints, journeysWithoutMissedPoints] = share(
    'journeys with missed points',
    summary.journeys,
    journeys,
    summary.journeysWithMissedPoints,
  );
  const missedPoints = cell('missed points', summary.missedPoints, true, TOTAL_WEIGHT);

  const byAgency = new Map<string, { id: string; cell: number }[]>();
  const serviceCells = services.map((s) => {
    const missed = cell(`missed points at ${s.id}`, summary.missedPointsByService[s.id] ?? 0);
    const list = byAgency.get(s.agency);
    if (list) list.push({ id: s.id, cell: missed });
    else byAgency.set(s.agency, [{ id: s.id, cell: missed }]);
    return {
      id: s.id,
      journeys: cell(`journeys at ${s.id}`, summary.serviceJourneys[s.id] ?? 0),
      missedPoints: missed,
    };
  });
  // An agency of one service is that service's count printed twice: the same cell, not a relation.
  const agencies = new Map<string, number>();
  for (const [agency, list] of byAgency) {
    const only = list.length === 1 ? list[0] : undefined;
    if (only) {
      agencies.set(agency, only.cell);
      continue;
    }
    const total = list.reduce((sum, x) => sum + (cells[x.cell]?.value ?? 0), 0);
    const a = cell(`missed points at agency ${agency}`, total);
    agencies.set(agency, a);
    relations.push({ total: a, parts: list.map((x) => x.cell) });
  }
  // Missed points at services the list does not name (none, for a summary of this pathway) would break
  // the sum: they go into a cell of their own, never published.
  const named = serviceCells.reduce((sum, s) => sum + (cells[s.missedPoints]?.value ?? 0), 0);
  const parts = [...agencies.values()];
  if (named !== summary.missedPoints)
    parts.push(cell('missed points elsewhere', Math.max(0, summary.missedPoints - named), false));
  relations.push({ total: missedPoints, parts });

  const moves = summary.transitions.map((t) => ({
    journeys: cell(`journeys ${t.from}→${t.to}`, t.journeys),
    moves: cell(`moves ${t.from}→${t.to}`, t.count),
  }));
  const targets = summary.targets.map((t) => {
    const referrals = cell(`referrals to ${t.service}`, t.referrals);
    const [withinTarget, notWithinTarget] = share(
      `within target at ${t.service}`,
      t.referrals,
      referrals,
      t.withinTarget,
    );
    return { referrals, withinTarget, notWithinTarget };
  });
  return {
    table: { cells, relations },
    cohortJourneys: cohort,
    excludedJourneys: excluded,
    journeys,
    events,
    reachedCrisis,
    notReachedCrisis,
    journeysWithMissedPoints,
    journeysWithoutMissedPoints,
    missedPoints,
    agencies,
    services: serviceCells,
    moves,
    targets,
  };
}
