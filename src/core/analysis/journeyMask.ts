import type { Cohort } from '../cohort/types.ts';
import { NO_VALUE } from '../cohort/types.ts';
import type { Pathway } from '../pathway/types.ts';
import type { CohortAnalysis } from './analyseCohort.ts';

/** The explorer's filters. Every field is optional; an empty filter keeps every journey. */
export interface JourneyFilter {
  /** Keep journeys with at least one of these concern codes anywhere. */
  readonly concerns?: readonly string[] | undefined;
  /** Attribute name → allowed values (a journey passes when any of its events has an allowed value). */
  readonly attributes?: Readonly<Record<string, readonly string[]>> | undefined;
  readonly reachedCrisis?: boolean | undefined;
  readonly withMissedPoints?: boolean | undefined;
  /** Keep journeys that touched this service. */
  readonly service?: string | undefined;
  /** Keep only these journey indices (e.g. a variant's journeys). */
  readonly journeys?: readonly number[] | undefined;
}

/**
 * One byte per journey: 1 when it passes the filter's cohort-only criteria (concerns, attributes,
 * service, explicit journeys). Criteria that depend on the rule's result (crisis reached, missed points)
 * are applied by `refineMask` once the analysis has run with W and H.
 */
export function journeyMask(cohort: Cohort, pathway: Pathway, filter: JourneyFilter): Uint8Array {
  const J = cohort.journeyIds.length;
  const mask = new Uint8Array(J).fill(1);
  if (filter.journeys) {
    mask.fill(0);
    for (const j of filter.journeys) if (j >= 0 && j < J) mask[j] = 1;
  }
  const concernSet = new Uint8Array(pathway.concerns.length);
  const wantConcerns = (filter.concerns?.length ?? 0) > 0;
  for (const c of filter.concerns ?? []) {
    const i = pathway.concerns.findIndex((x) => x.id === c);
    if (i >= 0) concernSet[i] = 1;
  }
  const serviceIndex = filter.service ? pathway.services.findIndex((s) => s.id === filter.service) : -1;
  const attrTests = Object.entries(filter.attributes ?? {})
    .filter(([, values]) => values.length > 0)
    .map(([name, values]) => {
      const column = cohort.attributes.find((a) => a.name === name);
      const allowed = new Set<number>();
      column?.values.forEach((v, i) => {
        if (values.includes(v)) allowed.add(i);
      });
      return { codes: column?.codes, allowed };
    });
  if (!wantConcerns && serviceIndex < 0 && !filter.service && attrTests.length === 0) return mask;
  for (let j = 0; j < J; j++) {
    if (mask[j] === 0) continue;
    const start = cohort.journeyStart[j] as number;
    const end = cohort.journeyStart[j + 1] as number;
    let concernOk = !wantConcerns;
    let serviceOk = !filter.service;
    const attrOk = attrTests.map(() => false);
    for (let e = start; e < end; e++) {
      if (!concernOk) {
        for (let k = cohort.concernStart[e] as number; k < (cohort.concernStart[e + 1] as number); k++) {
          if (concernSet[cohort.concernCodes[k] as number] === 1) concernOk = true;
        }
      }
      if (!serviceOk && cohort.service[e] === serviceIndex) serviceOk = true;
      attrTests.forEach((t, i) => {
        const code = t.codes?.[e] ?? NO_VALUE;
        if (code !== NO_VALUE && t.allowed.has(code)) attrOk[i] = true;
      });
    }
    if (!concernOk || !serviceOk || attrOk.includes(false)) mask[j] = 0;
  }
  return mask;
}

/** Narrows a mask by the rule's results; returns true when anything changed (the analysis must be summarised again). */
export function refineMask(analysis: CohortAnalysis, filter: JourneyFilter): boolean {
  if (filter.reachedCrisis === undefined && filter.withMissedPoints === undefined) return false;
  let changed = false;
  const { included, reachedCrisis, missedCount } = analysis;
  for (let j = 0; j < included.length; j++) {
    if (included[j] === 0) continue;
    const crisisOk = filter.reachedCrisis === undefined || (reachedCrisis[j] === 1) === filter.reachedCrisis;
    const missedOk =
      filter.withMissedPoints === undefined || (missedCount[j] as number) > 0 === filter.withMissedPoints;
    if (!crisisOk || !missedOk) {
      included[j] = 0;
      changed = true;
    }
  }
  return changed;
}
