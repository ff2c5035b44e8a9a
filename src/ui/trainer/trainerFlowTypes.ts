import type { Edge, Node } from '@xyflow/react';
import type { LaneFlowNode, RouteEdgeData, ServiceNodeData } from '../map/flowTypes.ts';

/** How the player draws a route: idle (faded), travelled by the real case, the move just made, a route the machine allows from here ("could go"), an off-pathway move, a hypothetical move. */
export type TrainerEdgeKind = 'idle' | 'travelled' | 'last' | 'could' | 'off' | 'hypothetical';

export interface TrainerEdgeData extends RouteEdgeData {
  readonly kind: TrainerEdgeKind;
  /** Text drawn on the edge, so that meaning never rests on colour or dashes alone. */
  readonly tag?: string | undefined;
}

export type TrainerFlowEdge = Edge<TrainerEdgeData, 'trainer'>;

/** How the player marks a service. */
export type TrainerNodeKind =
  'current' | 'whatif-current' | 'real' | 'whatif-path' | 'could' | 'visited' | 'idle';

export interface TrainerServiceNodeData extends ServiceNodeData {
  readonly trainerKind: TrainerNodeKind;
  /** A word or two on the node ("Now", "What if: here"), for those who cannot tell the colours apart. */
  readonly badge?: string | undefined;
}

export type TrainerServiceFlowNode = Node<TrainerServiceNodeData, 'service'>;
export type TrainerFlowNode = TrainerServiceFlowNode | LaneFlowNode;
