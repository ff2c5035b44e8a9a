/** What a value map does with values it does not name (its `"*"` entry). */
export type Fallback =
  | { readonly kind: 'error' }
  | { readonly kind: 'drop' }
  | { readonly kind: 'ignore' }
  | { readonly kind: 'id'; readonly id: string };

/** Values are matched ignoring case and spaces (CONTRACT §5): `UHCW  A&E` and `uhcw a&e` are one value. */
export function valueKey(value: string): string {
  return value.toLowerCase().replace(/\s+/g, '');
}

/** The `"*"` word of a map: error (the default), drop, ignore (concerns only), or a target id. */
export function fallbackOf(word: string | undefined): Fallback {
  const w = word?.trim().toLowerCase();
  if (w === undefined || w === 'error') return { kind: 'error' };
  if (w === 'drop') return { kind: 'drop' };
  if (w === 'ignore') return { kind: 'ignore' };
  return { kind: 'id', id: word?.trim() ?? '' };
}

/**
 * A value map of an import profile (`services`, `activities`, `concerns.values`): source values, matched
 * ignoring case and spaces, to target ids, and the `"*"` default.
 */
export class ValueMap {
  private readonly byKey = new Map<string, string>();
  readonly fallback: Fallback;
  /** True when the map names no value (only, perhaps, a default). */
  readonly empty: boolean;

  constructor(spec: Readonly<Record<string, string>> | undefined) {
    for (const [k, v] of Object.entries(spec ?? {})) if (k !== '*') this.byKey.set(valueKey(k), v.trim());
    this.fallback = fallbackOf(spec?.['*']);
    this.empty = this.byKey.size === 0;
  }

  /** The target the map gives a value, or undefined when it names no such value. */
  get(value: string): string | undefined {
    return this.empty ? undefined : this.byKey.get(valueKey(value));
  }
}

/** Pairs of keys of one map that are the same value once case and spaces are ignored. */
export function clashingKeys(spec: Readonly<Record<string, string>>): [string, string][] {
  const seen = new Map<string, string>();
  const out: [string, string][] = [];
  for (const k of Object.keys(spec)) {
    if (k === '*') continue;
    const key = valueKey(k);
    const first = seen.get(key);
    if (first !== undefined) out.push([first, k]);
    else seen.set(key, k);
  }
  return out;
}
