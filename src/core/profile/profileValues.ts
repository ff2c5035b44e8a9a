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
    const codes: string[] = [];
    if (b.concerns >= 0) {
      const raw = trimCell(cells[b.concerns]);
      if (raw !== '') {
        for (const part of raw.split(this.separator)) {
          const value = part.trim();
          if (value === '') continue;
          const target = this.concernValues.get(value);
          const known = this.known.concern(value);
          const word = target?.toLowerCase();
          if (
            word === 'drop' ||
            (target === undefined && !known && this.concernValues.fallback.kind === 'drop')
          ) {
            tallies.drop('concerns.values', this.concernColumn, value, row);
            return DROP;
          }
          if (
            word === 'ignore' ||
            (target === undefined && !known && this.concernValues.fallback.kind === 'ignore')
          )
            tallies.ignored.note(value, row);
          else if (target !== undefined) codes.push(target);
          else if (known) codes.push(value);
          else codes.push(String(fallback(this.concernValues.fallback, value)));
        }
      }
    }
    for (const flag of b.flags) {
      const v = trimCell(cells[flag.col]).toLowerCase();
      if (TRUE_FLAGS.has(v)) codes.push(flag.concern);
      else if (!FALSE_FLAGS.has(v)) {
        tallies.flag(flag.name).note(trimCell(cells[flag.col]), row);
      }
    }
    return [...new Set(codes)].join(';');
  }
}
