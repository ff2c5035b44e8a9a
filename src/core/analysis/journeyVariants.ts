import type { Cohort } from '../cohort/types.ts';
import type { Pathway } from '../pathway/types.ts';
import type { CohortAnalysis } from './analyseCohort.ts';

export interface Variant {
  /** The services a journey passed through, consecutive repeats folded. */
  readonly services: readonly string[];
  readonly journeys: number;
  /** Indices of the journeys that followed it (for filtering). */
  readonly journeyIndices: readonly number[];
}

/** The most common routes through the pathway, most frequent first (ties: shorter, then alphabetical). */
export function journeyVariants(
  cohort: Cohort,
  pathway: Pathway,
  analysis: CohortAnalysis,
  limit = 20,
): Variant[] {
  const { journeyStart, service } = cohort;
  const groups = new Map<string, number[]>();
  for (let j = 0; j < cohort.journeyIds.length; j++) {
    if (analysis.included[j] === 0) continue;
    let key = '';
    let last = -1;
    for (let e = journeyStart[j] as number; e < (journeyStart[j + 1] as number); e++) {
      const s = service[e] as number;
      if (s !== last) key += String.fromCharCode(s + 48);
      last = s;
    }
    const list = groups.get(key);
    if (list) list.push(j);
    else groups.set(key, [j]);
  }
  const ids = pathway.services.map((s) => s.id as string);
  return [...groups.entries()]
    .map(([key, list]) => ({
      services: Array.from({ length: key.length }, (_, i) => ids[key.charCodeAt(i) - 48] as string),
      journeys: list.length,
      journeyIndices: list,
    }))
    .sort(
      (a, b) =>
        b.journeys - a.journeys ||
        a.services.length - b.services.length ||
        a.services.join('>').localeCompare(b.services.join('>')),
    )
    .slice(0, limit);
}
