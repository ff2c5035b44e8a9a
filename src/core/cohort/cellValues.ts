import { activities, type Pathway } from '../pathway/types.ts';
import { parseIsoDate } from './parseIsoDate.ts';

const CACHE_LIMIT = 100_000;
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '']);

/** A cell without surrounding spaces (most cells have none: then no new string). */
export function trimCell(v: string | undefined): string {
  if (v === undefined || v.length === 0) return '';
  return v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32 ? v.trim() : v;
}

/** True when a row has non-empty cells past the header's `columns` (empty ones are a trailing delimiter). */
export function hasExtraCells(cells: ArrayLike<string | undefined>, columns: number, count: number): boolean {
  for (let i = columns; i < count; i++) if (trimCell(cells[i]) !== '') return true;
  return false;
}

/** A `synthetic` cell: true/yes/y/1, false/no/n/0 or empty, or neither. */
export function syntheticWord(raw: string): 'yes' | 'no' | 'bad' {
  const w = raw.toLowerCase();
  return TRUE_WORDS.has(w) ? 'yes' : FALSE_WORDS.has(w) ? 'no' : 'bad';
}
/** After this many distinct times, keep caching only if each is used twice on average. */
const TIME_CACHE_PROBE = 20_000;
const INVALID = -1;

/**
 * The cell values of CONTRACT §2 resolved against a pathway, each distinct text once: services by id or
 * label, activities, concern codes (all case-insensitive), and times (ISO 8601 dates or integer days).
 * Results are cached by the cell's text, so a million rows cost a few Map lookups each.
 */
export class CellValues {
  private readonly serviceByKey = new Map<string, number>();
  private readonly serviceCache = new Map<string, number>();
  private readonly activityCache = new Map<string, number>();
  private readonly concernByKey = new Map<string, number>();
  private readonly concernCache = new Map<string, Uint16Array | string[]>();
  private readonly timeCache = new Map<string, number>();
  private cacheTimes = true;

  constructor(pathway: Pathway) {
    // Labels first, so that an id always wins over another service's label.
    pathway.services.forEach((s, i) => this.serviceByKey.set(s.label.trim().toLowerCase(), i));
    pathway.services.forEach((s, i) => this.serviceByKey.set(s.id.toLowerCase(), i));
    // Concern labels are accepted too (a discovered pathway's concerns are labelled with the log's own
    // values), ids again winning over labels.
    pathway.concerns.forEach((c, i) => this.concernByKey.set(c.label.trim().toLowerCase(), i));
    pathway.concerns.forEach((c, i) => this.concernByKey.set(c.id.toLowerCase(), i));
  }

  /** The index of a service given by id or label (case-insensitive), or -1. */
  service(value: string): number {
    const cached = this.serviceCache.get(value);
    if (cached !== undefined) return cached;
    const i = this.serviceByKey.get(value.trim().toLowerCase()) ?? INVALID;
    if (this.serviceCache.size < CACHE_LIMIT) this.serviceCache.set(value, i);
    return i;
  }

  /** The index of an activity (case-insensitive; spaces and dashes read as `_`), or -1. */
  activity(v: string): number {
    const cached = this.activityCache.get(v);
    if (cached !== undefined) return cached;
    const key = v
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    const i = (activities as readonly string[]).indexOf(key);
    if (this.activityCache.size < CACHE_LIMIT) this.activityCache.set(v, i);
    return i;
  }

  /** The index of one concern code (case-insensitive), or -1. */
  concern(code: string): number {
    return this.concernByKey.get(code.trim().toLowerCase()) ?? INVALID;
  }

  /** The concern codes of a `;`- or `|`-separated list, or the parts that are not concern codes. */
  concerns(v: string): Uint16Array | string[] {
    const cached = this.concernCache.get(v);
    if (cached) return cached;
    const codes: number[] = [];
    const unknown: string[] = [];
    for (const part of v.split(/[;|]/)) {
      const key = part.trim().toLowerCase();
      if (key === '') continue;
      const i = this.concernByKey.get(key);
      if (i === undefined) unknown.push(part.trim());
      else if (!codes.includes(i)) codes.push(i);
    }
    const out = unknown.length > 0 ? unknown : Uint16Array.from(codes);
    if (this.concernCache.size < CACHE_LIMIT) this.concernCache.set(v, out);
    return out;
  }

  /**
   * A time: days since 1970-01-01 UTC for an ISO date or date-time (`isDate`), else an integer day
   * offset; NaN when the text is neither. `rows` (the rows read so far) decides whether caching pays.
   */
  time(v: string, isDate: boolean, rows: number): number {
    // A plain date (2020-03-14) parses faster than a cache lookup of its text; longer date-times are cached.
    if (v.length === 10 && isDate) return parseIsoDate(v) ?? NaN;
    if (this.cacheTimes) {
      const cached = this.timeCache.get(v);
      if (cached !== undefined) return cached;
    }
    const t = isDate ? (parseIsoDate(v) ?? NaN) : /^[+-]?\d{1,9}$/.test(v) ? Number(v) : NaN;
    if (this.cacheTimes) {
      // Dates repeat a lot; time stamps with seconds hardly ever. Stop caching when it does not pay.
      if (this.timeCache.size >= TIME_CACHE_PROBE && this.timeCache.size * 2 > rows) {
        this.cacheTimes = false;
        this.timeCache.clear();
      } else {
        if (this.timeCache.size >= CACHE_LIMIT) this.timeCache.clear();
        this.timeCache.set(v, t);
      }
    }
    return t;
  }
}
