import type { Cohort } from '../cohort/types.ts';
import { pathwayLookups } from '../pathway/pathwayLookups.ts';
import type { Pathway } from '../pathway/types.ts';
import type { CohortAnalysis } from './analyseCohort.ts';
import type { JourneyFocus } from './journeyFocus.ts';
import { hasBit, TARGET_MET, TARGET_NOT_MET, TARGET_REFERRAL, type JourneyIndex } from './journeyIndex.ts';
import { journeyMask, type JourneyFilter } from './journeyMask.ts';
import type { Variant } from './journeyVariants.ts';
import type { CohortSummary } from './summariseAnalysis.ts';

/**
 * The filter's cohort-only criteria as a mask, like the core's `journeyMask` but from the per-journey
 * bitsets of the index: a pass over journeys instead of events. Falls back to `journeyMask` for what the
 * index does not cover (event-scoped attributes, explicit journey lists).
 */
export function filterMask(
  cohort: Cohort,
  pathway: Pathway,
  index: JourneyIndex,
  filter: JourneyFilter,
): Uint8Array {
  const attrs = Object.entries(filter.attributes ?? {}).filter(([, values]) => values.length > 0);
  if (
    filter.journeys ||
    attrs.some(([name]) => !index.attributeCodes.has(name) && cohort.attributes.some((a) => a.name === name))
  ) {
    return journeyMask(cohort, pathway, filter);
  }
  const J = cohort.journeyIds.length;
  const mask = new Uint8Array(J).fill(1);
  const lookups = pathwayLookups(pathway);
  const { concernBits, concernWords } = index.table;
  const cw = concernWords;
  const wanted = new Uint32Array(cw);
  const wantConcerns = (filter.concerns?.length ?? 0) > 0;
  for (const c of filter.concerns ?? []) {
    const i = lookups.concernIndex.get(c) ?? -1;
    if (i >= 0) wanted[i >>> 5] = (wanted[i >>> 5] as number) | (1 << (i & 31));
  }
  const serviceIndex = filter.service ? (lookups.serviceIndex.get(filter.service) ?? -1) : -1;
  const tests = attrs.map(([name, values]) => {
    const column = index.attributeCodes.get(name);
    const allowed = new Uint8Array(column?.values.length ?? 0);
    column?.values.forEach((v, i) => {
      if (values.includes(v)) allowed[i] = 1;
    });
    return { codes: column?.codes, allowed };
  });
  if (!wantConcerns && !filter.service && tests.length === 0) return mask;
  for (let j = 0; j < J; j++) {
    if (wantConcerns) {
      let any = false;
      for (let w = 0; w < cw && !any; w++)
        any = ((concernBits[j * cw + w] as number) & (wanted[w] as number)) !== 0;
      if (!any) {
        mask[j] = 0;
        continue;
      }
    }
    if (
      filter.service &&
      (serviceIndex < 0 || !hasBit(index.serviceBits, index.serviceWords, j, serviceIndex))
    ) {
      mask[j] = 0;
      continue;
    }
    for (const t of tests) {
      // A column the cohort does not have keeps no journey, as in `journeyMask`.
      const code = t.codes ? (t.codes[j] as number) : -1;
      if (code < 0 || code >= t.allowed.length || t.allowed[code] !== 1) {
        mask[j] = 0;
        break;
      }
    }
  }
  return mask;
}

/**
 * The journeys of the list: those the analysis included, narrowed by the focus (the journeys behind a
 * number or a variant) and by a service they passed through. Returns their indices in cohort order.
 */
export function listIndices(
  cohort: Cohort,
  pathway: Pathway,
  index: JourneyIndex,
  analysis: CohortAnalysis,
  focus: JourneyFocus | null,
  throughService: string | null,
): Int32Array {
  const J = cohort.journeyIds.length;
  const { included, missedCount, missed } = analysis;
  const through = throughService ? (pathwayLookups(pathway).serviceIndex.get(throughService) ?? -1) : -1;
  let test: ((j: number) => boolean) | undefined;
  if (focus) {
    switch (focus.kind) {
      case 'crisis': {
        const want = focus.reached ? 1 : 0;
        test = (j) => index.table.reachedCrisis[j] === want;
        break;
      }
      case 'missed':
        test = (j) => (missedCount[j] as number) > 0;
        break;
      case 'missedAt':
      case 'missedByAgency': {
        const at = new Uint8Array(pathway.services.length);
        pathway.services.forEach((s, i) => {
          if (focus.kind === 'missedAt' ? s.id === focus.service : s.agency === focus.agency) at[i] = 1;
        });
        const { journeyStart, service } = cohort;
        test = (j) => {
          if ((missedCount[j] as number) === 0) return false;
          for (let e = journeyStart[j] as number; e < (journeyStart[j + 1] as number); e++) {
            if (missed[e] === 1 && at[service[e] as number] === 1) return true;
          }
          return false;
        };
        break;
      }
      case 'leadTime':
        test = (j) => !Number.isNaN(index.table.leadTime[j]);
        break;
      case 'target': {
        const flags = index.targetFlags.get(focus.service);
        const bit = focus.met === null ? TARGET_REFERRAL : focus.met ? TARGET_MET : TARGET_NOT_MET;
        test = flags ? (j) => ((flags[j] as number) & bit) !== 0 : () => false;
        break;
      }
      case 'variant': {
        const v = index.variantByKey.get(focus.services.join('>'));
        test = v === undefined ? () => false : (j) => index.variantOf[j] === v;
        break;
      }
    }
  }
  const out = new Int32Array(J);
  let n = 0;
  for (let j = 0; j < J; j++) {
    if (included[j] === 0) continue;
    if (throughService && (through < 0 || !hasBit(index.serviceBits, index.serviceWords, j, through)))
      continue;
    if (test && !test(j)) continue;
    out[n++] = j;
  }
  return out.slice(0, n);
}

const collator = new Intl.Collator();

/**
 * The most common routes among the included journeys, in the order of the core's `journeyVariants`
 * (most journeys first; ties: fewer services, then alphabetical), from the variant ids of the index:
 * a count per journey, then a sort of the few candidates that can make the top `limit`.
 */
export function topVariants(
  pathway: Pathway,
  index: JourneyIndex,
  included: Uint8Array,
  limit: number,
): { variants: Variant[]; count: number } {
  const V = index.variantServices.length;
  const counts = new Int32Array(V);
  for (let j = 0; j < included.length; j++) {
    if (included[j] === 1) {
      const v = index.variantOf[j] as number;
      counts[v] = (counts[v] as number) + 1;
    }
  }
  let count = 0;
  let maxLen = 0;
  for (let v = 0; v < V; v++) {
    if ((counts[v] as number) > 0) {
      count++;
      maxLen = Math.max(maxLen, (index.variantServices[v] as Uint16Array).length);
    }
  }
  if (count === 0 || limit <= 0) return { variants: [], count };
  // Rank by (journeys desc, length asc) as one number; then only the ties at the cut need names compared.
  const rank = (v: number) =>
    (counts[v] as number) * (maxLen + 1) + (maxLen - (index.variantServices[v] as Uint16Array).length);
  const ranks = new Float64Array(count);
  let k = 0;
  for (let v = 0; v < V; v++) if ((counts[v] as number) > 0) ranks[k++] = rank(v);
  ranks.sort();
  const cut = ranks[Math.max(0, count - limit)] as number;
  const ids = pathway.services.map((s) => s.id as string);
  const names = (v: number) => Array.from(index.variantServices[v] as Uint16Array, (s) => ids[s] as string);
  const above: number[] = [];
  const tied: number[] = [];
  for (let v = 0; v < V; v++) {
    if ((counts[v] as number) === 0) continue;
    const r = rank(v);
    if (r > cut) above.push(v);
    else if (r === cut) tied.push(v);
  }
  const need = limit - above.length;
  // The `need` alphabetically first of the tied (a bounded insertion, not a sort of them all).
  const best: { v: number; key: string }[] = [];
  for (const v of tied) {
    const key = names(v).join('>');
    if (best.length === need && collator.compare(key, (best[need - 1] as { key: string }).key) >= 0) continue;
    let at = best.length;
    while (at > 0 && collator.compare(key, (best[at - 1] as { key: string }).key) < 0) at--;
    best.splice(at, 0, { v, key });
    if (best.length > need) best.pop();
  }
  const chosen = [...above, ...best.map((b) => b.v)];
  const indicesOf = new Map<number, number[]>(chosen.map((v) => [v, []]));
  for (let j = 0; j < included.length; j++) {
    if (included[j] === 1) indicesOf.get(index.variantOf[j] as number)?.push(j);
  }
  const variants = chosen
    .map((v) => ({
      services: names(v),
      journeys: counts[v] as number,
      journeyIndices: indicesOf.get(v) ?? [],
    }))
    .sort(
      (a, b) =>
        b.journeys - a.journeys ||
        a.services.length - b.services.length ||
        collator.compare(a.services.join('>'), b.services.join('>')),
    );
  return { variants, count };
}

/**
 * The parts of `summariseAnalysis` that depend on W and H when the filtered journeys do not: the missed
 * points. A change of W or H then costs the rule and this pass, not a whole summary again.
 */
export function missedStats(
  cohort: Cohort,
  pathway: Pathway,
  analysis: CohortAnalysis,
): Pick<CohortSummary, 'missedPoints' | 'journeysWithMissedPoints' | 'missedPointsByService'> {
  const { included, missedCount, missed } = analysis;
  const { service } = cohort;
  const by = new Int32Array(pathway.services.length);
  let total = 0;
  let journeys = 0;
  for (let j = 0; j < included.length; j++) {
    const m = missedCount[j] as number;
    if (included[j] === 0 || m === 0) continue;
    total += m;
    journeys++;
    for (let e = cohort.journeyStart[j] as number; e < (cohort.journeyStart[j + 1] as number); e++) {
      if (missed[e] === 1) by[service[e] as number] = (by[service[e] as number] as number) + 1;
    }
  }
  const missedPointsByService: Record<string, number> = {};
  pathway.services.forEach((s, i) => {
    if ((by[i] as number) > 0) missedPointsByService[s.id] = by[i] as number;
  });
  return { missedPoints: total, journeysWithMissedPoints: journeys, missedPointsByService };
}
