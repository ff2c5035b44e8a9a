import type { Cohort } from '../core/cohort/types.ts';
import type { Pathway } from '../core/pathway/types.ts';

/** The keys of a pathway's services and concerns (their ids, until the editor changes it). */
export interface PathwayKeys {
  readonly services: readonly string[];
  readonly concerns: readonly string[];
}

export const keysOf = (p: Pathway): PathwayKeys => ({
  services: p.services.map((s) => s.id),
  concerns: p.concerns.map((c) => c.id),
});

/** A cohort as it was read, and the keys of the pathway it was read against. */
export interface CohortSource {
  readonly cohort: Cohort;
  readonly keys: PathwayKeys;
}
