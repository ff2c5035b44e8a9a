/**
 * Sizes of the map in flow units (CSS pixels at zoom 1). The levels are side-by-side columns, from the
 * least intensive (universal) on the left to the most (inpatient) on the right, so that stepping up
 * reads left to right and the whole pathway fits a 1280×800 screen or a projector at a legible zoom.
 */
export const layout = {
  nodeWidth: 188,
  nodeHeight: 108,
  /** Space between a lane's side and its services: room for a bracket between distant rows. */
  lanePaddingX: 10,
  /** Room at the top of a lane for its name (up to three lines). */
  laneHeader: 68,
  lanePaddingBottom: 12,
  /** Vertical space between two services of a lane: room for an edge and its label. */
  rowGap: 16,
  /** Horizontal space between lanes. */
  laneGap: 14,
  /** How far a bracket between distant rows of one lane stands off the services' side. */
  bracketOffset: 8,
} as const;

export const laneWidth = layout.nodeWidth + 2 * layout.lanePaddingX;
