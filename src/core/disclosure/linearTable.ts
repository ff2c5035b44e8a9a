/**
 * A published table as an attacker sees it: cells (counts) and the linear relations between them that
 * the outputs publish, each "a total equals the sum of its parts" (the missed points of a service add
 * up to its agency's, the agencies' to the cohort's; the journeys that reached a crisis and those that
 * did not make up all journeys).
 *
 * What a reader knows of each cell is an interval: a shown count is exact (or, rounded to the nearest
 * 5, within 2 of what is shown); "<5" is 1 to 4; a count hidden so that a "<5" cannot be worked out
 * ("≥5") is 5 or more; a count never published (the journeys that did not reach a crisis) is anything
 * from 0. `attackRanges` narrows those intervals by the relations, as someone solving the published
 * linear system with non-negative whole numbers would.
 */

/** How a cell is published. */
export type CellStatus =
  /** Its count is printed (exact, or rounded to the nearest 5). */
  | 'shown'
  /** A count from 1 to 4, printed as "<5". */
  | 'primary'
  /** A count of 5 or more hidden so that a "<5" cannot be worked out by subtraction ("≥5"). */
  | 'secondary'
  /** Never printed as such (e.g. the remainder of a share); it exists only through the relations. */
  | 'unpublished'
  /**
   * Printed as "*", saying nothing of its count: a last resort when every cell around a "<5" is below 5
   * (four services with "<5" each and "<5" in all would make each one 1).
   */
  | 'withheld';

export interface TableCell {
  /** What the cell is, for messages and tests ("missed points at school"). */
  readonly name: string;
  readonly value: number;
  /** False for a cell that no output prints (its status stays `unpublished`). */
  readonly published: boolean;
  /** Extra cost of hiding it: the cohort's totals, which the headline states, are kept where possible. */
  readonly weight?: number | undefined;
}

/** `cells[total] = Σ cells[parts]`. */
export interface Relation {
  readonly total: number;
  readonly parts: readonly number[];
}

export interface LinearTable {
  readonly cells: readonly TableCell[];
  readonly relations: readonly Relation[];
}

export interface Range {
  readonly lo: number;
  /** Infinity when nothing bounds the cell from above. */
  readonly hi: number;
}

/** The smallest count shown (counts below it are "<5"). */
const LIMIT = 5;

/** The counts a shown value rounded to the nearest 5 can stand for: 10 is 8 to 12, 5 is 5 to 7. */
function roundedRange(value: number): Range {
  const shown = Math.round(value / 5) * 5;
  return { lo: Math.max(LIMIT, shown - 2), hi: shown + 2 };
}

/** What a reader knows of a cell before any arithmetic: its published interval. */
export function priorRange(value: number, status: CellStatus, roundTo: 0 | 5): Range {
  switch (status) {
    case 'shown':
      return value === 0 || roundTo === 0 || value < LIMIT ? { lo: value, hi: value } : roundedRange(value);
    case 'primary':
      return { lo: 1, hi: LIMIT - 1 };
    case 'secondary':
      return { lo: LIMIT, hi: Infinity };
    case 'unpublished':
    case 'withheld':
      return { lo: 0, hi: Infinity };
  }
}

/**
 * The tightest interval of every cell given the published intervals and the relations: bounds
 * propagation to a fixed point. For relations that form a tree (a hierarchy of totals and parts, as every
 * table here does) this is exactly what solving the linear system for each cell's least and greatest
 * value gives; the property tests check it against enumeration of every solution.
 */
export function attackRanges(table: LinearTable, statuses: readonly CellStatus[], roundTo: 0 | 5): Range[] {
  const lo = table.cells.map((c, i) => priorRange(c.value, statuses[i] ?? 'shown', roundTo).lo);
  const hi = table.cells.map((c, i) => priorRange(c.value, statuses[i] ?? 'shown', roundTo).hi);
  const rounds = 4 * (table.relations.length + 2);
  for (let round = 0; round < rounds; round++) {
    let changed = 0;
    const tighten = (i: number, l: number, h: number) => {
      if (l > (lo[i] as number)) {
        lo[i] = l;
        changed++;
      }
      if (h < (hi[i] as number)) {
        hi[i] = h;
        changed++;
      }
    };
    for (const r of table.relations) {
      // Sums of the parts' bounds, counting unbounded parts apart (Infinity − Infinity has no value).
      let sumLo = 0;
      let finiteHi = 0;
      let unbounded = 0;
      for (const p of r.parts) {
        sumLo += lo[p] as number;
        if (hi[p] === Infinity) unbounded++;
        else finiteHi += hi[p] as number;
      }
      tighten(r.total, sumLo, unbounded > 0 ? Infinity : finiteHi);
      const tLo = lo[r.total] as number;
      const tHi = hi[r.total] as number;
      for (const p of r.parts) {
        const own = hi[p] as number;
        const othersUnbounded = unbounded - (own === Infinity ? 1 : 0) > 0;
        const othersHi = finiteHi - (own === Infinity ? 0 : own);
        tighten(p, othersUnbounded ? 0 : tLo - othersHi, tHi - (sumLo - (lo[p] as number)));
      }
    }
    if (changed === 0) break;
  }
  return lo.map((l, i) => ({ lo: l, hi: hi[i] as number }));
}
