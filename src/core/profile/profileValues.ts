import { trimCell } from '../cohort/cellValues.ts';
import type { BoundProfile } from './bindProfile.ts';
import type { ImportProfile } from './profileSchema.ts';
import type { ProfileTallies } from './profileTallies.ts';
import { ValueMap, type Fallback } from './valueMap.ts';

/** A row the profile leaves out (a value mapped to "drop", or an unmapped one under `"*": "drop"`). */
export const DROP = Symbol('drop');

const TRUE_FLAGS = new Set(['true', 'yes', 'y', '1', 'x']);
const FALSE_FLAGS = new Set(['false', 'no', 'n', '0', '']);
const CACHE_LIMIT = 100_000;

/**
 * A value as the profile reads it: the map's target when the map names it (a target may be "drop", or
 * "ignore" for a concern value), else the value itself when §2 already reads it (an id or a label), else
 * the map's "*" — an id, "drop", "ignore", or "error", which hands the value on as it is so that the
 * validator reports it, grouped with the others it cannot read.
 */
function resolve(map: ValueMap, value: string, known: (v: string) => boolean): string | typeof DROP {
  const target = map.get(value);
  if (target !== undefined) return target.toLowerCase() === 'drop' ? DROP : target;
  if (map.fallback.kind === 'error' || known(value)) return value;
  return fallback(map.fallback, value);
}

function fallback(f: Fallback, value: string): string | typeof DROP {
  if (f.kind === 'drop') return DROP;
  if (f.kind === 'id') return f.id;
  return value;
}

/** A value resolved once per distinct cell text (up to CACHE_LIMIT texts). */
function cached<T>(cache: Map<string, T>, raw: string, resolveIt: () => T): T {
  let v = cache.get(raw);
  if (v === undefined) {
    v = resolveIt();
    if (cache.size < CACHE_LIMIT) cache.set(raw, v);
  }
  return v;
}

/** Which values the reader behind the profile reads as they are (the pathway's ids and labels, the activities). */
export interface KnownValues {
  service(value: string): boolean;
  activity(value: string): boolean;
  concern(value: string): boolean;
}

/** The profile's value maps, with the validator's own reading of §2 values, cached by cell text. */
export class ProfileValues {
  private readonly services: ValueMap;
  private readonly activities: ValueMap;
  private readonly concernValues: ValueMap;
  private readonly serviceCache = new Map<string, string | typeof DROP>();
  private readonly activityCache = new Map<string, string | typeof DROP>();
  private readonly concernCache = new Map<string, ReadConcerns>();
  private readonly separator: string | RegExp;
  private readonly concernColumn: string;

  constructor(
    profile: ImportProfile,
    private readonly known: KnownValues,
  ) {
    this.services = new ValueMap(profile.services);
    this.activities = new ValueMap(profile.activities);
    this.concernValues = new ValueMap(profile.concerns?.values);
    this.separator = profile.concerns?.separator ?? /[;|]/;
    this.concernColumn = profile.concerns?.column ?? '';
  }

  service(raw: string): string | typeof DROP {
    return cached(this.serviceCache, raw, () => resolve(this.services, raw, (x) => this.known.service(x)));
  }

  activity(raw: string): string | typeof DROP {
    return cached(this.activityCache, raw, () =>
      resolve(this.activities, raw, (x) => this.known.activity(x)),
    );
  }

  /**
   * The §2 concerns cell of a row: the concern column's values (split by the profile's separator, default
   * `;` or `|`) read through `concerns.values`, then the codes of the truthy flag columns; or DROP.
   */
  concerns(
    cells: ArrayLike<string | undefined>,
    b: BoundProfile,
    row: number,
    tallies: ProfileTallies,
  ): string | typeof DROP {
    let codes: readonly string[] = [];
    if (b.concerns >= 0) {
      const raw = trimCell(cells[b.concerns]);
      if (raw !== '') {
        const read = cached(this.concernCache, raw, () => this.readConcerns(raw));
        if (read.drop !== undefined) {
          tallies.drop('concerns.values', this.concernColumn, read.drop, row);
          return DROP;
        }
        for (const value of read.ignored) tallies.ignored.note(value, row);
        if (b.flags.length === 0) return read.cell;
        codes = read.codes;
      }
    }
    const all = [...codes];
    for (const flag of b.flags) {
      const v = trimCell(cells[flag.col]);
      const word = v.toLowerCase();
      if (TRUE_FLAGS.has(word)) {
        if (!all.includes(flag.concern)) all.push(flag.concern);
      } else if (!FALSE_FLAGS.has(word)) tallies.flag(flag.name).note(v, row);
    }
    return all.join(';');
  }

  /** One concern cell's values read through the map, once per distinct cell. */
  private readConcerns(raw: string): ReadConcerns {
    const codes: string[] = [];
    const ignored: string[] = [];
    const f = this.concernValues.fallback;
    for (const part of raw.split(this.separator)) {
      const value = part.trim();
      if (value === '') continue;
      const target = this.concernValues.get(value);
      const known = target === undefined && this.known.concern(value);
      const word = target?.toLowerCase() ?? (known ? undefined : f.kind);
      if (word === 'drop') return { codes, ignored, cell: '', drop: value };
      if (word === 'ignore') ignored.push(value);
      else {
        const code = target ?? (known ? value : String(fallback(f, value)));
        if (!codes.includes(code)) codes.push(code);
      }
    }
    return { codes, ignored, cell: codes.join(';'), drop: undefined };
  }
}

/** What one concern cell reads as: its codes (and as a §2 cell), values ignored, or the value that drops it. */
interface ReadConcerns {
  readonly codes: readonly string[];
  readonly ignored: readonly string[];
  readonly cell: string;
  readonly drop: string | undefined;
}
