import { PATHWAY_LIMITS } from '../pathway/pathwaySchema.ts';

/** Services kept before the rest merge into `other` (CONTRACT §6). */
export const DEFAULT_MAX_SERVICES = 40;
/** The most `--max-services` can be: the kept services and `other` must fit in a pathway. */
export const MAX_SERVICES_LIMIT = PATHWAY_LIMITS.services - 1;
/** The id of the service the less frequent values merge into. */
export const OTHER_ID = 'other';
/** The version of every discovered draft. */
export const DRAFT_VERSION = '0.1.0-draft';

/** A draft's area until a commissioner names it (a figure then names the draft by its title). */
export const DRAFT_AREA = 'Not yet named';

/** The default route threshold: 1% of the journeys (rounded up), and at least 2 (CONTRACT §6). */
export function defaultMinJourneys(journeys: number): number {
  return Math.max(2, Math.ceil(journeys / 100));
}

/** Checks the numeric options; returns a message naming what is allowed, or undefined when valid. */
export function checkDiscoverOptions(o: {
  readonly minJourneys?: number | undefined;
  readonly maxServices?: number | undefined;
}): string | undefined {
  if (o.minJourneys !== undefined && (!Number.isInteger(o.minJourneys) || o.minJourneys < 1))
    return `min-journeys must be a whole number of journeys from 1 up, not ${String(o.minJourneys)}.`;
  if (
    o.maxServices !== undefined &&
    (!Number.isInteger(o.maxServices) || o.maxServices < 1 || o.maxServices > MAX_SERVICES_LIMIT)
  )
    return `max-services must be a whole number from 1 to ${MAX_SERVICES_LIMIT} (with "other", a pathway holds at most ${PATHWAY_LIMITS.services} services), not ${String(o.maxServices)}.`;
  return undefined;
}
