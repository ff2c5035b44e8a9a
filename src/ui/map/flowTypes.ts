import type { Edge, Node } from '@xyflow/react';
import type { Activity, LevelId, ServiceId } from '../../core/pathway/types.ts';

/** What a service node draws. Plain data, so the node component only renders it. */
export interface ServiceNodeData extends Record<string, unknown> {
  readonly serviceId: ServiceId;
  readonly label: string;
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
}

/** A swimlane: one level of the pathway, drawn as a group node that holds its services. */
export interface LaneNodeData extends Record<string, unknown> {
  readonly levelId: LevelId;
  readonly label: string;
  /** The THRIVE grouping or CAMHS tier, when the pathway gives one. */
  readonly thrive?: string | undefined;
  /** Position of the level in the pathway's order, from 0 (least intensive). */
  readonly index: number;
}

export interface RouteEdgeData extends Record<string, unknown> {
  readonly from: ServiceId;
  readonly to: ServiceId;
  readonly activity?: Activity | undefined;
  /** The route's own label from the pathway file, if any. */
  readonly routeLabel?: string | undefined;
  /** A curve between lanes or adjacent rows; a bracket beside the lane between distant rows of one lane. */
  readonly shape: 'curve' | 'bracket';
  /** Set by `highlightSelection`: the label is drawn only on the routes of the selected service. */
  readonly showLabel?: boolean;
  /** Set by `highlightSelection`: the end away from the selected service, where a long route's label goes. */
  readonly labelNear?: 'source' | 'target';
}

export type ServiceFlowNode = Node<ServiceNodeData, 'service'>;
export type LaneFlowNode = Node<LaneNodeData, 'lane'>;
export type PathwayFlowNode = ServiceFlowNode | LaneFlowNode;
export type RouteFlowEdge = Edge<RouteEdgeData, 'route'>;

export interface PathwayFlow {
  readonly nodes: PathwayFlowNode[];
  readonly edges: RouteFlowEdge[];
  /** The size of the whole drawing in flow units (all lanes side by side). */
  readonly width: number;
  readonly height: number;
}
