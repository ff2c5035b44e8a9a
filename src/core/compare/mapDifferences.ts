import { disclose, type DisclosedSummary } from '../disclosure/disclose.ts';
import { SMALL_COUNT_LIMIT, type DisclosureSettings } from '../disclosure/disclosureSettings.ts';
import { discloseCount, type DisclosedCount } from '../disclosure/suppressCount.ts';
import { CRISIS, EARLY_INTERVENTION, type Pathway } from '../pathway/types.ts';
import type { Comparison, Difference } from './compareGroups.ts';
import { changeOf, type Change } from './change.ts';
import type { GroupDetail } from './groupFigures.ts';
import { newcombeInterval, type Estimate } from '../stats/intervals.ts';

export type { Change, ChangeState } from './change.ts';

export interface ServiceChange {
  readonly id: string;
  readonly label: string;
  readonly earlyIntervention: boolean;
  readonly crisis: boolean;
  /** The share of journeys that touched the service, in percentage points. */
  readonly journeys: Change;
  /** Missed points per 100 journeys (services where either group has any). */
  readonly missed?: Change | undefined;
}

export interface MoveChange {
  readonly from: string;
  readonly to: string;
  readonly onPathway: boolean;
  /** The share of journeys that made the move, in percentage points. */
  readonly journeys: Change;
}

/** What the difference map draws: one group set against the first, service by service and move by move. */
export interface MapDifference {
  readonly from: string;
  readonly to: string;
  readonly sizes: readonly [DisclosedCount, DisclosedCount];
  /** Either group has fewer than 5 journeys: no difference is a finding. */
  readonly small: boolean;
  readonly services: readonly ServiceChange[];
  readonly moves: readonly MoveChange[];
  /** The largest change drawn (for a legend), in percentage points. */
  readonly largest: number;
}

interface Sizes {
  readonly n: readonly [number, number];
  readonly disclosed: readonly [DisclosedCount, DisclosedCount];
}

/** A pair of counts, raw (for the arithmetic) and as disclosure control lets them be shown. */
interface Counts {
  readonly raw: readonly [number, number];
  readonly shown: readonly [DisclosedCount, DisclosedCount];
}

function change(sizes: Sizes, counts: Counts, estimate: Estimate, finding: boolean): Change {
  return changeOf({
    shown: [...counts.shown, ...sizes.disclosed],
    counts: counts.shown,
    sizes: sizes.disclosed,
    values: [(100 * counts.raw[0]) / sizes.n[0], (100 * counts.raw[1]) / sizes.n[1]],
    estimate: { value: estimate.value * 100, low: estimate.low * 100, high: estimate.high * 100 },
    finding: finding && sizes.n.every((n) => n >= SMALL_COUNT_LIMIT),
  });
}

function shareChange(sizes: Sizes, counts: Counts): Change {
  const estimate = newcombeInterval(counts.raw[0], sizes.n[0], counts.raw[1], sizes.n[1]);
  return change(sizes, counts, estimate, true);
}

/** The core's per-100 difference is already in per-100 units: scale it back to shares for `change`. */
function rateChange(sizes: Sizes, counts: Counts, d: Difference): Change {
  return change(sizes, counts, { value: d.value / 100, low: d.low / 100, high: d.high / 100 }, d.finding);
}

/** Each group's counts as every other output shows them (`disclose`: one disclosure control for all). */
function disclosedGroup(g: GroupDetail, pathway: Pathway, settings: DisclosureSettings): DisclosedSummary {
  return disclose(g.summary, settings, {
    serviceIds: pathway.services.map((s) => s.id),
    leadTimeJourneys: g.leadTimes.length,
  });
}

/**
 * The difference map of group `to` (index into `comparison.groups`, 1 or more) against the first group:
 * for every service, the change in the share of journeys that touched it and, where either group has
 * missed points there, the change in missed points per 100 journeys (the core's difference, with its
 * interval); for every move either group made, the change in the share of journeys that made it
 * (Newcombe's interval). Disclosure control applies to every count and every group.
 */
export function mapDifference(
  comparison: Comparison,
  pathway: Pathway,
  settings: DisclosureSettings,
  to = 1,
): MapDifference {
  const a = comparison.groups[0] as GroupDetail;
  const b = comparison.groups[to] as GroupDetail;
  const diff = comparison.differences[to - 1];
  const da = disclosedGroup(a, pathway, settings);
  const db = disclosedGroup(b, pathway, settings);
  const zero = discloseCount(0, settings);
  const n: [number, number] = [a.figures.journeys, b.figures.journeys];
  const sizes: Sizes = { n, disclosed: [da.journeys, db.journeys] };
  const services = pathway.services.map((s): ServiceChange => {
    const sa = da.services.find((x) => x.id === s.id);
    const sb = db.services.find((x) => x.id === s.id);
    const missed: Counts = {
      raw: [a.summary.missedPointsByService[s.id] ?? 0, b.summary.missedPointsByService[s.id] ?? 0],
      shown: [sa?.missedPoints ?? zero, sb?.missedPoints ?? zero],
    };
    const journeys: Counts = {
      raw: [a.summary.serviceJourneys[s.id] ?? 0, b.summary.serviceJourneys[s.id] ?? 0],
      shown: [sa?.journeys ?? zero, sb?.journeys ?? zero],
    };
    const missedDiff = diff?.missedPointsPer100JourneysByService[s.id];
    return {
      id: s.id,
      label: s.label,
      earlyIntervention: s.tags.includes(EARLY_INTERVENTION),
      crisis: s.tags.includes(CRISIS),
      journeys: shareChange(sizes, journeys),
      missed: missedDiff ? rateChange(sizes, missed, missedDiff) : undefined,
    };
  });
  const shownMove = (d: DisclosedSummary, from: string, to: string, on: boolean) =>
    d.moves.find((m) => m.from === from && m.to === to && m.onPathway === on)?.journeys ?? zero;
  const moves = new Map<string, { from: string; to: string; onPathway: boolean; a: number; b: number }>();
  const add = (g: GroupDetail, side: 'a' | 'b') => {
    for (const t of g.summary.transitions) {
      // One pair can be on the pathway for some moves and off it for others (a route's activity).
      const key = `${t.from}>${t.to}>${String(t.onPathway)}`;
      const m = moves.get(key) ?? { from: t.from, to: t.to, onPathway: t.onPathway, a: 0, b: 0 };
      m[side] = t.journeys;
      moves.set(key, m);
    }
  };
  add(a, 'a');
  add(b, 'b');
  const moveChanges = [...moves.values()].map((m): MoveChange => ({
    from: m.from,
    to: m.to,
    onPathway: m.onPathway,
    journeys: shareChange(sizes, {
      raw: [m.a, m.b],
      shown: [shownMove(da, m.from, m.to, m.onPathway), shownMove(db, m.from, m.to, m.onPathway)],
    }),
  }));
  const drawn = [...services.map((s) => s.journeys), ...moveChanges.map((m) => m.journeys)].filter(
    (c) => c.state === 'finding',
  );
  return {
    from: a.figures.label,
    to: b.figures.label,
    sizes: sizes.disclosed,
    small: n.some((x) => x < SMALL_COUNT_LIMIT),
    services,
    moves: moveChanges,
    largest: drawn.reduce((m, c) => Math.max(m, Math.abs(c.change?.value ?? 0)), 0),
  };
}
