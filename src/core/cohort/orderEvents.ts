/**
 * The cohort's event order: events grouped by journey, journeys in the order of their first row, then a
 * stable sort by time within each journey, rows with the same time in file (row) order. A reader that
 * emits rows out of file order (an import profile pairs a start with its complete, which may come much
 * later) therefore gives the same cohort as the file with its rows in place. `perm[k]` is the index in
 * reading order of the k-th event in cohort order; undefined when the two orders are the same (the usual
 * case for a file sorted by journey and time), so that columns are copied, not permuted. `journeys[k]`
 * is the reading-order index of the k-th journey; undefined when journeys kept their order.
 */
export interface EventOrder {
  readonly n: number;
  readonly journeyStart: Int32Array;
  readonly perm: Int32Array | undefined;
  readonly journeys: Int32Array | undefined;
}

/** Journeys in the order of their first row: undefined when that is already their order. */
function journeyOrder(journey: Int32Array, row: Int32Array, n: number, J: number): Int32Array | undefined {
  const first = new Float64Array(J).fill(Number.POSITIVE_INFINITY);
  for (let e = 0; e < n; e++) {
    const j = journey[e] ?? 0;
    const r = row[e] ?? 0;
    if (r < (first[j] ?? 0)) first[j] = r;
  }
  let sorted = true;
  for (let j = 1; j < J && sorted; j++) if ((first[j] ?? 0) < (first[j - 1] ?? 0)) sorted = false;
  if (sorted) return undefined;
  return Int32Array.from({ length: J }, (_, j) => j).sort(
    (a, b) => (first[a] ?? 0) - (first[b] ?? 0) || a - b,
  );
}

/**
 * `row`: the events' rows, when they were read out of row order (undefined: reading order is row order,
 * so journeys are already in the order of their first row and ties keep reading order).
 */
export function orderEvents(
  journey: Int32Array,
  time: Float64Array,
  row: Int32Array | undefined,
  n: number,
  journeys: number,
): EventOrder {
  const J = journeys;
  const order = row ? journeyOrder(journey, row, n, J) : undefined;
  let rank: Int32Array | undefined;
  if (order) {
    const r = new Int32Array(J);
    order.forEach((j, k) => (r[j] = k));
    rank = r;
  }
  // The journey slot of each event: its index, or its rank when journeys are reordered.
  let slots = journey;
  if (rank) {
    slots = new Int32Array(n);
    for (let e = 0; e < n; e++) slots[e] = rank[journey[e] ?? 0] ?? 0;
  }
  const start = new Int32Array(J + 1);
  for (let e = 0; e < n; e++) {
    const k = (slots[e] ?? 0) + 1;
    start[k] = (start[k] ?? 0) + 1;
  }
  for (let j = 0; j < J; j++) start[j + 1] = (start[j + 1] ?? 0) + (start[j] ?? 0);
  const next = start.slice(0, J);
  const perm = new Int32Array(n);
  for (let e = 0; e < n; e++) {
    const j = slots[e] ?? 0;
    const k = next[j] ?? 0;
    perm[k] = e;
    next[j] = k + 1;
  }
  const before = row
    ? (x: number, y: number) => (time[x] ?? 0) - (time[y] ?? 0) || (row[x] ?? 0) - (row[y] ?? 0)
    : (x: number, y: number) => (time[x] ?? 0) - (time[y] ?? 0);
  for (let j = 0; j < J; j++) {
    const a = start[j] ?? 0;
    const b = start[j + 1] ?? 0;
    let sorted = true;
    for (let k = a + 1; k < b; k++) {
      const x = perm[k] ?? 0;
      const y = perm[k - 1] ?? 0;
      const tx = time[x] ?? 0;
      const ty = time[y] ?? 0;
      if (tx < ty || (tx === ty && row !== undefined && (row[x] ?? 0) < (row[y] ?? 0))) {
        sorted = false;
        break;
      }
    }
    if (!sorted) perm.subarray(a, b).sort((x, y) => before(x, y) || x - y);
  }
  let identity = true;
  for (let e = 0; e < n; e++) {
    if (perm[e] !== e) {
      identity = false;
      break;
    }
  }
  return { n, journeyStart: start, perm: identity ? undefined : perm, journeys: order };
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
