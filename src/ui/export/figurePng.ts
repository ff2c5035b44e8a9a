import type { FigureSize } from '../../core/figure/figureTypes.ts';
import { pagePixels } from '../../core/figure/pageSize.ts';
import { svgDataUrl, withPngResolution } from './exportFiles.ts';

/** Print resolution of the PNG: 300 dpi across A4 (3508 px wide in landscape, 2480 px in portrait). */
export const PNG_DPI = 300;

async function loadImage(src: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'async';
  image.src = src;
  await image.decode();
  return image;
}

/**
 * The figure as a PNG at print resolution, drawn by the browser: the SVG as an image (so nothing in it
 * can run), scaled onto a canvas of A4 at 300 dpi, on white, with a pHYs chunk saying 300 dpi.
 */
export async function figureToPngBlob(svg: string, size: FigureSize, dpi = PNG_DPI): Promise<Blob> {
  const { width, height } = pagePixels(size, dpi);
  const image = await loadImage(svgDataUrl(svg));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => {
    canvas.toBlob(resolve, 'image/png');
  });
  // Free the canvas's memory now (a 3508 × 2480 canvas is 35 MB) rather than at the next collection.
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error('The browser could not make the PNG (the image may be too large).');
  const bytes = withPngResolution(new Uint8Array(await blob.arrayBuffer()), dpi);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}
