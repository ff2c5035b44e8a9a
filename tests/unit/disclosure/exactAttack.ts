import type { LinearTable } from '../../../src/core/disclosure/linearTable.ts';

/**
 * An attacker who finds every table consistent with what is published, independently of the bounds
 * propagation under test: each cell's set of possible whole numbers, by exhaustive dynamic programming
 * over the relations (sum-sets of the parts' possible values), with every other cell free within what
 * is published. Works for tables where each cell is a part of at most one relation (hierarchies and
 * shares of one whole), which is every table the outputs publish.
 *
 * `known[i]` is what the reader knows of cell i before any arithmetic: a set of values (a published
 * count), an interval, or an interval open above (capped at `cap`, larger than any total in the test).
 */
export type Known = { readonly lo: number; readonly hi: number };

type Values = Set<number>;

function range(k: Known, cap: number): Values {
  const out = new Set<number>();
  for (let v = k.lo; v <= Math.min(k.hi, cap); v++) out.add(v);
  return out;
}

function sumSet(a: Values, b: Values, cap: number): Values {
  const out = new Set<number>();
  for (const x of a) for (const y of b) if (x + y <= cap) out.add(x + y);
  return out;
}

const intersect = (a: Values, b: Values): Values => new Set([...a].filter((x) => b.has(x)));

/** Every value each cell can take in some table that agrees with `known` and the relations. */
export function exactSets(
  table: LinearTable,
  known: readonly Known[],
  cap: number,
  only?: ReadonlySet<number>,
): Values[] {
  const n = table.cells.length;
  const parentOf = new Array<number>(n).fill(-1);
  const groups: number[][][] = Array.from({ length: n }, () => []);
  table.relations.forEach((r) => {
    groups[r.total]?.push([...r.parts]);
    for (const p of r.parts) {
      if (parentOf[p] !== -1) throw new Error('exactSets: a cell is a part of two relations');
      parentOf[p] = r.total;
    }
  });
  // Only the trees that hold a relation matter to one another; a cell in none is what is published of it.
  const roots = [...Array(n).keys()].filter((i) => parentOf[i] === -1 && (groups[i]?.length ?? 0) > 0);

  // Possible values of a subtree's root from below, with `fixed` cells pinned to one value.
  const below = (i: number, fixed: ReadonlyMap<number, number>): Values => {
    let own = fixed.has(i)
      ? intersect(new Set([fixed.get(i) as number]), range(known[i] as Known, cap))
      : range(known[i] as Known, cap);
    for (const parts of groups[i] ?? []) {
      let sums: Values = new Set([0]);
      for (const p of parts) sums = sumSet(sums, below(p, fixed), cap);
      own = intersect(own, sums);
    }
    return own;
  };
  const feasible = (fixed: ReadonlyMap<number, number>) => roots.every((r) => below(r, fixed).size > 0);

  return table.cells.map((_, i) => {
    const out = new Set<number>();
    if (only && !only.has(i)) return out;
    for (const v of range(known[i] as Known, cap)) if (feasible(new Map([[i, v]]))) out.add(v);
    return out;
  });
}
