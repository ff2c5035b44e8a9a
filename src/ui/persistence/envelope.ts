/**
 * What the app keeps in the browser's storage, wrapped in a versioned envelope with a checksum so that a
 * damaged or foreign entry is detected (and removed) rather than trusted. Pure functions: no storage here.
 */

export const ENVELOPE_VERSION = 1;

export type EnvelopeKind = 'settings' | 'cohort' | 'pathway' | 'profile';

export interface Envelope<T> {
  readonly version: typeof ENVELOPE_VERSION;
  /** ISO 8601 time of the save. */
  readonly savedAt: string;
  readonly kind: EnvelopeKind;
  readonly data: T;
  /** FNV-1a (32-bit, hex) of `JSON.stringify(data)`. */
  readonly checksum: string;
}

export type DecodeResult<T> =
  { readonly ok: true; readonly envelope: Envelope<T> } | { readonly ok: false; readonly reason: string };

/** FNV-1a, 32 bits, over the UTF-16 code units of the text; 8 hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The stored text of `data` under `kind`, saved at `now`. */
export function encodeEnvelope(kind: EnvelopeKind, data: unknown, now: Date = new Date()): string {
  const envelope: Envelope<unknown> = {
    version: ENVELOPE_VERSION,
    savedAt: now.toISOString(),
    kind,
    data,
    checksum: fnv1a(JSON.stringify(data)),
  };
  return JSON.stringify(envelope);
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads stored text back: bad JSON, another version or kind, a missing field, a checksum that does not
 * match, or data that `validate` rejects all give `ok: false` with the reason.
 */
export function decodeEnvelope<T>(
  text: string,
  kind: EnvelopeKind,
  validate: (data: unknown) => data is T,
): DecodeResult<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  if (!isRecord(parsed)) return { ok: false, reason: 'not an envelope' };
  const { version, savedAt, checksum, data } = parsed;
  if (version !== ENVELOPE_VERSION) return { ok: false, reason: `unknown version ${String(version)}` };
  if (parsed.kind !== kind) return { ok: false, reason: `expected ${kind}, found ${String(parsed.kind)}` };
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt)))
    return { ok: false, reason: 'missing or invalid savedAt' };
  if (typeof checksum !== 'string') return { ok: false, reason: 'missing checksum' };
  if (!('data' in parsed)) return { ok: false, reason: 'missing data' };
  if (fnv1a(JSON.stringify(data)) !== checksum) return { ok: false, reason: 'checksum mismatch' };
  if (!validate(data)) return { ok: false, reason: 'unexpected data' };
  return { ok: true, envelope: { version, savedAt, kind, data, checksum } };
}

/** A cohort the user chose to keep on this device: the original file's text. */
export interface SavedCohort {
  readonly fileName: string;
  readonly text: string;
  readonly synthetic: boolean;
}

export function isSavedCohort(data: unknown): data is SavedCohort {
  return (
    isRecord(data) &&
    typeof data.fileName === 'string' &&
    data.fileName !== '' &&
    typeof data.text === 'string' &&
    typeof data.synthetic === 'boolean'
  );
}

export { isRecord };
