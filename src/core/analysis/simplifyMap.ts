import type { Cohort } from '../cohort/types.ts';
import type { Pathway } from '../pathway/types.ts';
import { MOVE_NONE } from '../replay/moveKinds.ts';
import type { CohortAnalysis } from './analyseCohort.ts';
import type { CohortSummary } from './summariseAnalysis.ts';

/** The key of a move in `missedByMove` and in `SimplifiedMap.hiddenMoves`. */
export const moveKey = (from: string, to: string): string => `${from}>${to}`;

/**
 * Missed points that a move carries: moves (on or off the pathway) whose arriving row is a missed
 * early-intervention point, by `moveKey`. The explorer's worker adds it to the summary, so that the
 * simplification sliders never hide such a move.
 */
export function missedOnMoves(
  cohort: Cohort,
  pathway: Pathway,
  analysis: CohortAnalysis,
): Record<string, number> {
  const { journeyStart, service } = cohort;
  const { included, missed, move, missedCount } = analysis;
  const ids = pathway.services.map((s) => s.id as string);
  const out: Record<string, number> = {};
  for (let j = 0; j < included.length; j++) {
    if (included[j] === 0 || missedCount[j] === 0) continue;
    for (let e = (journeyStart[j] as number) + 1; e < (journeyStart[j + 1] as number); e++) {
      if (missed[e] !== 1 || move[e] === MOVE_NONE) continue;
      const key = moveKey(ids[service[e - 1] as number] as string, ids[service[e] as number] as string);
      out[key] = (out[key] ?? 0) + 1;
    }
  }
  return out;
}

/** How much of the map to show, as Disco's sliders: the share (0 to 100) of services and of moves, busiest first. */
export interface MapDetail {
  readonly services: number;
  readonly moves: number;
}

export const FULL_DETAIL: MapDetail = { services: 100, moves: 100 };

export interface SimplifiedMap {
  readonly hiddenServices: ReadonlySet<string>;
  /** On-pathway moves and unused routes hidden, by `moveKey`. */
  readonly hiddenMoves: ReadonlySet<string>;
  /** Fewest journeys of a service (of a move) still shown by its own rank; 0 when nothing was hidden. */
  readonly serviceThreshold: number;
  readonly moveThreshold: number;
  /** Services and moves kept although rarer, because they carry missed points or are off the pathway. */
  readonly keptServices: number;
  readonly keptMoves: number;
}

const share = (n: number, percent: number) => Math.ceil((n * Math.min(100, Math.max(0, percent))) / 100);

/**
 * Hides the rarest services and moves of a map, as Disco's activities and paths sliders do, for any
 * pathway (a discovered one too): the services with most journeys up to `detail.services` percent of
 * them, then the moves (routes of the pathway, taken or not, by their journeys) up to `detail.moves`
 * percent; a move is hidden with either of its services. Never hidden: a service with missed
 * early-intervention points or at either end of a drawn off-pathway move, and a move that carries a
 * missed point or is off the pathway. Ties keep the pathway's order. Pure.
 */
export function simplifyMap(
  pathway: Pathway,
  summary: CohortSummary,
  detail: MapDetail,
  offPathway: readonly { readonly from: string; readonly to: string }[],
): SimplifiedMap {
  const protectedServices = new Set<string>();
  for (const s of pathway.services)
    if ((summary.missedPointsByService[s.id] ?? 0) > 0) protectedServices.add(s.id);
  for (const m of offPathway) {
    protectedServices.add(m.from);
    protectedServices.add(m.to);
  }
  const journeysAt = (id: string) => summary.serviceJourneys[id] ?? 0;
  const byJourneys = pathway.services
    .map((s, i) => ({ id: s.id, n: journeysAt(s.id), i }))
    .sort((a, b) => b.n - a.n || a.i - b.i);
  const shownServices = share(byJourneys.length, detail.services);
  const hiddenServices = new Set<string>();
  let keptServices = 0;
  byJourneys.forEach((s, rank) => {
    if (rank < shownServices) return;
    if (protectedServices.has(s.id)) keptServices++;
    else hiddenServices.add(s.id);
  });

  const onMoves = new Map<string, number>();
  for (const t of summary.transitions) if (t.onPathway) onMoves.set(moveKey(t.from, t.to), t.journeys);
  const carries = summary.missedByMove ?? {};
  const moves: { key: string; n: number; i: number; from: string; to: string }[] = [];
  const seen = new Set<string>();
  pathway.routes.forEach((r, i) => {
    const key = moveKey(r.from, r.to);
    if (r.from === r.to || seen.has(key)) return;
    seen.add(key);
    moves.push({ key, n: onMoves.get(key) ?? 0, i, from: r.from, to: r.to });
  });
  moves.sort((a, b) => b.n - a.n || a.i - b.i);
  const shownMoves = share(moves.length, detail.moves);
  const hiddenMoves = new Set<string>();
  let keptMoves = 0;
  moves.forEach((m, rank) => {
    const carriesMissed = (carries[m.key] ?? 0) > 0;
    if (hiddenServices.has(m.from) || hiddenServices.has(m.to)) {
      hiddenMoves.add(m.key);
      return;
    }
    if (rank < shownMoves) return;
    if (carriesMissed) keptMoves++;
    else hiddenMoves.add(m.key);
  });
  const threshold = (list: { n: number }[], shown: number, hidden: number) =>
    hidden > 0 ? (list[Math.max(0, shown - 1)]?.n ?? 0) : 0;
  return {
    hiddenServices,
    hiddenMoves,
    serviceThreshold: threshold(byJourneys, shownServices, hiddenServices.size),
    moveThreshold: threshold(moves, shownMoves, hiddenMoves.size),
    keptServices,
    keptMoves,
  };
}
