import type { Pathway, Service } from './types.ts';

/**
 * Where a service sits on the map, the figure and the trainer: its lane (level), the grid column it
 * is drawn in (a lane is one column, or several side by side when it holds many more services than
 * the others) and its row. Rows line up across the whole grid.
 */
export interface Slot {
  readonly lane: number;
  readonly column: number;
  readonly row: number;
}

export interface ServiceSlots {
  readonly slots: ReadonlyMap<string, Slot>;
  /** Rows of the tallest column (at least 1): every column is drawn this tall, so rows line up. */
  readonly rows: number;
  /** Columns of the grid (at least one per lane). */
  readonly columns: number;
  /** The first grid column of each lane and how many it spans (at least 1, even for an empty level). */
  readonly laneColumns: readonly { readonly first: number; readonly count: number }[];
}

/** The shape of the grid the layout aims at: a little wider than tall, as a screen or an A4 landscape page. */
const TARGET_ASPECT = 1.6;
/** Rough size of a column and a row with their gaps, only to compare grid shapes with one another. */
const NOMINAL_COLUMN = 250;
const NOMINAL_ROW = 125;
/** At most this many columns for one lane: beyond it a lane stops reading as one swimlane. */
const MAX_SPLIT = 4;
/** Barycentre sweeps: enough for small graphs to settle; the result is deterministic either way. */
const SWEEPS = 4;

/**
 * The position (slot index, top first) of each service of one lane. Services with a `column` hint take
 * the first free position at or after the hint (in hint order, then file order), as the pathway's
 * author asked; the others fill the free positions from the top in the order `unhintedOrder` gives.
 */
function positions(services: readonly Service[], unhintedOrder: readonly Service[]): Map<string, number> {
  const at = new Map<string, number>();
  const taken = new Set<number>();
  const place = (s: Service, from: number) => {
    let p = from;
    while (taken.has(p)) p += 1;
    taken.add(p);
    at.set(s.id, p);
  };
  const hinted = services
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.column !== undefined)
    .sort((a, b) => (a.s.column ?? 0) - (b.s.column ?? 0) || a.i - b.i);
  for (const { s } of hinted) place(s, s.column ?? 0);
  for (const s of unhintedOrder) if (s.column === undefined) place(s, 0);
  return at;
}

/**
 * How many rows a column may hold: the number that makes the grid's shape nearest `TARGET_ASPECT`,
 * splitting a lane into at most `MAX_SPLIT` columns, each split counted against it (a lane in one
 * column reads best). Depends only on how many positions each lane needs.
 */
function rowsPerColumn(laneSizes: readonly number[]): number {
  const tallest = Math.max(1, ...laneSizes);
  let best = tallest;
  let bestCost = Infinity;
  for (let rows = tallest; rows >= Math.ceil(tallest / MAX_SPLIT); rows--) {
    const counts = laneSizes.map((n) => Math.max(1, Math.ceil(n / rows)));
    const columns = counts.reduce((a, b) => a + b, 0);
    const used = Math.max(1, ...laneSizes.map((n, i) => Math.ceil(n / (counts[i] as number))));
    const aspect = (columns * NOMINAL_COLUMN) / (used * NOMINAL_ROW);
    const cost = Math.abs(Math.log(aspect / TARGET_ASPECT)) + 0.12 * (columns - laneSizes.length);
    if (cost < bestCost - 1e-9) [best, bestCost] = [rows, cost];
  }
  return best;
}

const cache = new WeakMap<Pathway, ServiceSlots>();

/**
 * The one placement rule of the pathway's services, shared by the app's map, the board-paper figure,
 * the trainer and the journey timeline's lanes. Levels are lanes from left to right in the pathway's
 * order. Within a lane, services with a `column` hint keep the position it gives; the others are
 * ordered by the barycentre of their neighbours' rows in the other lanes (a few sweeps of the layered
 * layout's crossing reduction, Sugiyama style), so that routes run as straight as they can; ties keep
 * file order. A lane with many more services than the others is split into side-by-side columns, so
 * that the grid keeps the shape of a screen. Pure and deterministic; computed once per pathway object.
 */
export function serviceSlots(pathway: Pathway): ServiceSlots {
  const known = cache.get(pathway);
  if (known) return known;
  const lanes = pathway.levels.map((level) => pathway.services.filter((s) => s.level === level.id));
  const laneOf = new Map<string, number>();
  lanes.forEach((list, l) => {
    list.forEach((s) => laneOf.set(s.id, l));
  });

  // Neighbours in other lanes, either direction, each pair once.
  const neighbours = new Map<string, Set<string>>();
  for (const r of pathway.routes) {
    const a = laneOf.get(r.from);
    const b = laneOf.get(r.to);
    if (a === undefined || b === undefined || a === b) continue;
    (neighbours.get(r.from) ?? neighbours.set(r.from, new Set()).get(r.from))?.add(r.to);
    (neighbours.get(r.to) ?? neighbours.set(r.to, new Set()).get(r.to))?.add(r.from);
  }

  let at = lanes.map((list) => positions(list, list));
  const sizes = at.map((m) => Math.max(0, ...[...m.values()].map((p) => p + 1)));
  const rows = rowsPerColumn(sizes);
  const split = sizes.map((n) => Math.max(1, Math.ceil(n / rows)));
  const perColumn = sizes.map((n, l) => Math.max(1, Math.ceil(n / (split[l] as number))));
  const rowOf = (l: number, p: number) => p % (perColumn[l] as number);

  const anyUnhinted = pathway.services.some((s) => s.column === undefined);
  for (let sweep = 0; anyUnhinted && sweep < SWEEPS; sweep++) {
    const order = lanes.map((_, l) => l);
    if (sweep % 2 === 1) order.reverse();
    const next = [...at];
    for (const l of order) {
      const list = lanes[l] as Service[];
      const current = next[l] as Map<string, number>;
      const bary = (s: Service): number => {
        const ns = [...(neighbours.get(s.id) ?? [])];
        if (ns.length === 0) return rowOf(l, current.get(s.id) ?? 0);
        let sum = 0;
        for (const n of ns) {
          const nl = laneOf.get(n) as number;
          sum += rowOf(nl, next[nl]?.get(n) ?? 0);
        }
        return sum / ns.length;
      };
      const keyed = list.map((s, i) => ({ s, i, b: bary(s), p: current.get(s.id) ?? 0 }));
      keyed.sort((x, y) => x.b - y.b || x.p - y.p || x.i - y.i);
      next[l] = positions(
        list,
        keyed.map((k) => k.s),
      );
    }
    at = next;
  }

  const laneColumns: { first: number; count: number }[] = [];
  let columns = 0;
  for (const count of split) {
    laneColumns.push({ first: columns, count });
    columns += count;
  }
  const slots = new Map<string, Slot>();
  let used = 1;
  at.forEach((m, l) => {
    const per = perColumn[l] as number;
    for (const [id, p] of m) {
      const row = p % per;
      slots.set(id, { lane: l, column: (laneColumns[l]?.first ?? 0) + Math.floor(p / per), row });
      used = Math.max(used, row + 1);
    }
  });
  const result: ServiceSlots = { slots, rows: used, columns, laneColumns };
  cache.set(pathway, result);
  return result;
}

/** The services of each lane, left column first, top to bottom. */
export function servicesByLane(pathway: Pathway): Service[][] {
  const { slots } = serviceSlots(pathway);
  const lanes: Service[][] = pathway.levels.map(() => []);
  for (const s of pathway.services) {
    const slot = slots.get(s.id);
    if (slot) lanes[slot.lane]?.push(s);
  }
  const key = (s: Service) => {
    const slot = slots.get(s.id);
    return (slot?.column ?? 0) * 10_000 + (slot?.row ?? 0);
  };
  for (const lane of lanes) lane.sort((a, b) => key(a) - key(b));
  return lanes;
}
