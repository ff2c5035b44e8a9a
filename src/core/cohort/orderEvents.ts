/**
 * The cohort's event order: events grouped by journey (journeys in order of first appearance), then a
 * stable sort by time within each journey, so that rows with the same time keep file order. `perm[k]` is
 * the file-order index of the k-th event in cohort order; undefined when the two orders are the same
 * (the usual case for a file sorted by journey and time), so that columns are copied, not permuted.
 */
export interface EventOrder {
  readonly n: number;
  readonly journeyStart: Int32Array;
  readonly perm: Int32Array | undefined;
}

export function orderEvents(
  journey: Int32Array,
  time: Float64Array,
  n: number,
  journeys: number,
): EventOrder {
  const J = journeys;
  const start = new Int32Array(J + 1);
  for (let e = 0; e < n; e++) {
    const k = (journey[e] ?? 0) + 1;
    start[k] = (start[k] ?? 0) + 1;
  }
  for (let j = 0; j < J; j++) start[j + 1] = (start[j + 1] ?? 0) + (start[j] ?? 0);
  const next = start.slice(0, J);
  const perm = new Int32Array(n);
  for (let e = 0; e < n; e++) {
    const j = journey[e] ?? 0;
    const k = next[j] ?? 0;
    perm[k] = e;
    next[j] = k + 1;
  }
  for (let j = 0; j < J; j++) {
    const a = start[j] ?? 0;
    const b = start[j + 1] ?? 0;
    let sorted = true;
    for (let k = a + 1; k < b; k++) {
      if ((time[perm[k] ?? 0] ?? 0) < (time[perm[k - 1] ?? 0] ?? 0)) {
        sorted = false;
        break;
      }
    }
    if (!sorted) perm.subarray(a, b).sort((x, y) => (time[x] ?? 0) - (time[y] ?? 0) || x - y);
  }
  let identity = true;
  for (let e = 0; e < n; e++) {
    if (perm[e] !== e) {
      identity = false;
      break;
    }
  }
  return { n, journeyStart: start, perm: identity ? undefined : perm };
}

type Typed = Float64Array | Int32Array | Uint16Array | Uint8Array | Uint32Array;

/** Column `src` (file order) written into `out` in cohort order. */
export function reorder<T extends Typed>(order: EventOrder, src: T, out: T): T {
  const { n, perm } = order;
  if (!perm) {
    out.set(src.subarray(0, n));
  } else {
    for (let e = 0; e < n; e++) out[e] = src[perm[e] ?? 0] ?? 0;
  }
  return out;
}

/** The concern lists (start offsets and codes, file order) in cohort order. */
export function reorderConcerns(
  order: EventOrder,
  start: Int32Array,
  codes: Uint16Array,
  count: number,
): { concernStart: Int32Array; concernCodes: Uint16Array } {
  const { n, perm } = order;
  const concernStart = new Int32Array(n + 1);
  if (!perm) {
    concernStart.set(start.subarray(0, n + 1));
    return { concernStart, concernCodes: codes.slice(0, count) };
  }
  const concernCodes = new Uint16Array(count);
  let c = 0;
  for (let e = 0; e < n; e++) {
    const src = perm[e] ?? 0;
    concernStart[e] = c;
    const from = start[src] ?? 0;
    const to = start[src + 1] ?? 0;
    for (let k = from; k < to; k++) concernCodes[c++] = codes[k] ?? 0;
  }
  concernStart[n] = c;
  return { concernStart, concernCodes };
}

/** Notes given at file-order events `at[i]` with text `text[i]`, keyed by cohort event index, in event order. */
export function reorderNotes(
  order: EventOrder,
  at: readonly number[],
  text: readonly string[],
): Map<number, string> {
  const { n, perm } = order;
  const notes = new Map<number, string>();
  if (!perm) {
    at.forEach((e, i) => notes.set(e, text[i] ?? ''));
  } else if (at.length > 0) {
    const noteOf = new Int32Array(n).fill(-1);
    at.forEach((e, i) => (noteOf[e] = i));
    for (let e = 0; e < n; e++) {
      const i = noteOf[perm[e] ?? 0] ?? -1;
      if (i >= 0) notes.set(e, text[i] ?? '');
    }
  }
  return notes;
}
