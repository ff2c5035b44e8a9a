import type { FigureSize } from './figureTypes.ts';

/** ISO 216 A4 in millimetres. */
export const PAGE_MM: Readonly<Record<FigureSize, { readonly width: number; readonly height: number }>> = {
  'a4-landscape': { width: 297, height: 210 },
  'a4-portrait': { width: 210, height: 297 },
  // A column is as tall as its content; this is the most it may be.
  column: { width: 150, height: 600 },
};

export const MM_PER_INCH = 25.4;
export const POINTS_PER_INCH = 72;

/** Pixels across the page at a print resolution (300 dpi: 3508 px for A4 landscape, 2480 for portrait). */
export function pagePixels(size: FigureSize, dpi = 300): { width: number; height: number } {
  const { width, height } = PAGE_MM[size];
  return { width: Math.round((width / MM_PER_INCH) * dpi), height: Math.round((height / MM_PER_INCH) * dpi) };
}

/** The page in PostScript points (A4: 595.28 × 841.89). */
export function pagePoints(size: FigureSize): { width: number; height: number } {
  const { width, height } = PAGE_MM[size];
  const pt = (mm: number) => Math.round((mm / MM_PER_INCH) * POINTS_PER_INCH * 100) / 100;
  return { width: pt(width), height: pt(height) };
}

/** The page sizes for print (what a link or the command line may ask for). */
export function isFigureSize(s: string): s is FigureSize {
  return s === 'a4-landscape' || s === 'a4-portrait';
}
