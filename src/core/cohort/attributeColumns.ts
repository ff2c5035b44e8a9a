import { problem, type Problem } from '../problems.ts';
import { NO_VALUE, type AttributeColumn } from './types.ts';

/**
 * One attribute column while rows are read: its distinct values interned through a Map, one code per
 * event in a growable typed array. Attribute arrays grow with the rows read (not with the size estimate
 * from the file's length), and all attributes of a cohort have the same length.
 */
export interface AttributeState {
  readonly name: string;
  readonly col: number;
  readonly unnamed: boolean;
  readonly index: Map<string, number>;
  readonly values: string[];
  codes: Uint32Array;
  /** The previous row's value and code (attributes are often constant along a journey). */
  prev: string;
  prevCode: number;
}

const INITIAL_ROWS = 64;
/**
 * At most this many attribute cells (columns × rows, 512 MB): real cohorts — a few attributes, at most a
 * few million rows — stay far below, and a hostile header cannot take the machine's memory.
 */
export const MAX_ATTRIBUTE_CELLS = 1 << 27;

/** The PL204 for a row past the attribute-cell limit. */
export function attributeCellsProblem(columns: number, file: string | undefined, row: number): Problem {
  const most = Math.floor(MAX_ATTRIBUTE_CELLS / columns).toLocaleString('en-GB');
  return problem(
    'PL204',
    `with ${columns.toLocaleString('en-GB')} attribute columns, at most ${most} rows fit (the limit is ${MAX_ATTRIBUTE_CELLS.toLocaleString('en-GB')} attribute cells); remove the columns the analysis does not need, or split the cohort.`,
    { file, row },
  );
}

export function newAttribute(name: string, col: number, unnamed: boolean, cap: number): AttributeState {
  return {
    name,
    col,
    unnamed,
    index: new Map(),
    values: [],
    codes: new Uint32Array(Math.min(cap, INITIAL_ROWS)),
    prev: '',
    prevCode: 0,
  };
}

/** Grows every attribute's codes to at least `need` rows, doubling. */
export function growAttributes(attrs: readonly AttributeState[], need: number): void {
  for (const a of attrs) {
    let len = Math.max(1, a.codes.length);
    while (len < need) len *= 2;
    const b = new Uint32Array(len);
    b.set(a.codes);
    a.codes = b;
  }
}

/**
 * Records value `v` (trimmed) for event `e`. Returns true when `v` is a value the column had not seen
 * (so that the caller scans it for identifiers once per distinct value).
 */
export function setAttribute(at: AttributeState, e: number, v: string): boolean {
  if (v === '') {
    at.codes[e] = NO_VALUE;
    return false;
  }
  if (v === at.prev) {
    at.codes[e] = at.prevCode;
    return false;
  }
  let code = at.index.get(v);
  let fresh = false;
  if (code === undefined) {
    code = at.values.length;
    at.values.push(v);
    at.index.set(v, code);
    fresh = true;
  }
  at.codes[e] = code;
  at.prev = v;
  at.prevCode = code;
  return fresh;
}

/**
 * An attribute's values in the order of the first row that has each (codes renumbered to match), so that
 * rows read out of file order (an import profile's paired starts) give the column a file read in order
 * gives. Values are interned in reading order, which is row order for every reader: then nothing changes.
 */
function valuesByFirstRow(
  at: AttributeState,
  row: Int32Array,
  n: number,
): { values: string[]; codes: Uint32Array } {
  const first = new Float64Array(at.values.length).fill(Number.POSITIVE_INFINITY);
  const codes = at.codes;
  for (let e = 0; e < n; e++) {
    const c = codes[e] ?? NO_VALUE;
    if (c !== NO_VALUE && (row[e] ?? 0) < (first[c] ?? 0)) first[c] = row[e] ?? 0;
  }
  let sorted = true;
  for (let c = 1; c < first.length && sorted; c++) if ((first[c] ?? 0) < (first[c - 1] ?? 0)) sorted = false;
  if (sorted) return { values: at.values, codes };
  const order = Array.from(at.values, (_, c) => c).sort((a, b) => (first[a] ?? 0) - (first[b] ?? 0) || a - b);
  const code = new Uint32Array(order.length);
  order.forEach((c, k) => (code[c] = k));
  const renumbered = new Uint32Array(codes.length);
  for (let e = 0; e < n; e++) {
    const c = codes[e] ?? NO_VALUE;
    renumbered[e] = c === NO_VALUE ? NO_VALUE : (code[c] ?? 0);
  }
  return { values: order.map((c) => at.values[c] ?? ''), codes: renumbered };
}

/**
 * The finished attribute columns, in event order (`reorder` puts a column's codes into the cohort's
 * order; `row`: the events' rows when they were read out of row order, `n` how many): values in the
 * order of their first row;
 * journey-scoped when constant within each journey (`journeyStart`), else event-scoped. An unnamed column
 * with no value at all (e.g. a trailing delimiter) is left out.
 */
export function finishAttributes(
  attrs: readonly AttributeState[],
  reorder: (codes: Uint32Array) => Uint32Array,
  journeyStart: Int32Array,
  row: Int32Array | undefined,
  n: number,
): AttributeColumn[] {
  const J = journeyStart.length - 1;
  const out: AttributeColumn[] = [];
  for (const at of attrs) {
    if (at.unnamed && at.values.length === 0) continue;
    const byRow = row ? valuesByFirstRow(at, row, n) : { values: at.values, codes: at.codes };
    const codes = reorder(byRow.codes);
    let journeyScope = true;
    for (let j = 0; j < J && journeyScope; j++) {
      const a = journeyStart[j] ?? 0;
      const first = codes[a];
      for (let k = a + 1; k < (journeyStart[j + 1] ?? 0); k++) {
        if (codes[k] !== first) {
          journeyScope = false;
          break;
        }
      }
    }
    out.push({ name: at.name, scope: journeyScope ? 'journey' : 'event', values: byRow.values, codes });
  }
  return out;
}
