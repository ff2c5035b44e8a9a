/** How an event of a journey relates to the one before it (CONTRACT §3, "Moves and the pathway"). */
export const MOVE_NONE = 0; // the journey's first row, or a row at the same service as the one before
export const MOVE_ON = 1; // a move along a route of the pathway
export const MOVE_OFF = 2; // a move the pathway does not have: a deviation to highlight
export type MoveKind = typeof MOVE_NONE | typeof MOVE_ON | typeof MOVE_OFF;
