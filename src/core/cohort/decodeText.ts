/**
 * Decodes a cohort file's bytes to text: UTF-8 (with or without BOM), or UTF-16 when it starts with a
 * UTF-16 byte order mark (Excel's "Unicode text"). Invalid UTF-8 becomes U+FFFD, which `importCohort`
 * then refuses with a clear problem, rather than guessing another encoding.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff)
    return new TextDecoder('utf-16be').decode(b.subarray(2));
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(b);
}
