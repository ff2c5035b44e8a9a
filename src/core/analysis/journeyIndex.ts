import { NO_VALUE, type Cohort } from '../cohort/types.ts';
import { activities, type Pathway, type ServiceId } from '../pathway/types.ts';
import { MOVE_OFF } from '../replay/moveKinds.ts';
import type { CohortAnalysis } from './analyseCohort.ts';

/**
 * Per journey, what does not depend on W, H or the filters, sent to the page once per cohort
 * (column-wise: a hundred thousand journeys cost a few typed arrays, not a hundred thousand objects).
 */
export interface JourneyTable {
  readonly ids: readonly string[];
  readonly events: Int32Array;
  readonly reachedCrisis: Uint8Array;
  /** Days; NaN when absent. */
  readonly leadTime: Float64Array;
  readonly offPathway: Int32Array;
  /** Concern bitset of each journey: `concernWords` 32-bit words per journey, bit i = pathway concern i. */
  readonly concernWords: number;
  readonly concernBits: Uint32Array;
  /** Journey-scoped attributes: the value code of each journey (`NO_VALUE` = none). */
  readonly attributes: readonly {
    readonly name: string;
    readonly values: readonly string[];
    readonly codes: Uint32Array;
  }[];
}

/**
 * Everything about each journey that depends neither on W and H nor on the filters, computed once when
 * a cohort is accepted: the columns the page lists (`table`) and the bitsets and ids the worker filters
 * and groups with, so that a filter change costs a pass over journeys rather than over events.
 */
export interface JourneyIndex {
  readonly table: JourneyTable;
  /** Services each journey touched: `serviceWords` words per journey, bit i = pathway service i. */
  readonly serviceWords: number;
  readonly serviceBits: Uint32Array;
  /** The route (variant) of each journey, an index into `variantServices`. */
  readonly variantOf: Int32Array;
  /** Each variant's services, as pathway service indices. */
  readonly variantServices: readonly Uint16Array[];
  /** Variant id by its services joined with '>'. */
  readonly variantByKey: ReadonlyMap<string, number>;
  /**
   * Per target service (pathway services with a target in hours), per journey: bit 0 = a referral to
   * it, bit 1 = a referral whose assessment met the target, bit 2 = one that did not (or had none).
   */
  readonly targetFlags: ReadonlyMap<string, Uint8Array>;
  /** Journey-scoped attribute codes by name (aliases of `table.attributes`). */
  readonly attributeCodes: ReadonlyMap<
    string,
    { readonly values: readonly string[]; readonly codes: Uint32Array }
  >;
}

export const TARGET_REFERRAL = 1;
export const TARGET_MET = 2;
export const TARGET_NOT_MET = 4;

const words = (n: number) => Math.max(1, Math.ceil(n / 32));

/** Builds the index from a cohort and an analysis of every journey (any W and H: only W/H-free columns are read). */
export function buildJourneyIndex(cohort: Cohort, pathway: Pathway, analysis: CohortAnalysis): JourneyIndex {
  const J = cohort.journeyIds.length;
  const { journeyStart, service, activity, concernStart, concernCodes, time } = cohort;
  const cw = words(pathway.concerns.length);
  const sw = words(pathway.services.length);
  const events = new Int32Array(J);
  const offPathway = new Int32Array(J);
  const concernBits = new Uint32Array(J * cw);
  const serviceBits = new Uint32Array(J * sw);
  const variantOf = new Int32Array(J);
  const variantServices: Uint16Array[] = [];
  const variantByKey = new Map<string, number>();
  const referral = activities.indexOf('referral');
  const assessment = activities.indexOf('assessment');
  const targetServices = pathway.services
    .map((s, i) => ({ i, id: s.id, hours: s.targets?.find((t) => t.hours !== undefined)?.hours }))
    .filter((t): t is { i: number; id: ServiceId; hours: number } => t.hours !== undefined);
  const targetFlags = new Map(targetServices.map((t) => [t.id, new Uint8Array(J)]));
  const targetAt = new Int32Array(pathway.services.length).fill(-1);
  targetServices.forEach((t, k) => (targetAt[t.i] = k));
  const targetArrays = targetServices.map((t) => targetFlags.get(t.id) as Uint8Array);

  let route = new Uint16Array(64);
  for (let j = 0; j < J; j++) {
    const start = journeyStart[j] as number;
    const end = journeyStart[j + 1] as number;
    events[j] = end - start;
    if (route.length < end - start) route = new Uint16Array(end - start);
    let n = 0;
    let last = -1;
    let off = 0;
    for (let e = start; e < end; e++) {
      const s = service[e] as number;
      const sIdx = j * sw + (s >>> 5);
      serviceBits[sIdx] = (serviceBits[sIdx] as number) | (1 << (s & 31));
      for (let k = concernStart[e] as number; k < (concernStart[e + 1] as number); k++) {
        const c = concernCodes[k] as number;
        const cIdx = j * cw + (c >>> 5);
        concernBits[cIdx] = (concernBits[cIdx] as number) | (1 << (c & 31));
      }
      if (analysis.move[e] === MOVE_OFF) off++;
      if (s !== last) route[n++] = s;
      last = s;
      // A referral to a service with a target: the next assessment there, within the target or not.
      const k = targetAt[s] as number;
      if (k >= 0 && activity[e] === referral) {
        const flags = targetArrays[k] as Uint8Array;
        const hours = (targetServices[k] as { hours: number }).hours;
        let met = false;
        for (let f = e + 1; f < end; f++) {
          if (service[f] === s && activity[f] === assessment) {
            met = (time[f] as number) - (time[e] as number) <= hours / 24 + 1e-9;
            break;
          }
        }
        flags[j] = (flags[j] as number) | TARGET_REFERRAL | (met ? TARGET_MET : TARGET_NOT_MET);
      }
    }
    offPathway[j] = off;
    // One string per journey (not one per event) keys its route.
    const key = codesToString(route, n);
    let v = variantByKey.get(key);
    if (v === undefined) {
      v = variantServices.length;
      variantByKey.set(key, v);
      variantServices.push(route.slice(0, n));
    }
    variantOf[j] = v;
  }
  // Keys for lookup by service ids (the page names a variant by its services).
  const ids = pathway.services.map((s) => s.id as string);
  const byIds = new Map<string, number>();
  variantServices.forEach((r, v) => byIds.set(Array.from(r, (s) => ids[s] as string).join('>'), v));

  const attributes = cohort.attributes
    .filter((a) => a.scope === 'journey')
    .map((a) => {
      const codes = new Uint32Array(J);
      for (let j = 0; j < J; j++) {
        const first = journeyStart[j] as number;
        codes[j] = first < (journeyStart[j + 1] as number) ? (a.codes[first] as number) : NO_VALUE;
      }
      return { name: a.name, values: a.values, codes };
    });
  const table: JourneyTable = {
    ids: cohort.journeyIds,
    events,
    reachedCrisis: analysis.reachedCrisis.slice(),
    leadTime: analysis.leadTime.slice(),
    offPathway,
    concernWords: cw,
    concernBits,
    attributes,
  };
  return {
    table,
    serviceWords: sw,
    serviceBits,
    variantOf,
    variantServices,
    variantByKey: byIds,
    targetFlags,
    attributeCodes: new Map(attributes.map((a) => [a.name, a])),
  };
}

/** The first `n` codes as a string (in chunks: `apply` with a huge array would overflow the stack). */
function codesToString(codes: Uint16Array, n: number): string {
  if (n <= 4096) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let i = 0; i < n; i += 4096) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  }
  return out;
}

/** Bit test in a per-journey bitset. */
export function hasBit(bits: Uint32Array, wordsPerJourney: number, j: number, i: number): boolean {
  return (((bits[j * wordsPerJourney + (i >>> 5)] as number) >>> (i & 31)) & 1) === 1;
}

/** A copy of a table whose buffers can be transferred to the page while the worker keeps its own. */
export function copyJourneyTable(t: JourneyTable): JourneyTable {
  return {
    ...t,
    events: t.events.slice(),
    reachedCrisis: t.reachedCrisis.slice(),
    leadTime: t.leadTime.slice(),
    offPathway: t.offPathway.slice(),
    concernBits: t.concernBits.slice(),
    attributes: t.attributes.map((a) => ({ ...a, codes: a.codes.slice() })),
  };
}
