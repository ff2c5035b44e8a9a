/**
 * The figure as a vector PDF in the browser (jsPDF and svg2pdf.js). This module is imported only when a
 * PDF is asked for, so the libraries and the fonts are not part of the app's first load. The text is
 * set in DejaVu Sans, the first font of the figure's stack and the one the command line's PDF uses, so
 * that every character of the figure (arrows, dashes, quotes) is in the font, and it is embedded (as a
 * subset), so the page looks the same on any machine; text stays text, and can be searched and copied.
 */
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { FigureSize } from '../../core/figure/figureTypes.ts';
import { PAGE_MM } from '../../core/figure/pageSize.ts';

/** The family name the figure's SVG asks for first; svg2pdf.js uses it when jsPDF knows it. */
const FAMILY = 'DejaVu Sans';

export interface PdfInfo {
  readonly title: string;
  readonly subject?: string | undefined;
}

let fonts: Promise<{ regular: string; bold: string }> | undefined;

/** A font file as the base64 text jsPDF's virtual file system takes. */
async function base64Of(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The PDF font could not be loaded (${String(response.status)}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function loadFonts(): Promise<{ regular: string; bold: string }> {
  fonts ??= Promise.all([base64Of(regularUrl), base64Of(boldUrl)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  // A failed load is tried again next time.
  fonts.catch(() => {
    fonts = undefined;
  });
  return fonts;
}

/** The figure as a one-page A4 PDF (landscape or portrait), vector, with its title and alt text as properties. */
export async function figureToPdfBlob(svg: string, size: FigureSize, info: PdfInfo): Promise<Blob> {
  const page = PAGE_MM[size];
  const doc = new jsPDF({
    orientation: size === 'a4-portrait' ? 'portrait' : 'landscape',
    unit: 'mm',
    format: 'a4',
    compress: true,
    putOnlyUsedFonts: true,
  });
  const { regular, bold } = await loadFonts();
  doc.addFileToVFS('DejaVuSans.ttf', regular);
  doc.addFileToVFS('DejaVuSans-Bold.ttf', bold);
  doc.addFont('DejaVuSans.ttf', FAMILY, 'normal');
  doc.addFont('DejaVuSans-Bold.ttf', FAMILY, 'bold');
  doc.setFont(FAMILY, 'normal');
  doc.setProperties({
    title: info.title,
    subject: info.subject ?? '',
    creator: 'Pathway Lens',
    keywords: 'Pathway Lens figure',
  });
  doc.setLanguage('en-GB');
  // The SVG is parsed into a document of its own that is never attached to the page: nothing in it runs.
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.nodeName !== 'svg') throw new Error('The figure is not a valid SVG.');
  await svg2pdf(root, doc, { x: 0, y: 0, width: page.width, height: page.height });
  return doc.output('blob');
}
