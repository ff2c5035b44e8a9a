import { attackRanges, type CellStatus, type LinearTable, type Range } from './linearTable.ts';

/**
 * Secondary (complementary) suppression of a table, so that no "<5" can be worked out from totals and
 * the other published cells.
 *
 * Primary suppression hides each count from 1 to 4 as "<5". Where a relation (a total and its parts)
 * then has a single hidden cell, subtraction recovers it: 15 missed points in all, 11 at school and "<5"
 * at the GP leaves 4 at the GP. The method here is the greedy one of the statistical offices' tools
 * (tau-Argus's and sdcTable's "hypercube"/"singleton" heuristics narrowed to one-dimensional and
 * hierarchical tables), with an exact check:
 *
 * 1. Each cell starts published: shown, or "<5" when it is 1 to 4 (primary); an unpublished cell (the
 *    remainder of a share) stays unpublished.
 * 2. The attacker's interval of every cell is computed (`attackRanges`: the published intervals, then
 *    every relation, to a fixed point — exact for these tree-shaped tables).
 * 3. A "<5" is protected when the attacker still cannot tell it from any count from 1 to 4 (its interval
 *    is all of 1 to 4). While one is not, one more cell is hidden ("≥5"): among the shown cells of 5 or
 *    more that share a relation with it (or, when those are all hidden, with the hidden cells of its
 *    relations, and so on outward), the cheapest one that protects it on its own, cheapest meaning the
 *    smallest count plus its weight (the cohort's totals weigh most, so that the headline keeps them where
 *    it can); when no single cell does, the cheapest one is hidden and the search goes on.
 * 4. When no count of 5 or more is left around it, at least two possible counts must remain (a "<5"
 *    beside another "<5" under a total of "<5" is 1 to 3, which is as much as any table can hide). Where
 *    even that fails — every count around it below 5, as four "<5" under a total of "<5", each then 1 —
 *    one of those counts is withheld ("*", saying nothing of its size), the cheapest that frees it.
 *    A remainder that is never published (journeys that did not reach a crisis) and is 1 to 4 is
 *    protected by the same rule of two possible counts.
 * 5. Zeros are never hidden (a true zero discloses no child, and a hidden zero would protect nothing
 *    from a reader who knows these rules).
 *
 * The result is not guaranteed to be the smallest possible pattern (that is an integer programme, as
 * tau-Argus's "optimal" method solves), but every "<5" is protected, which the property tests check by
 * enumerating every table consistent with what is published.
 */
export interface SuppressionPattern {
  readonly statuses: readonly CellStatus[];
  /** What an attacker can work out of each cell from what is published. */
  readonly ranges: readonly Range[];
  /** Cells hidden to protect others. */
  readonly secondary: number;
}

const SMALL = (n: number) => n > 0 && n < 5;

/** True when what is published says no more of the cell than its own status does. */
export function isProtected(value: number, status: CellStatus, range: Range): boolean {
  if (status === 'primary') return range.lo <= 1 && range.hi >= 4;
  return isUndetermined(value, status, range);
}

/** The weaker guarantee that holds everywhere: no "<5" (nor a hidden remainder of 1 to 4) is pinned to one count. */
export function isUndetermined(value: number, status: CellStatus, range: Range): boolean {
  const sensitive =
    status === 'primary' || status === 'withheld' || (status === 'unpublished' && SMALL(value));
  return !sensitive || range.hi - range.lo >= 1;
}

function relationsOf(table: LinearTable): number[][] {
  const of: number[][] = table.cells.map(() => []);
  table.relations.forEach((r, k) => {
    of[r.total]?.push(k);
    for (const p of r.parts) of[p]?.push(k);
  });
  return of;
}

/**
 * The cells `usable` allows, reachable from `cell` through its relations and through the hidden cells
 * in them (a hidden agency's own services), nearest first.
 */
function nearby(
  table: LinearTable,
  statuses: readonly CellStatus[],
  of: readonly number[][],
  cell: number,
  usable: (m: number) => boolean,
): number[] {
  const seenCell = new Set<number>([cell]);
  const seenRelation = new Set<number>();
  const found: number[] = [];
  let frontier = [cell];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const c of frontier) {
      for (const k of of[c] ?? []) {
        if (seenRelation.has(k)) continue;
        seenRelation.add(k);
        const r = table.relations[k];
        if (!r) continue;
        for (const m of [r.total, ...r.parts]) {
          if (seenCell.has(m)) continue;
          seenCell.add(m);
          if (usable(m)) found.push(m);
          else if (statuses[m] !== 'shown') next.push(m);
        }
      }
    }
    frontier = next;
  }
  return found;
}

const cost = (table: LinearTable, i: number) => (table.cells[i]?.value ?? 0) + (table.cells[i]?.weight ?? 0);

const OPEN: Range = { lo: 0, hi: Infinity };

/** How many of the cheapest cells are tried in pairs. */
const PAIRS = 12;

/** The suppression pattern of a table: primary "<5" cells, then secondary cells until every one is protected. */
export function suppressTable(table: LinearTable, roundTo: 0 | 5): SuppressionPattern {
  const statuses: CellStatus[] = table.cells.map((c) =>
    !c.published ? 'unpublished' : SMALL(c.value) ? 'primary' : 'shown',
  );
  const of = relationsOf(table);
  const value = (i: number) => table.cells[i]?.value ?? 0;
  let secondary = 0;
  let ranges = attackRanges(table, statuses, roundTo);
  // Cells as protected as they can be by hiding counts of 5 or more: at least two counts remain possible.
  const settled = new Set<number>();
  const protects = (bad: number, hide: readonly number[], as: CellStatus, ok: typeof isProtected) => {
    const before = hide.map((c) => statuses[c] as CellStatus);
    for (const c of hide) statuses[c] = as;
    const trial = attackRanges(table, statuses, roundTo);
    hide.forEach((c, k) => (statuses[c] = before[k] as CellStatus));
    return ok(value(bad), statuses[bad] as CellStatus, trial[bad] ?? OPEN);
  };
  /**
   * Hides the cheapest cell, or pair of cells, of `list` that meets `ok` for `bad` (a pair when a cell is
   * itself the sum of shown cells, as an agency of its services); when none does, the cheapest cell, and
   * the search goes on.
   */
  const hide = (
    bad: number,
    list: number[],
    as: CellStatus,
    ok: typeof isProtected,
    usable: (m: number) => boolean,
  ) => {
    list.sort((a, b) => cost(table, a) - cost(table, b) || a - b);
    let best: number[] | undefined;
    let bestCost = Infinity;
    for (const c of list) {
      if (cost(table, c) >= bestCost) break;
      if (protects(bad, [c], as, ok)) {
        best = [c];
        bestCost = cost(table, c);
      }
    }
    for (const c of list.slice(0, PAIRS)) {
      if (cost(table, c) >= bestCost) break;
      const before = statuses[c] as CellStatus;
      statuses[c] = as;
      const more = nearby(table, statuses, of, bad, usable)
        .sort((a, b) => cost(table, a) - cost(table, b) || a - b)
        .slice(0, PAIRS);
      statuses[c] = before;
      for (const d of more) {
        const pairCost = cost(table, c) + cost(table, d);
        if (pairCost >= bestCost) break;
        if (protects(bad, [c, d], as, ok)) {
          best = [c, d];
          bestCost = pairCost;
        }
      }
    }
    for (const c of best ?? [list[0] as number]) {
      statuses[c] = as;
      secondary++;
    }
    ranges = attackRanges(table, statuses, roundTo);
  };
  for (;;) {
    const bad = table.cells.findIndex(
      (_, i) => !settled.has(i) && !isProtected(value(i), statuses[i] as CellStatus, ranges[i] ?? OPEN),
    );
    if (bad < 0) break;
    const status = statuses[bad] as CellStatus;
    // 1. Hide a count of 5 or more ("≥5") near it.
    const isBig = (m: number) => statuses[m] === 'shown' && value(m) >= 5;
    const big = nearby(table, statuses, of, bad, isBig);
    if (big.length > 0) {
      hide(bad, big, 'secondary', isProtected, isBig);
      continue;
    }
    // 2. Nothing of 5 or more is left around it: two possible counts are as much as can be had.
    if (isUndetermined(value(bad), status, ranges[bad] ?? OPEN)) {
      settled.add(bad);
      continue;
    }
    // 3. Every count around it is below 5 and pins it: withhold one of them ("*").
    const isSmall = (m: number) => statuses[m] === 'primary' || (statuses[m] === 'shown' && value(m) > 0);
    const small = nearby(table, statuses, of, bad, isSmall);
    if (small.length > 0) hide(bad, small, 'withheld', isUndetermined, isSmall);
    else settled.add(bad);
  }
  return { statuses, ranges, secondary };
}
