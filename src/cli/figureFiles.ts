// PNG and PDF files of a figure, in Node (the command line; the browser makes its own).
import { withPngResolution } from '../core/figure/pngResolution.ts';
import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { FigureSize } from '../core/figure/figureTypes.ts';
import { pagePixels, pagePoints } from '../core/figure/pageSize.ts';
import { figureFonts } from './figureFonts.ts';

export { figureFonts } from './figureFonts.ts';

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

export interface PdfInfo {
  readonly title: string;
  readonly subject?: string | undefined;
  /** Fixed for reproducible files; defaults to now. */
  readonly creationDate?: Date | undefined;
}

/** The figure as a one-page vector PDF (A4, text as text in embedded DejaVu Sans subsets). */
export function figureToPdf(svg: string, size: FigureSize, info: PdfInfo): Promise<Buffer> {
  const fonts = figureFonts(svg);
  const page = pagePoints(size);
  const doc = new PDFDocument({
    size: 'A4',
    layout: size === 'a4-landscape' ? 'landscape' : 'portrait',
    margin: 0,
    autoFirstPage: true,
    info: {
      Title: info.title,
      Subject: info.subject ?? '',
      Creator: 'Pathway Lens',
      Producer: 'Pathway Lens (PDFKit)',
      CreationDate: info.creationDate ?? new Date(),
    },
    lang: 'en-GB',
    displayTitle: true,
  });
  doc.registerFont('DejaVuSans', fonts.regular);
  doc.registerFont('DejaVuSans-Bold', fonts.bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => {
      chunks.push(c);
    });
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
  SVGtoPDF(doc, svg, 0, 0, {
    width: page.width,
    height: page.height,
    preserveAspectRatio: 'xMidYMid meet',
    // Every family of the stack maps to DejaVu Sans: the page looks as the SVG and PNG do.
    fontCallback: (_family, bold) => (bold ? 'DejaVuSans-Bold' : 'DejaVuSans'),
  });
  doc.end();
  return done;
}
