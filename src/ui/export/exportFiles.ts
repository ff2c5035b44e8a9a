import type { FigureSize } from '../../core/figure/figureTypes.ts';
import { PAGE_MM } from '../../core/figure/pageSize.ts';

/**
 * Pure helpers of the export dialog and the embed: file names, data URLs, the PNG resolution chunk and
 * the iframe snippet. No DOM, so they run (and are tested) in Node.
 */

export type ExportFormat = 'svg' | 'png' | 'pdf' | 'csv' | 'txt';

export const MIME_TYPES: Readonly<Record<ExportFormat, string>> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
};

/** Lower-case ASCII words joined by hyphens: "Where early help was missed: Coventry" → "where-early-help-was-missed-coventry". */
export function slug(text: string, maxLength = 60): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= maxLength) return s;
  const cut = s.slice(0, maxLength);
  const at = cut.lastIndexOf('-');
  return (at > maxLength / 2 ? cut.slice(0, at) : cut).replace(/-+$/g, '');
}

/**
 * The file name of an exported figure: the title, the page, and "UNSUPPRESSED" when small-number
 * suppression was off, so that the name itself warns whoever finds the file later.
 * E.g. `where-early-help-was-missed-coventry-a4-landscape.pdf`.
 */
export function figureFileName(
  title: string,
  size: FigureSize,
  format: ExportFormat,
  suppressed = true,
): string {
  const base = slug(title) || 'pathway-figure';
  const warning = suppressed ? '' : '-UNSUPPRESSED';
  const part = format === 'csv' ? '-numbers' : format === 'txt' ? '-alt-text' : `-${size}`;
  return `${base}${part}${warning}.${format}`;
}

/** The SVG as a data URL for an `<img>`: the browser renders it as an image, so no script or link in it can run. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Reads back what `svgDataUrl` made (or a base64 SVG data URL). */
export function svgFromDataUrl(url: string): string {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:image/svg+xml') || comma < 0) throw new Error('not an SVG data URL');
  const head = url.slice(0, comma);
  const body = url.slice(comma + 1);
  if (head.endsWith(';base64')) {
    const binary = atob(body);
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  }
  return decodeURIComponent(body);
}

/** A CSV file's text with a byte-order mark, so that Excel reads "<5" and "–" as UTF-8. */
export function csvFileText(csv: string): string {
  return csv.startsWith('\ufeff') ? csv : `\ufeff${csv}`;
}

// ---------------------------------------------------------------- PNG

export {
  pngChunks,
  pngDpi,
  pngSize,
  withPngResolution,
  type PngChunk,
} from '../../core/figure/pngResolution.ts';

// ---------------------------------------------------------------- embed snippet

/** The iframe's size in CSS pixels: the page's proportions, 800 px wide (landscape) or 600 px (portrait). */
export function embedFrameSize(size: FigureSize): { width: number; height: number } {
  const page = PAGE_MM[size];
  const width = size === 'a4-portrait' ? 600 : 800;
  return { width, height: Math.round((width * page.height) / page.width) };
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The address of the app itself (no hash), from the page's address: the embed's hash is added to it. */
export function appAddress(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

/** `<iframe src="…#/embed?…" title="…" width="…" height="…"></iframe>`, every value escaped. */
export function embedSnippet(args: { src: string; title: string; size: FigureSize }): string {
  const { width, height } = embedFrameSize(args.size);
  return `<iframe src="${escapeAttribute(args.src)}" title="${escapeAttribute(args.title)}" width="${String(width)}" height="${String(height)}"></iframe>`;
}
