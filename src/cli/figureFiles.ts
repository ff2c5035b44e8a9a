import { existsSync } from 'node:fs';
import { withPngResolution } from '../core/figure/pngResolution.ts';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { FigureSize } from '../core/figure/figureTypes.ts';
import { pagePixels, pagePoints } from '../core/figure/pageSize.ts';

/**
 * PNG and PDF files of a figure, in Node (the command line; the browser gets its own later). Both use
 * DejaVu Sans, the first font of the figure's font stack, from the `dejavu-fonts-ttf` package, so that a
 * fresh machine renders the same page with no system fonts and no network; Debian's copy is a fallback.
 */
export interface FigureFonts {
  readonly regular: string;
  readonly bold: string;
}

const SYSTEM_DEJAVU = '/usr/share/fonts/truetype/dejavu';

export function figureFonts(): FigureFonts {
  const candidates: string[] = [];
  try {
    const require = createRequire(import.meta.url);
    candidates.push(join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf'));
  } catch {
    // The package is missing: fall back to the system's DejaVu below.
  }
  candidates.push(SYSTEM_DEJAVU);
  for (const dir of candidates) {
    const regular = join(dir, 'DejaVuSans.ttf');
    const bold = join(dir, 'DejaVuSans-Bold.ttf');
    if (existsSync(regular) && existsSync(bold)) return { regular, bold };
  }
  throw new Error(
    'DejaVu Sans not found: run `npm install` (package dejavu-fonts-ttf) or install fonts-dejavu-core.',
  );
}

/** The figure as a PNG at print resolution: 300 dpi is 3508 × 2480 px for A4 landscape. */
export function figureToPng(svg: string, size: FigureSize, dpi = 300): Buffer {
  const fonts = figureFonts();
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
  const fonts = figureFonts();
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
