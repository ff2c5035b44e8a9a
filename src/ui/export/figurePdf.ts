/**
 * The figure as a tagged vector PDF in the browser, by the same code as the command line's
 * (`figurePdfBytes`: PDFKit's browser build and svg-to-pdfkit). This module is imported only when a PDF
 * is asked for, so the libraries and the fonts are not part of the app's first load. The text is set in
 * DejaVu Sans — the Latin cut in assets/fonts when it has every character of the figure, the full font
 * otherwise — embedded as a subset, so the page looks the same on any machine; text stays text, and
 * screen readers follow the structure tree.
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import latinBoldUrl from '../../../assets/fonts/DejaVuSans-Bold-Latin.ttf?url';
import latinRegularUrl from '../../../assets/fonts/DejaVuSans-Latin.ttf?url';
import fullBoldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import fullRegularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import { latinCovers } from '../../core/figure/figureFontCoverage.ts';
import { figurePdfBytes, type PdfInfo, type PdfTools } from '../../core/figure/figurePdf.ts';
import type { FigureSize, PathwayFigure } from '../../core/figure/figureTypes.ts';

export type { PdfInfo } from '../../core/figure/figurePdf.ts';

const loaded = new Map<string, Promise<ArrayBuffer>>();

/** A font file's bytes, fetched once (from the app's own files: no other origin). */
function fontBytes(url: string): Promise<ArrayBuffer> {
  let bytes = loaded.get(url);
  if (!bytes) {
    bytes = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`The PDF font could not be loaded (${String(response.status)}).`);
      return response.arrayBuffer();
    });
    // A failed load is tried again next time.
    bytes.catch(() => loaded.delete(url));
    loaded.set(url, bytes);
  }
  return bytes;
}

/** The figure as a one-page tagged A4 PDF (landscape or portrait), vector, with its title and alt text. */
export async function figureToPdfBlob(
  figure: Pick<PathwayFigure, 'parts' | 'svg'>,
  size: FigureSize,
  info: PdfInfo,
): Promise<Blob> {
  const latin = latinCovers(figure.svg);
  const [regular, bold] = await Promise.all([
    fontBytes(latin ? latinRegularUrl : fullRegularUrl),
    fontBytes(latin ? latinBoldUrl : fullBoldUrl),
  ]);
  const bytes = await figurePdfBytes(figure, size, info, {
    PDFDocument: PDFDocument as unknown as PdfTools['PDFDocument'],
    svgToPdf: SVGtoPDF as unknown as PdfTools['svgToPdf'],
    fonts: { regular: new Uint8Array(regular), bold: new Uint8Array(bold) },
  });
  return new Blob([bytes], { type: 'application/pdf' });
}
