import type { Pathway, Service } from './types.ts';

/** Where a service sits on the map and the figure: its lane (level) and its row within the lane. */
export interface Slot {
  readonly lane: number;
  readonly row: number;
}

export interface ServiceSlots {
  readonly slots: ReadonlyMap<string, Slot>;
  /** Rows of the tallest lane (at least 1): every lane is drawn this tall, so rows line up across lanes. */
  readonly rows: number;
}

/**
 * Gives each service of one lane a row. Services with a `column` hint take the first free row at or
 * after the hint (in hint order, then file order), the others the first free row from the top, in file
 * order. Two services therefore never share a row, whatever the hints say.
 */
function assignRows(services: readonly Service[]): Map<string, number> {
  const rows = new Map<string, number>();
  const taken = new Set<number>();
  const place = (s: Service, from: number) => {
    let row = from;
    while (taken.has(row)) row += 1;
    taken.add(row);
    rows.set(s.id, row);
  };
  const hinted = services
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.column !== undefined)
    .sort((a, b) => (a.s.column ?? 0) - (b.s.column ?? 0) || a.i - b.i);
  for (const { s } of hinted) place(s, s.column ?? 0);
  for (const s of services) if (s.column === undefined) place(s, 0);
  return rows;
}

const cache = new WeakMap<Pathway, ServiceSlots>();

/**
 * The one placement rule of the pathway's services, shared by the app's map, the board-paper figure and
 * the journey timeline's lanes: one lane per level in the pathway's order (left to right), and in each
 * lane a row per service by its `column` hint (see `assignRows`). A service of an unknown level has no
 * slot (a validated pathway has none). Computed once per pathway object.
 */
export function serviceSlots(pathway: Pathway): ServiceSlots {
  const known = cache.get(pathway);
  if (known) return known;
  const slots = new Map<string, Slot>();
  let rows = 1;
  pathway.levels.forEach((level, lane) => {
    const inLane = pathway.services.filter((s) => s.level === level.id);
    for (const [id, row] of assignRows(inLane)) {
      slots.set(id, { lane, row });
      rows = Math.max(rows, row + 1);
    }
  });
  const result = { slots, rows };
  cache.set(pathway, result);
  return result;
}

/** The services of each lane, top to bottom. */
export function servicesByLane(pathway: Pathway): Service[][] {
  const { slots } = serviceSlots(pathway);
  const lanes: Service[][] = pathway.levels.map(() => []);
  for (const s of pathway.services) {
    const slot = slots.get(s.id);
    if (slot) lanes[slot.lane]?.push(s);
  }
  for (const lane of lanes) lane.sort((a, b) => (slots.get(a.id)?.row ?? 0) - (slots.get(b.id)?.row ?? 0));
  return lanes;
}
