import type { Edge, Node } from '@xyflow/react';
import type { MissedRate } from '../../core/analysis/missedRates.ts';
import type { Rect } from '../../core/layout/layoutTypes.ts';
import type { Activity, LevelId, ServiceId } from '../../core/pathway/types.ts';

/** What a service node draws. Plain data, so the node component only renders it. */
export interface ServiceNodeData extends Record<string, unknown> {
  readonly serviceId: ServiceId;
  readonly label: string;
  /** The full name, wrapped to the box by the layout (drawn line by line: never cut). */
  readonly nameLines: readonly string[];
  readonly agency: string;
  readonly levelLabel: string;
  /** All tags of the service, in file order (including the two below). */
  readonly tags: readonly string[];
  readonly earlyIntervention: boolean;
  readonly crisis: boolean;
  /** Set by `highlightSelection`: a neighbour of the selected service along a route. */
  readonly related?: boolean;
  /** Set by `highlightSelection`: neither selected nor a neighbour while something is selected. */
  readonly dimmed?: boolean;
  /** Set by `overlayToFlow`: what the loaded cohort did here. */
  readonly overlay?: ServiceOverlay | undefined;
  /** Set by `highlightPath`: the step numbers (1 = first service) at which the highlighted journey or route is here. */
  readonly steps?: readonly number[] | undefined;
  /** Set by the trainer: the case's missed points here, in words ("Missed at step 3"), in place of the agency. */
  readonly missedNote?: string | undefined;
}

/** The overlay of one service: how many journeys touched it, missed points, waits and targets. */
export interface ServiceOverlay {
  readonly mode: 'frequency' | 'time';
  /** Distinct journeys that touched the service. */
  readonly journeys: number;
  /** Missed early-intervention points recorded at the service. */
  readonly missed: number;
  /**
   * Missed points per 100 concerns raised at the service, with its interval and rank (`missedRates`),
   * and how strongly the marker is drawn: the worst rate first, then those near it. None without the
   * concerns (an aggregate overlay).
   */
  readonly rate?: (MissedRate & { readonly tier: 'worst' | 'high' | 'low' }) | undefined;
  /** Median days from a referral to the next assessment at the service, when there were any. */
  readonly waitDays: number | null;
  /** The service's time target (e.g. assessed within 48 hours of referral), when it has one. */
  readonly target?:
    | {
        readonly label: string;
        readonly hours: number;
        readonly referrals: number;
        readonly withinTarget: number;
      }
    | undefined;
}

/** A swimlane: one level of the pathway, drawn as a group node that holds its services. */
export interface LaneNodeData extends Record<string, unknown> {
  readonly levelId: LevelId;
  readonly label: string;
  /** The name wrapped to the lane by the layout. */
  readonly labelLines: readonly string[];
  /** The THRIVE grouping or CAMHS tier, when the pathway gives one. */
  readonly thrive?: string | undefined;
  /** Position of the level in the pathway's order, from 0 (least intensive). */
  readonly index: number;
}

/** What every edge of the map carries: its line from the layout, and its label once placed. */
export interface PlacedLine {
  /** SVG path data of the line (`pathwayLayout`): orthogonal, in the channels between boxes. */
  readonly path: string;
  /** Set by `placeMapLabels`: the label's text and box, when it found room; else it is in the tooltip. */
  readonly labelText?: string | undefined;
  readonly labelBox?: Rect | undefined;
  /** Set by `placeMapLabels`: what the line says, for its tooltip (the label, or what it would have said). */
  readonly tooltip?: string | undefined;
}

export interface RouteEdgeData extends PlacedLine, Record<string, unknown> {
  readonly from: ServiceId;
  readonly to: ServiceId;
  readonly activity?: Activity | undefined;
  /** The route's own label from the pathway file, if any. */
  readonly routeLabel?: string | undefined;
  /** Set by `highlightSelection`: the activity is shown only on the routes of the selected service. */
  readonly showLabel?: boolean;
  /** Set by `overlayToFlow`: the journeys that made this move along the route. */
  readonly overlay?: MoveOverlay | undefined;
}

/** What the cohort did along an edge. */
export interface MoveOverlay {
  /** `observed`: a route children took; `unused`: a route nobody took; `off`: a move the pathway does not have. */
  readonly kind: 'observed' | 'unused' | 'off';
  /** Distinct journeys that made the move. */
  readonly journeys: number;
  /** Moves in all (a journey can make one several times). */
  readonly count: number;
  readonly medianDays: number | null;
  /** Stroke width in flow units (a square-root scale of journeys). */
  readonly width: number;
  /** The text on the edge's label, or undefined for none (only the busiest moves are labelled). */
  readonly label?: string | undefined;
}

/**
 * An edge that is not a route of the pathway: a move off the pathway, or a step of a highlighted journey
 * or variant, routed by the layout with the routes.
 */
export interface MoveEdgeData extends PlacedLine, Record<string, unknown> {
  readonly from: ServiceId;
  readonly to: ServiceId;
  readonly kind: 'off' | 'step';
  readonly overlay?: MoveOverlay | undefined;
  /** For steps: the step numbers, e.g. "2 · 5" when the journey made the move twice. */
  readonly steps?: readonly number[] | undefined;
  readonly label?: string | undefined;
}

export type ServiceFlowNode = Node<ServiceNodeData, 'service'>;
export type LaneFlowNode = Node<LaneNodeData, 'lane'>;
export type PathwayFlowNode = ServiceFlowNode | LaneFlowNode;
// `type` required, so that a union of the two narrows on it.
export type RouteFlowEdge = Edge<RouteEdgeData, 'route'> & { type: 'route' };
export type MoveFlowEdge = Edge<MoveEdgeData, 'move'> & { type: 'move' };
export type PathwayFlowEdge = RouteFlowEdge | MoveFlowEdge;

export interface PathwayFlow {
  readonly nodes: PathwayFlowNode[];
  readonly edges: RouteFlowEdge[];
  /** The size of the whole drawing in flow units (all lanes side by side). */
  readonly width: number;
  readonly height: number;
}
