import type { AttributeColumn, Cohort } from './types.ts';

/** A cohort read against one pathway, re-indexed to another (`remapCohort`). */
export interface RemappedCohort {
  readonly cohort: Cohort;
  /** Events at a service the new pathway no longer has: left out. */
  readonly droppedEvents: number;
  /** Journeys all of whose events were left out. */
  readonly droppedJourneys: number;
}

/**
 * The index of each old entry in the new list, by key (-1 when the new list has no entry with its key).
 * The editor keeps a key per service and concern that survives renames and moves (`EditDraft`).
 */
export function indexMap(oldKeys: readonly string[], newKeys: readonly string[]): Int32Array {
  const at = new Map(newKeys.map((k, i) => [k, i]));
  return Int32Array.from(oldKeys, (k) => at.get(k) ?? -1);
}

/**
 * The cohort with its service and concern indices moved to another pathway's: `serviceMap[old]` and
 * `concernMap[old]` are the new indices, -1 for an entry the new pathway does not have. An event at a
 * removed service is left out (and a journey left with no event), a removed concern code is dropped from
 * its events; the counts say how much was left out, so the screen can tell the user. Pure; when nothing
 * is left out the event columns are shared with the old cohort, not copied.
 */
export function remapCohort(cohort: Cohort, serviceMap: Int32Array, concernMap: Int32Array): RemappedCohort {
  const E = cohort.time.length;
  const service = new Uint16Array(E);
  const keep = new Uint8Array(E);
  let kept = 0;
  for (let e = 0; e < E; e++) {
    const to = serviceMap[cohort.service[e] as number] ?? -1;
    if (to >= 0) {
      service[e] = to;
      keep[e] = 1;
      kept++;
    }
  }
  const concernStart = new Int32Array(E + 1);
  const codes: number[] = [];
  for (let e = 0; e < E; e++) {
    concernStart[e] = codes.length;
    for (let c = cohort.concernStart[e] as number; c < (cohort.concernStart[e + 1] as number); c++) {
      const to = concernMap[cohort.concernCodes[c] as number] ?? -1;
      if (to >= 0) codes.push(to);
    }
  }
  concernStart[E] = codes.length;
  const remapped: Cohort = { ...cohort, service, concernStart, concernCodes: Uint16Array.from(codes) };
  if (kept === E) return { cohort: remapped, droppedEvents: 0, droppedJourneys: 0 };
  return leaveOut(remapped, keep, kept);
}

/** The cohort with only the events `keep` marks (and only the journeys that still have one). */
function leaveOut(cohort: Cohort, keep: Uint8Array, kept: number): RemappedCohort {
  const J = cohort.journeyIds.length;
  const picked = new Int32Array(kept);
  const journeyIds: Cohort['journeyIds'][number][] = [];
  const starts: number[] = [0];
  let n = 0;
  for (let j = 0; j < J; j++) {
    const before = n;
    for (let e = cohort.journeyStart[j] as number; e < (cohort.journeyStart[j + 1] as number); e++) {
      if (keep[e]) picked[n++] = e;
    }
    if (n > before) {
      journeyIds.push(cohort.journeyIds[j] as Cohort['journeyIds'][number]);
      starts.push(n);
    }
  }
  const take = <T extends Uint8Array | Uint16Array | Int32Array | Float64Array | Uint32Array>(
    from: T,
    to: T,
  ): T => {
    for (let i = 0; i < kept; i++) to[i] = from[picked[i] as number] as number;
    return to;
  };
  const concernStart = new Int32Array(kept + 1);
  const codes: number[] = [];
  const notes = new Map<number, string>();
  for (let i = 0; i < kept; i++) {
    const e = picked[i] as number;
    concernStart[i] = codes.length;
    for (let c = cohort.concernStart[e] as number; c < (cohort.concernStart[e + 1] as number); c++)
      codes.push(cohort.concernCodes[c] as number);
    const note = cohort.notes.get(e);
    if (note !== undefined) notes.set(i, note);
  }
  concernStart[kept] = codes.length;
  const attributes: AttributeColumn[] = cohort.attributes.map((a) => ({
    ...a,
    codes: take(a.codes, new Uint32Array(kept)),
  }));
  return {
    cohort: {
      ...cohort,
      journeyIds,
      journeyStart: Int32Array.from(starts),
      time: take(cohort.time, new Float64Array(kept)),
      service: take(cohort.service, new Uint16Array(kept)),
      activity: take(cohort.activity, new Uint8Array(kept)),
      row: take(cohort.row, new Int32Array(kept)),
      concernStart,
      concernCodes: Uint16Array.from(codes),
      notes,
      attributes,
    },
    droppedEvents: cohort.time.length - kept,
    droppedJourneys: J - journeyIds.length,
  };
}
