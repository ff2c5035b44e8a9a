import { TimeReader } from '../timeReader.ts';

/**
 * Candidate time formats, tried on a column's values to suggest one: ISO 8601 first, then day-first UK
 * patterns (a date such as 04/03/2020 is read day first, as in the UK), then month-first ones, then
 * spreadsheet serials.
 */
export const CANDIDATE_FORMATS: readonly string[] = [
  'iso',
  'dd/MM/yyyy HH:mm:ss',
  'dd/MM/yyyy HH:mm',
  'dd/MM/yyyy',
  'd/M/yyyy H:mm:ss',
  'd/M/yyyy H:mm',
  'd/M/yyyy',
  'dd-MM-yyyy HH:mm:ss',
  'dd-MM-yyyy HH:mm',
  'dd-MM-yyyy',
  'dd.MM.yyyy HH:mm',
  'dd.MM.yyyy',
  'dd-MMM-yyyy HH:mm',
  'dd-MMM-yyyy',
  'd MMM yyyy',
  'yyyy/MM/dd HH:mm:ss.SSS',
  'yyyy/MM/dd HH:mm:ss',
  'yyyy/MM/dd',
  'MM/dd/yyyy HH:mm',
  'MM/dd/yyyy',
  'excel',
];

/**
 * Time formats for a column, from a sample of its distinct values: the format that reads most of them,
 * then each format that reads some of the rest, until every value is read (a column of dates with and
 * without a time of day, and a few spreadsheet serials, gets three). `["iso"]` when ISO 8601 reads them
 * all (no format needed); empty when no format reads any.
 */
export function guessTimeFormats(values: readonly string[]): string[] {
  let left = values.map((v) => v.trim()).filter((v) => v !== '');
  if (left.length === 0) return [];
  const readers = CANDIDATE_FORMATS.map((f) => {
    const r = TimeReader.compile([f], 'UTC');
    return { f, r: 'error' in r ? undefined : r };
  });
  const out: string[] = [];
  while (left.length > 0) {
    let best: { f: string; read: Set<string> } | undefined;
    for (const { f, r } of readers) {
      if (!r || out.includes(f)) continue;
      const read = new Set(left.filter((v) => !Number.isNaN(r.read(v))));
      if (read.size > (best?.read.size ?? 0)) best = { f, read };
    }
    if (!best) break;
    out.push(best.f);
    const read = best.read;
    left = left.filter((v) => !read.has(v));
  }
  return out;
}

/** One value as a time format reads it, for a live preview. */
export interface TimePreview {
  readonly value: string;
  /** The instant in UTC (ISO 8601), or the calendar day for a date without a time; absent when unread. */
  readonly read?: string;
}

/**
 * Each value read with `formats` in `zone` (see TimeReader), for the mapping dialog's live preview: what
 * each value becomes, and which values no format reads.
 */
export function previewTimes(
  values: readonly string[],
  formats: readonly string[],
  zone = 'UTC',
): { readonly values: TimePreview[]; readonly failing: string[] } | { readonly error: string } {
  const r = TimeReader.compile(formats, zone);
  if ('error' in r) return { error: r.error };
  const out: TimePreview[] = [];
  const failing: string[] = [];
  for (const value of values) {
    const t = r.read(value.trim());
    if (Number.isNaN(t)) {
      failing.push(value);
      out.push({ value });
    } else {
      const iso = new Date(Math.round(t * 86_400_000)).toISOString();
      out.push({ value, read: Number.isInteger(t) ? iso.slice(0, 10) : iso.replace('.000Z', 'Z') });
    }
  }
  return { values: out, failing };
}
