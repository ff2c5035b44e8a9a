import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attackRanges,
  priorRange,
  type LinearTable,
  type Relation,
  type TableCell,
} from '../../../src/core/disclosure/linearTable.ts';
import { suppressTable } from '../../../src/core/disclosure/secondarySuppression.ts';
import { exactSets, type Known } from './exactAttack.ts';

/**
 * A random published table of the shapes the outputs publish: a grand total over groups (agencies),
 * each the total of its parts (services), and shares of the grand total with an unpublished remainder
 * (journeys that did or did not reach a crisis). Counts are mostly small, so that "<5" is common.
 */
const arbTable = fc
  .record({
    groups: fc.array(
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 14 })), {
        minLength: 1,
        maxLength: 4,
      }),
      { minLength: 1, maxLength: 3 },
    ),
    shares: fc.array(fc.nat(), { maxLength: 2 }),
  })
  .map(({ groups, shares }): LinearTable => {
    const cells: TableCell[] = [];
    const relations: Relation[] = [];
    const add = (name: string, value: number, published = true, weight = 0) => {
      cells.push({ name, value, published, weight });
      return cells.length - 1;
    };
    const total = add(
      'total',
      groups.flat().reduce((a, b) => a + b, 0),
      true,
      1000,
    );
    const groupCells = groups.map((parts, g) => {
      const cell = add(
        `group ${String(g)}`,
        parts.reduce((a, b) => a + b, 0),
      );
      relations.push({ total: cell, parts: parts.map((v, p) => add(`part ${String(g)}.${String(p)}`, v)) });
      return cell;
    });
    relations.push({ total, parts: groupCells });
    const whole = cells[total]?.value ?? 0;
    for (const [k, s] of shares.entries()) {
      const part = whole === 0 ? 0 : s % (whole + 1);
      const rest = whole - part;
      const p = add(`share ${String(k)}`, part);
      const r = add(`rest ${String(k)}`, rest, rest > 0 && rest < 5 && whole >= 9);
      relations.push({ total, parts: [p, r] });
    }
    return { cells, relations };
  });

const CAP = 80;

describe('secondary suppression: no "<5" can be worked out from what is published', () => {
  it('recovers nothing in the example of the issue (15 in all, 11 at school, "<5" at the GP)', () => {
    const table: LinearTable = {
      cells: [
        { name: 'total', value: 15, published: true, weight: 1000 },
        { name: 'school', value: 11, published: true },
        { name: 'gp', value: 4, published: true },
        { name: 'police', value: 0, published: true },
      ],
      relations: [{ total: 0, parts: [1, 2, 3] }],
    };
    const naive = attackRanges(table, ['shown', 'shown', 'primary', 'shown'], 0);
    expect(naive[2]).toEqual({ lo: 4, hi: 4 });
    const p = suppressTable(table, 0);
    // The school is hidden rather than the total (which the headline states), and the zero stays.
    expect(p.statuses).toEqual(['shown', 'secondary', 'primary', 'shown']);
    expect(p.ranges[2]).toEqual({ lo: 1, hi: 4 });
  });

  it('hides the total when no part can protect a "<5" (1 and 5 of 6)', () => {
    const table: LinearTable = {
      cells: [
        { name: 'total', value: 6, published: true, weight: 1000 },
        { name: 'a', value: 1, published: true },
        { name: 'b', value: 5, published: true },
      ],
      relations: [{ total: 0, parts: [1, 2] }],
    };
    const p = suppressTable(table, 0);
    expect(p.statuses).toEqual(['secondary', 'primary', 'shown']);
    expect(p.ranges[1]).toEqual({ lo: 1, hi: 4 });
  });

  it('for random tables, every "<5" could still be any count from 1 to 4 (seeded, solved exhaustively)', () => {
    let narrowed = 0;
    let primaries = 0;
    fc.assert(
      fc.property(arbTable, fc.constantFrom<0 | 5>(0, 5), (table, roundTo) => {
        const p = suppressTable(table, roundTo);
        const known: Known[] = table.cells.map((c, i) =>
          priorRange(c.value, p.statuses[i] ?? 'shown', roundTo),
        );
        const sets = exactSets(table, known, CAP);
        table.cells.forEach((c, i) => {
          const s = p.statuses[i];
          const possible = sets[i] as Set<number>;
          // The true table is among the solutions.
          expect(possible.has(c.value)).toBe(true);
          // No "<5", withheld cell or small remainder is pinned to one count, nor is a hidden count.
          if (s !== 'shown' && (s !== 'unpublished' || (c.value > 0 && c.value < 5)))
            expect(possible.size).toBeGreaterThanOrEqual(2);
          // A "<5" could be any of 1 to 4 unless everything around it is below 5 too.
          if (s === 'primary' && ![1, 2, 3, 4].every((v) => possible.has(v))) {
            const around = table.relations
              .filter((r) => r.total === i || r.parts.includes(i))
              .flatMap((r) => [r.total, ...r.parts]);
            expect(
              around.filter((m) => p.statuses[m] === 'shown' && (table.cells[m]?.value ?? 0) >= 5),
            ).toEqual([]);
            narrowed++;
          }
          // Zeros and counts of 5 or more are never shown as "<5"; a "<5" is always 1 to 4.
          if (s === 'primary') expect(c.value >= 1 && c.value <= 4).toBe(true);
          if (s === 'secondary') expect(c.value).toBeGreaterThanOrEqual(5);
          if (s === 'primary') primaries++;
        });
      }),
      { seed: 1414, numRuns: 300 },
    );
    // Narrowed "<5" cells (all-small neighbourhoods) are the exception.
    expect(narrowed).toBeLessThan(primaries / 5);
  });

  it('withholds a count when four "<5" under a total of "<5" would each be 1', () => {
    const table: LinearTable = {
      cells: [
        { name: 'total', value: 4, published: true, weight: 1000 },
        ...[1, 2, 3, 4].map((k) => ({ name: `s${String(k)}`, value: 1, published: true })),
      ],
      relations: [{ total: 0, parts: [1, 2, 3, 4] }],
    };
    const p = suppressTable(table, 0);
    expect(p.statuses.filter((s) => s === 'withheld')).toHaveLength(1);
    const sets = exactSets(
      table,
      table.cells.map((c, i) => priorRange(c.value, p.statuses[i] ?? 'shown', 0)),
      CAP,
    );
    for (const set of sets) expect(set.size).toBeGreaterThanOrEqual(2);
  });

  it('computes what an attacker can know exactly (bounds propagation equals exhaustive solving)', () => {
    fc.assert(
      fc.property(arbTable, fc.constantFrom<0 | 5>(0, 5), (table, roundTo) => {
        const p = suppressTable(table, roundTo);
        const known: Known[] = table.cells.map((c, i) =>
          priorRange(c.value, p.statuses[i] ?? 'shown', roundTo),
        );
        const sets = exactSets(table, known, CAP);
        const ranges = attackRanges(table, p.statuses, roundTo);
        sets.forEach((set, i) => {
          const values = [...set];
          const r = ranges[i] as { lo: number; hi: number };
          expect(r.lo).toBe(Math.min(...values));
          // An open interval is open in both; a closed one has the same top.
          if (r.hi !== Infinity) expect(r.hi).toBe(Math.max(...values));
          else expect(Math.max(...values)).toBeGreaterThan(CAP / 2);
          // No holes: every count between the bounds is possible.
          expect(values.length).toBe(Math.max(...values) - r.lo + 1);
        });
      }),
      { seed: 2024, numRuns: 200 },
    );
  });

  it('the check can fail: without secondary suppression, random tables give "<5" cells away', () => {
    let exposed = 0;
    fc.assert(
      fc.property(arbTable, (table) => {
        const statuses = table.cells.map((c) =>
          !c.published
            ? ('unpublished' as const)
            : c.value > 0 && c.value < 5
              ? ('primary' as const)
              : ('shown' as const),
        );
        const known: Known[] = table.cells.map((c, i) => priorRange(c.value, statuses[i] ?? 'shown', 0));
        const sets = exactSets(table, known, CAP);
        if (statuses.some((s, i) => s === 'primary' && (sets[i] as Set<number>).size < 4)) exposed++;
      }),
      { seed: 1414, numRuns: 300 },
    );
    expect(exposed).toBeGreaterThan(50);
  });
});
