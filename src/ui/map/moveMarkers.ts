import type { EdgeMarker } from '@xyflow/react';

/** Colours of moves, shared by the edges' arrowheads (SVG markers need a colour value) and the legend. */
export const moveColours = {
  observed: '#34495e',
  unused: '#9aa3ad',
  off: '#7b1fa2',
  step: '#0b57d0',
} as const;

/**
 * An arrowhead sized in flow units rather than in stroke widths, so a bold line does not get a huge head;
 * sizes are rounded to a few steps so that React Flow defines a handful of markers, not one per edge.
 */
export function moveMarker(kind: keyof typeof moveColours, strokeWidth: number): EdgeMarker {
  const size = Math.min(28, Math.max(12, Math.round((strokeWidth * 1.7 + 6) / 4) * 4));
  return {
    type: 'arrowclosed',
    color: moveColours[kind],
    width: size,
    height: size,
    markerUnits: 'userSpaceOnUse',
  };
}
