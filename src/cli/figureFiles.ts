// PNG and PDF files of a figure, in Node (the command line; the browser makes its own).
import { withPngResolution } from '../core/figure/pngResolution.ts';
import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { FigureSize, PathwayFigure } from '../core/figure/figureTypes.ts';
import { pagePixels } from '../core/figure/pageSize.ts';
import { figurePdfBytes, type PdfInfo, type PdfTools } from '../core/figure/figurePdf.ts';
import { figureFonts } from './figureFonts.ts';

export { figureFonts } from './figureFonts.ts';
export type { PdfInfo } from '../core/figure/figurePdf.ts';

/** The figure as a PNG at print resolution: 300 dpi is 3508 × 2480 px for A4 landscape. */
export function figureToPng(svg: string, size: FigureSize, dpi = 300): Buffer {
  const fonts = figureFonts(svg);
  const { width } = pagePixels(size, dpi);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: [fonts.regular, fonts.bold],
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    shapeRendering: 2,
    textRendering: 1,
  });
  return Buffer.from(withPngResolution(resvg.render().asPng(), dpi));
}

/** The figure as a one-page tagged vector PDF (A4, text as text in embedded DejaVu Sans subsets). */
export async function figureToPdf(
  figure: Pick<PathwayFigure, 'parts' | 'svg'>,
  size: FigureSize,
  info: PdfInfo,
): Promise<Buffer> {
  const fonts = figureFonts(figure.svg);
  const bytes = await figurePdfBytes(figure, size, info, {
    PDFDocument: PDFDocument as unknown as PdfTools['PDFDocument'],
    svgToPdf: SVGtoPDF as unknown as PdfTools['svgToPdf'],
    fonts,
  });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
