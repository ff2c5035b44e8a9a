import type { Concern, Level, Pathway, Service } from './types.ts';

/** Lookups by id into a pathway's lists, so that code never searches them one id at a time. */
export interface PathwayLookups {
  readonly service: ReadonlyMap<string, Service>;
  /** Index of a service in `pathway.services` (the cohort's service codes). */
  readonly serviceIndex: ReadonlyMap<string, number>;
  readonly level: ReadonlyMap<string, Level>;
  /** Index of a level in `pathway.levels` (its lane). */
  readonly levelIndex: ReadonlyMap<string, number>;
  readonly concern: ReadonlyMap<string, Concern>;
  /** Index of a concern in `pathway.concerns` (the cohort's concern codes). */
  readonly concernIndex: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Pathway, PathwayLookups>();

const byId = <T extends { readonly id: string }>(list: readonly T[]) =>
  new Map<string, T>(list.map((x) => [x.id, x]));
const indexById = (list: readonly { readonly id: string }[]) =>
  new Map<string, number>(list.map((x, i) => [x.id, i]));

/** The lookups of a pathway, made once per pathway object. */
export function pathwayLookups(pathway: Pathway): PathwayLookups {
  let lookups = cache.get(pathway);
  if (!lookups) {
    lookups = {
      service: byId(pathway.services),
      serviceIndex: indexById(pathway.services),
      level: byId(pathway.levels),
      levelIndex: indexById(pathway.levels),
      concern: byId(pathway.concerns),
      concernIndex: indexById(pathway.concerns),
    };
    cache.set(pathway, lookups);
  }
  return lookups;
}
