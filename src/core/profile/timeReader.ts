import { daysFromCivil, daysInMonth, parseIsoDate } from '../cohort/parseIsoDate.ts';
import { compileFormat, matchFormat, type CompiledFormat, type LocalTime } from './timeFormat.ts';
import { ZoneOffsets } from './zoneOffsets.ts';

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
/** 1970-01-01 as a spreadsheet serial day number (the 1900 date system, as Excel and LibreOffice write). */
const EXCEL_EPOCH = 25_569;
const CACHE_LIMIT = 100_000;
/** An ISO 8601 local date-time (no offset): its fields. */
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?$/;
const EXCEL_RE = /^\d{1,6}(?:\.\d+)?$/;

/** One entry of `time.format`: a pattern, `"iso"` (ISO 8601, as CONTRACT §2) or `"excel"` (serial days). */
type Reader =
  | { readonly kind: 'iso' }
  | { readonly kind: 'excel' }
  | { readonly kind: 'pattern'; readonly f: CompiledFormat };

/**
 * Reads the time cells of a file as an import profile says (CONTRACT §5): each format of `time.format` is
 * tried in order (default: ISO 8601 as in §2), local times are read in `time.zone` (default UTC; see
 * ZoneOffsets for the rule at daylight-saving changes). Returns days since 1970-01-01 UTC, computed as
 * §2 computes them (`parseIsoDate`), so that a profile's file and the §2 file it describes give the same
 * numbers: a date without a time of day is that calendar day, whatever the zone (as `2020-03-14` is in
 * §2); a date-time is its instant. NaN when no format matches.
 */
export class TimeReader {
  private readonly readers: readonly Reader[];
  private readonly zone: ZoneOffsets;
  private readonly cache = new Map<string, number>();
  /** Local times that fell in a skipped hour (read by the rule in ZoneOffsets), and the first such text. */
  gaps = 0;
  firstGap: string | undefined;

  private constructor(readers: readonly Reader[], zone: string) {
    this.readers = readers;
    this.zone = new ZoneOffsets(zone);
  }

  /** A reader for `formats` (none: ISO 8601) in `zone`, or the message of the first bad format. */
  static compile(
    formats: readonly string[],
    zone: string,
  ): TimeReader | { readonly error: string; readonly index: number } {
    const readers: Reader[] = [];
    for (const [index, pattern] of (formats.length > 0 ? formats : ['iso']).entries()) {
      const key = pattern.trim().toLowerCase();
      if (key === 'iso') readers.push({ kind: 'iso' });
      else if (key === 'excel') readers.push({ kind: 'excel' });
      else {
        const f = compileFormat(pattern);
        if (typeof f === 'string') return { error: f, index };
        readers.push({ kind: 'pattern', f });
      }
    }
    return new TimeReader(readers, zone);
  }

  /** The time of a (trimmed, non-empty) cell in days, or NaN. */
  read(text: string): number {
    const cached = this.cache.get(text);
    if (cached !== undefined) return cached;
    let t = NaN;
    for (const r of this.readers) {
      t = r.kind === 'iso' ? this.iso(text) : r.kind === 'excel' ? this.excel(text) : this.pattern(r.f, text);
      if (!Number.isNaN(t)) break;
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(text, t);
    return t;
  }

  private iso(text: string): number {
    const t = parseIsoDate(text);
    if (t === undefined) return NaN;
    // A date, or a date-time with its own offset, is what §2 reads; a local date-time is read in the zone.
    const m = this.zone.zone === 'UTC' ? null : ISO_LOCAL.exec(text);
    if (!m) return t;
    const frac = m[7] ?? '';
    const sec =
      Number(m[6] ?? 0) + (frac === '' ? 0 : Number(frac.slice(0, 15)) / 10 ** Math.min(15, frac.length));
    return this.local(Math.floor(t), Number(m[4]) * 60 + Number(m[5]), sec, text);
  }

  private excel(text: string): number {
    if (!EXCEL_RE.test(text)) return NaN;
    const serial = Number(text);
    // Serial 60 is 29 February 1900, which never was (a bug kept from Lotus 1-2-3): from 61 on, serials are exact.
    if (serial < 61) return NaN;
    // The fraction of a day is the time, to the nearest second (spreadsheets store it inexactly).
    const day = Math.floor(serial) - EXCEL_EPOCH;
    const seconds = Math.round((serial - Math.floor(serial)) * 86_400);
    if (seconds === 0 && !text.includes('.')) return day;
    return this.local(day, Math.floor(seconds / 60), seconds % 60, text);
  }

  private pattern(f: CompiledFormat, text: string): number {
    const t = matchFormat(f, text);
    if (!t || !valid(t)) return NaN;
    const day = daysFromCivil(t.y, t.mo, t.d);
    if (!f.hasTime) return day;
    const minutes = t.h * 60 + t.mi;
    if (t.offset !== undefined) return at(day, minutes - t.offset, t.sec);
    return this.local(day, minutes, t.sec, text);
  }

  /** A local wall time (minutes and seconds into `day`) in the zone, as days since 1970 UTC. */
  private local(day: number, minutes: number, sec: number, text: string): number {
    const { offset, shifted } = this.zone.localOffset(day * MS_PER_DAY + (minutes * 60 + sec) * 1000);
    if (shifted) {
      this.gaps++;
      this.firstGap ??= text;
    }
    return at(day, minutes - offset / MS_PER_MINUTE, sec);
  }
}

/**
 * Days since 1970 UTC of `minutes` (already moved to UTC) and `sec` into `day`: the arithmetic of
 * parseIsoDate, so that the same instant written in ISO 8601 with its offset gives the same number.
 */
function at(day: number, minutes: number, sec: number): number {
  return day + ((minutes * 60 + sec) * 1000) / MS_PER_DAY;
}

function valid(t: LocalTime): boolean {
  return (
    t.mo >= 1 &&
    t.mo <= 12 &&
    t.d >= 1 &&
    t.d <= daysInMonth(t.y, t.mo) &&
    t.h <= 23 &&
    t.mi <= 59 &&
    t.sec < 60
  );
}
