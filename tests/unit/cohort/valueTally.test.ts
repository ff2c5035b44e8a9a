import { describe, expect, it } from 'vitest';
import { ValueTally } from '../../../src/core/cohort/valueTally.ts';

describe('ValueTally counted elsewhere (a database GROUP BY) equals the rows noted one by one', () => {
  it('keeps the same values, counts and first rows, past the cap too', () => {
    const rows = ['b', 'a', 'b', 'c', 'a', 'd', 'b', 'e'].map((value, i) => ({ value, row: i + 2 }));
    const one = new ValueTally(3);
    for (const r of rows) one.note(r.value, r.row);
    const grouped = new ValueTally(3);
    const groups = new Map<string, { count: number; first: number }>();
    for (const r of rows) {
      const g = groups.get(r.value);
      if (g) g.count++;
      else groups.set(r.value, { count: 1, first: r.row });
    }
    // The first two groups listed, the rest only counted (as a query with a LIMIT would give them).
    const ordered = [...groups].sort((x, y) => x[1].first - y[1].first);
    for (const [value, g] of ordered.slice(0, 4)) grouped.noteGroup(value, g.count, g.first);
    const rest = ordered.slice(4);
    grouped.noteMore(
      rest.length,
      rest.reduce((n, [, g]) => n + g.count, 0),
    );
    expect(grouped.values()).toEqual(one.values());
    expect([grouped.rows, grouped.distinct, grouped.firstRow]).toEqual([
      one.rows,
      one.distinct,
      one.firstRow,
    ]);
    expect(grouped.distinct).toBe(5);
  });
});
