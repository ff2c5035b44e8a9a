/**
 * Reading and marking PNG files at the byte level: their size, and the pHYs chunk that tells a word
 * processor the print resolution. Pure (bytes in, bytes out), so the browser's export and the command
 * line's render share it.
 */

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
