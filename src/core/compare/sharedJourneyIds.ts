import type { Cohort } from '../cohort/types.ts';

/**
 * Journey ids found in both cohorts, in the second's order. Two files compared side by side are two
 * groups whatever their ids: the same id in both may be the same child seen in two periods (pseudonyms
 * kept across extracts) or two children in two areas, so those journeys stay in both groups and the
 * command line says how many there are.
 */
export function sharedJourneyIds(a: Cohort, b: Cohort): string[] {
  const ids = new Set<string>(a.journeyIds);
  return b.journeyIds.filter((id) => ids.has(id));
}
