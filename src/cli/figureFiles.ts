import { existsSync } from 'node:fs';
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

/** pHYs chunk: pixels per metre, so that image viewers and word processors know the print size. */
function withResolution(png: Buffer, dpi: number): Buffer {
  const ppm = Math.round(dpi / 0.0254);
  const data = Buffer.alloc(9);
  data.writeUInt32BE(ppm, 0);
  data.writeUInt32BE(ppm, 4);
  data.writeUInt8(1, 8); // unit: metre
  const type = Buffer.from('pHYs', 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])), 0);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  // After the 8-byte signature and the IHDR chunk (4 + 4 + 13 + 4 bytes).
  const at = 8 + 25;
  return Buffer.concat([png.subarray(0, at), length, type, data, crc, png.subarray(at)]);
}

let crcTable: Uint32Array | undefined;
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
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
  return withResolution(resvg.render().asPng(), dpi);
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
