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

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

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

const u32 = (bytes: Uint8Array, at: number) =>
  (((bytes[at] as number) << 24) |
    ((bytes[at + 1] as number) << 16) |
    ((bytes[at + 2] as number) << 8) |
    (bytes[at + 3] as number)) >>>
  0;

function putU32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = (value >>> 24) & 0xff;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
}

export interface PngChunk {
  readonly type: string;
  /** Offset of the chunk's length field. */
  readonly at: number;
  readonly length: number;
}

/** The chunks of a PNG file; throws when it is not one. */
export function pngChunks(png: Uint8Array): PngChunk[] {
  if (png.length < 8 || PNG_SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG file');
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = u32(png, at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    chunks.push({ type, at, length });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const ihdr = pngChunks(png)[0];
  if (ihdr?.type !== 'IHDR') throw new Error('PNG without IHDR');
  return { width: u32(png, ihdr.at + 8), height: u32(png, ihdr.at + 12) };
}

/** Pixels per inch a PNG declares (its pHYs chunk), or null. */
export function pngDpi(png: Uint8Array): number | null {
  const phys = pngChunks(png).find((c) => c.type === 'pHYs');
  if (!phys || png[phys.at + 16] !== 1) return null;
  return Math.round(u32(png, phys.at + 8) * 0.0254);
}

/**
 * The PNG with a pHYs chunk saying `dpi` (pixels per metre), so that a word processor places a 3508 px
 * figure at 297 mm rather than at screen size. A pHYs chunk already there is replaced.
 */
export function withPngResolution(png: Uint8Array, dpi: number): Uint8Array {
  const chunks = pngChunks(png);
  const ihdr = chunks[0];
  if (ihdr?.type !== 'IHDR') throw new Error('PNG without IHDR');
  const ppm = Math.round(dpi / 0.0254);
  const phys = new Uint8Array(21);
  putU32(phys, 0, 9);
  phys.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  putU32(phys, 8, ppm);
  putU32(phys, 12, ppm);
  phys[16] = 1; // unit: metre
  putU32(phys, 17, crc32(phys.subarray(4, 17)));
  const afterIhdr = ihdr.at + 12 + ihdr.length;
  const parts: Uint8Array[] = [png.subarray(0, afterIhdr), phys];
  let from = afterIhdr;
  for (const c of chunks.slice(1)) {
    if (c.type !== 'pHYs') continue;
    parts.push(png.subarray(from, c.at));
    from = c.at + 12 + c.length;
  }
  parts.push(png.subarray(from));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

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
