import type { CSSProperties } from 'react';
import type { MoveOverlay } from './flowTypes.ts';

/** The stroke of an overlaid line: its width, and on the difference map its colour and dash. */
export function lineStyle(overlay: MoveOverlay, width = overlay.width): CSSProperties {
  return {
    strokeWidth: width,
    ...(overlay.colour ? { stroke: overlay.colour } : {}),
    ...(overlay.dashed ? { strokeDasharray: `${String(width * 1.6)} ${String(width * 1.1)}` } : {}),
  };
}
