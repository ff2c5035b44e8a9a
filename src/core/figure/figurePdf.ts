import { partSvg } from './figureSvg.ts';
import type { FigureSize, PathwayFigure } from './figureTypes.ts';
import { PAGE_MM, pagePoints } from './pageSize.ts';

/**
 * The one way a figure becomes a PDF, in the command line and in the browser alike: PDFKit (its Node or
 * browser build) draws each part of the page with svg-to-pdfkit under its own tag, so that the file is a
 * **tagged PDF** — a structure tree in reading order (the title as H1, the key numbers and notes as P,
 * the map and the key as Figure with their alt text), the document's title shown by viewers
 * (DisplayDocTitle) and its language set — with the text in DejaVu Sans, embedded as subsets.
 *
 * The libraries are passed in (`PdfTools`), so that this module stays free of Node and of the DOM and the
 * app loads them only when a PDF is asked for. The types below are the few members used.
 */
export interface PdfStructure {
  add(child: PdfStructure): PdfStructure;
  end(): void;
}

export interface PdfDocument {
  registerFont(name: string, src: string | ArrayBuffer | Uint8Array): unknown;
  struct(type: string, options: { alt?: string }, children: () => void): PdfStructure;
  struct(type: string): PdfStructure;
  addStructure(structure: PdfStructure): unknown;
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  end(): void;
}

export interface PdfDocumentOptions {
  readonly size: string;
  readonly layout: 'portrait' | 'landscape';
  readonly margin: number;
  readonly autoFirstPage: boolean;
  readonly info: Record<string, string | Date>;
  readonly lang: string;
  readonly displayTitle: boolean;
  readonly tagged: boolean;
  readonly pdfVersion: string;
  readonly compress: boolean;
  /** The default font: DejaVu Sans itself (PDFKit's browser build has no standard fonts to fall back on). */
  readonly font: string | ArrayBuffer | Uint8Array;
}

export interface PdfTools {
  readonly PDFDocument: new (options: PdfDocumentOptions) => PdfDocument;
  readonly svgToPdf: (
    doc: PdfDocument,
    svg: string,
    x: number,
    y: number,
    options: {
      width: number;
      height: number;
      preserveAspectRatio: string;
      fontCallback: (family: string, bold: boolean) => string;
    },
  ) => void;
  /** DejaVu Sans and DejaVu Sans Bold: file paths (Node) or the fonts' bytes. */
  readonly fonts: {
    readonly regular: string | ArrayBuffer | Uint8Array;
    readonly bold: string | ArrayBuffer | Uint8Array;
  };
}

export interface PdfInfo {
  readonly title: string;
  readonly subject?: string | undefined;
  /** Fixed for reproducible files; defaults to now. */
  readonly creationDate?: Date | undefined;
}

/** The figure as a one-page tagged PDF on A4 (landscape or portrait), vector, text as text. */
export function figurePdfBytes(
  figure: Pick<PathwayFigure, 'parts'>,
  size: FigureSize,
  info: PdfInfo,
  tools: PdfTools,
): Promise<Uint8Array<ArrayBuffer>> {
  const page = pagePoints(size);
  const doc = new tools.PDFDocument({
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
    tagged: true,
    pdfVersion: '1.7',
    compress: true,
    font: tools.fonts.regular,
  });
  doc.registerFont('DejaVuSans', tools.fonts.regular);
  doc.registerFont('DejaVuSans-Bold', tools.fonts.bold);
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on('data', (c) => {
      chunks.push(c);
    });
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.byteLength;
      }
      resolve(out);
    });
    doc.on('error', reject);
  });
  const options = {
    width: page.width,
    height: page.height,
    preserveAspectRatio: 'xMidYMid meet',
    // Every family of the stack maps to DejaVu Sans: the page looks as the SVG and PNG do.
    fontCallback: (_family: string, bold: boolean) => (bold ? 'DejaVuSans-Bold' : 'DejaVuSans'),
  };
  const pageMm = PAGE_MM[size];
  const root = doc.struct('Document');
  doc.addStructure(root);
  for (const part of figure.parts) {
    root.add(
      doc.struct(part.tag, part.alt ? { alt: part.alt } : {}, () => {
        tools.svgToPdf(doc, partSvg(pageMm, part), 0, 0, options);
      }),
    );
  }
  root.end();
  doc.end();
  return done;
}
