type Typed = Int32Array | Float64Array | Uint16Array | Uint8Array | Uint32Array;

function grown<T extends Typed>(a: T, make: (n: number) => T, n: number): T {
  const b = make(n);
  b.set(a);
  return b;
}

/**
 * The events read so far, column-wise in growable typed arrays (file order, not yet grouped by journey):
 * a million rows need no per-row objects. Event e's concern codes are
 * `concernCodes[concernStart[e] .. concernStart[e+1]-1]`.
 */
export class EventColumns {
  cap: number;
  journey: Int32Array;
  time: Float64Array;
  service: Uint16Array;
  activity: Uint8Array;
  row: Int32Array;
  concernStart: Int32Array;
  concernCodes: Uint16Array;
  /** Concern codes used so far. */
  concernCount = 0;

  constructor(expectedRows: number) {
    const cap = Math.max(64, Math.min(expectedRows, 1 << 24));
    this.cap = cap;
    this.journey = new Int32Array(cap);
    this.time = new Float64Array(cap);
    this.service = new Uint16Array(cap);
    this.activity = new Uint8Array(cap);
    this.row = new Int32Array(cap);
    this.concernStart = new Int32Array(cap + 1);
    this.concernCodes = new Uint16Array(Math.max(64, cap >> 1));
  }

  /** Makes room for at least `need` events, doubling. */
  grow(need: number): void {
    let cap = this.cap;
    while (cap < need) cap *= 2;
    this.journey = grown(this.journey, (k) => new Int32Array(k), cap);
    this.time = grown(this.time, (k) => new Float64Array(k), cap);
    this.service = grown(this.service, (k) => new Uint16Array(k), cap);
    this.activity = grown(this.activity, (k) => new Uint8Array(k), cap);
    this.row = grown(this.row, (k) => new Int32Array(k), cap);
    this.concernStart = grown(this.concernStart, (k) => new Int32Array(k), cap + 1);
    this.cap = cap;
  }

  /** Appends concern codes for the event being written. */
  addConcerns(codes: Uint16Array): void {
    if (codes.length === 0) return;
    if (this.concernCount + codes.length > this.concernCodes.length) {
      const b = new Uint16Array(Math.max(this.concernCodes.length * 2, this.concernCount + codes.length));
      b.set(this.concernCodes);
      this.concernCodes = b;
    }
    const cc = this.concernCodes;
    let k = this.concernCount;
    for (let i = 0; i < codes.length; i++) cc[k++] = codes[i] ?? 0;
    this.concernCount = k;
  }
}
