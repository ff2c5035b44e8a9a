import { scaleSqrt } from 'd3-scale';
import { missedRates, rateText, type MissedRate } from '../../core/analysis/missedRates.ts';
import type { CohortSummary, TransitionSummary } from '../../core/analysis/summariseAnalysis.ts';
import type { PathwayLayout } from '../../core/layout/layoutTypes.ts';
import type { Pathway, ServiceId } from '../../core/pathway/types.ts';
import { daysText, exactCount, plural, shortCount, shortDays } from '../common/format.ts';
import type {
  MoveFlowEdge,
  MoveOverlay,
  PathwayFlow,
  PathwayFlowEdge,
  PathwayFlowNode,
  ServiceOverlay,
} from './flowTypes.ts';
import { moveMarker } from './moveMarkers.ts';
import { edgeHandles } from './pathwayToFlow.ts';

export interface OverlayOptions {
  readonly mode: 'frequency' | 'time';
  /** Off-pathway moves drawn (the most frequent); the rest are counted and listed in the table. */
  readonly maxOffPathway?: number;
  /** Observed moves labelled on the map (the most frequent); every move is in the table. */
  readonly maxLabels?: number;
}

export interface OverlaidFlow {
  readonly nodes: PathwayFlowNode[];
  readonly edges: PathwayFlowEdge[];
  /** Off-pathway moves not drawn (beyond `maxOffPathway`). */
  readonly hiddenOffPathway: number;
  /** The most journeys on one move: the top of the width scale, for the legend. */
  readonly maxJourneys: number;
}

/** Off-pathway moves drawn on the map, the most frequent first (each with its label; more would hide the map). */
export const MAX_OFF_PATHWAY = 6;

/**
 * Stroke widths of moves in flow units: thin enough for one journey, bold for the busiest move, and no
 * wider than the layout's pitch (8) leaves between two parallel lines.
 */
export const moveWidth = { min: 2, max: 6.5, unused: 1.25 } as const;

/** The width scale of moves: a square-root scale, so that the area of a line follows the journeys. */
export function moveWidthScale(maxJourneys: number): (journeys: number) => number {
  const scale = scaleSqrt()
    .domain([0, Math.max(1, maxJourneys)])
    .range([0, moveWidth.max])
    .clamp(true);
  return (journeys) => (journeys <= 0 ? moveWidth.unused : Math.max(moveWidth.min, scale(journeys)));
}

export const offEdgeId = (from: string, to: string): string => `off:${from}>${to}`;

/**
 * The off-pathway moves the map draws: the most frequent `max` (ties by moves, then ids), each between
 * two different services. The layout routes them with the pathway's routes (`offPathwaySpecs`).
 */
export function drawnOffPathway(summary: CohortSummary, max = MAX_OFF_PATHWAY): TransitionSummary[] {
  return summary.transitions
    .filter((t) => !t.onPathway && t.from !== t.to)
    .sort(
      (a, b) =>
        b.journeys - a.journeys ||
        b.count - a.count ||
        a.from.localeCompare(b.from) ||
        a.to.localeCompare(b.to),
    )
    .slice(0, max);
}

/**
 * The layout's specs of the drawn off-pathway moves: a group of their own, so that a move between two
 * services that also have a route (with another activity) runs beside the route, not on it.
 */
export function offPathwaySpecs(
  moves: readonly TransitionSummary[],
): { id: string; from: string; to: string; group: string }[] {
  return moves.map((t) => ({ id: offEdgeId(t.from, t.to), from: t.from, to: t.to, group: 'off' }));
}

function moveLabel(
  t: TransitionSummary | undefined,
  mode: OverlayOptions['mode'],
  off: boolean,
): string | undefined {
  if (!t) return undefined;
  const value =
    mode === 'time' ? (t.medianDays === null ? undefined : shortDays(t.medianDays)) : shortCount(t.journeys);
  if (off) return value === undefined ? 'off pathway' : `off pathway · ${value}`;
  return value;
}

function moveAria(t: TransitionSummary, fromLabel: string, toLabel: string, off: boolean): string {
  const days = t.medianDays === null ? '' : `, median ${daysText(t.medianDays)}`;
  return `${off ? 'Off-pathway move' : 'Move'} from ${fromLabel} to ${toLabel}: ${plural(t.journeys, 'journey')}${days}`;
}

/** A rate in words, for a service's accessible name: "38 missed points per 100 concerns raised here (…)". */
export function rateWords(r: MissedRate): string {
  const rank =
    r.rank === 1 ? '; the highest rate on the map' : r.rank === null ? '; too few concerns to rank' : '';
  return `${rateText(r.per100)} of the ${exactCount(r.concerns)} concerns raised here were missed points (95% interval ${rateText(r.low)} to ${rateText(r.high)})${rank}`;
}

/**
 * Lays the analysis of a cohort over the pathway's map: each service gets its journeys, missed points,
 * median wait and target; each route gets the journeys that took it (width on a square-root scale) or is
 * drawn faintly when nobody did; the most frequent moves the pathway does not have are added as dashed
 * arcs labelled "off pathway". Pure: new objects, the input untouched.
 */
export function overlayToFlow(
  flow: Pick<PathwayFlow, 'nodes' | 'edges'>,
  pathway: Pathway,
  summary: CohortSummary,
  options: OverlayOptions,
  layout: PathwayLayout,
): OverlaidFlow {
  const maxOff = options.maxOffPathway ?? MAX_OFF_PATHWAY;
  const maxLabels = options.maxLabels ?? 14;
  const labels = new Map(pathway.services.map((s) => [s.id as string, s.label]));
  const on = new Map<string, TransitionSummary>();
  let offCount = 0;
  for (const t of summary.transitions) {
    if (t.onPathway) on.set(`${t.from}>${t.to}`, t);
    else if (t.from !== t.to) offCount++;
  }
  const drawnOff = drawnOffPathway(summary, maxOff);
  const maxJourneys = summary.transitions.reduce((m, t) => Math.max(m, t.journeys), 0);
  const width = moveWidthScale(maxJourneys);

  // Label the busiest observed moves (and every drawn off-pathway move): all labels at once would hide the map.
  const labelled = new Set(
    [...on.values()]
      .sort((a, b) => b.journeys - a.journeys || b.count - a.count)
      .slice(0, maxLabels)
      .map((t) => `${t.from}>${t.to}`),
  );
  const targets = new Map(summary.targets.map((t) => [t.service, t]));
  const rates = missedRates(pathway, summary);
  const rateOf = new Map(rates.map((r) => [r.service, r]));
  const worst = rates[0]?.rank === 1 ? rates[0].per100 : 0;
  const tierOf = (r: MissedRate): 'worst' | 'high' | 'low' =>
    r.rank === 1 ? 'worst' : r.rank !== null && worst > 0 && r.per100 >= 0.75 * worst ? 'high' : 'low';

  const nodes = flow.nodes.map((n): PathwayFlowNode => {
    if (n.type !== 'service') return n;
    const id = n.id;
    const target = targets.get(id);
    const rate = rateOf.get(id);
    const overlay: ServiceOverlay = {
      mode: options.mode,
      journeys: summary.serviceJourneys[id] ?? 0,
      missed: summary.missedPointsByService[id] ?? 0,
      rate: rate && rate.missed > 0 ? { ...rate, tier: tierOf(rate) } : undefined,
      waitDays: summary.medianWaitDays[id] ?? null,
      target: target
        ? {
            label: target.label,
            hours: target.hours,
            referrals: target.referrals,
            withinTarget: target.withinTarget,
          }
        : undefined,
    };
    const parts = [plural(overlay.journeys, 'journey')];
    if (overlay.missed > 0) parts.push(plural(overlay.missed, 'missed early-intervention point'));
    if (overlay.rate) parts.push(rateWords(overlay.rate));
    if (options.mode === 'time' && overlay.waitDays !== null)
      parts.push(`median wait ${daysText(overlay.waitDays)} from referral to assessment`);
    if (overlay.target) {
      parts.push(
        `${String(overlay.target.hours)}-hour target met for ${exactCount(overlay.target.withinTarget)} of ${exactCount(overlay.target.referrals)} referrals`,
      );
    }
    return {
      ...n,
      ariaLabel: `${n.ariaLabel ?? n.data.label} — ${parts.join(', ')}`,
      className: overlay.journeys === 0 ? 'service--unvisited' : undefined,
      data: { ...n.data, overlay },
    };
  });

  // No edge gets a zIndex: edges then sit under the service nodes (React Flow lifts them to the nodes'
  // level, and nodes come later), so a line never crosses a service's name; later edges draw on top.
  const seenRoutePairs = new Set<string>();
  const edges: PathwayFlowEdge[] = flow.edges.map((e): PathwayFlowEdge => {
    const pair = `${e.source}>${e.target}`;
    // Two routes between the same services (different activities) share one observed move: the first shows it.
    const t = seenRoutePairs.has(pair) ? undefined : on.get(pair);
    seenRoutePairs.add(pair);
    const journeys = t?.journeys ?? 0;
    const overlay: MoveOverlay = {
      kind: t ? 'observed' : 'unused',
      journeys,
      count: t?.count ?? 0,
      medianDays: t?.medianDays ?? null,
      width: width(journeys),
      label: t && labelled.has(pair) ? moveLabel(t, options.mode, false) : undefined,
    };
    return {
      ...e,
      className: t ? 'route route--observed' : 'route route--unused',
      ariaLabel: t
        ? moveAria(t, labels.get(e.source) ?? e.source, labels.get(e.target) ?? e.target, false)
        : `${e.ariaLabel ?? ''}: no journeys`,
      markerEnd: moveMarker(t ? 'observed' : 'unused', overlay.width),
      data: e.data ? { ...e.data, overlay } : e.data,
    };
  });

  for (const t of drawnOff) {
    const id = offEdgeId(t.from, t.to);
    const line = layout.edges.get(id);
    if (!line) continue;
    const offWidth = Math.min(width(t.journeys), 5);
    const edge: MoveFlowEdge = {
      id,
      type: 'move',
      source: t.from,
      target: t.to,
      ...edgeHandles(line),
      className: 'move move--off',
      markerEnd: moveMarker('off', offWidth),
      ariaLabel: moveAria(t, labels.get(t.from) ?? t.from, labels.get(t.to) ?? t.to, true),
      data: {
        from: t.from as ServiceId,
        to: t.to as ServiceId,
        kind: 'off',
        path: line.path,
        overlay: {
          kind: 'off',
          journeys: t.journeys,
          count: t.count,
          medianDays: t.medianDays,
          width: offWidth,
          label: moveLabel(t, options.mode, true),
        },
      },
    };
    edges.push(edge);
  }
  return { nodes, edges, hiddenOffPathway: offCount - drawnOff.length, maxJourneys };
}

/** The legend's numbers for an overlay, without building the flow: the width scale's top, the off-pathway moves not drawn. */
export function overlayStats(
  summary: CohortSummary,
  maxOffPathway = MAX_OFF_PATHWAY,
): { maxJourneys: number; hiddenOffPathway: number } {
  const off = summary.transitions.filter((t) => !t.onPathway && t.from !== t.to).length;
  return {
    maxJourneys: summary.transitions.reduce((m, t) => Math.max(m, t.journeys), 0),
    hiddenOffPathway: Math.max(0, off - maxOffPathway),
  };
}
