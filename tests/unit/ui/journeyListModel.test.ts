import { describe, expect, it } from 'vitest';
import type { JourneyRow } from '../../../src/core/analysis/viewModel.ts';
import {
  attributeLabel,
  filterJourneys,
  formatDays,
  journeyColumns,
  journeyListCaption,
  naturalKey,
  nextSort,
  searchIndex,
  sortJourneys,
  type JourneySort,
} from '../../../src/ui/journeys/journeyListModel.ts';
import { keyMove, scrollToReveal, visibleWindow } from '../../../src/ui/journeys/journeyListWindow.ts';
import { coventryFixture, generatedJourneyRows } from '../../../src/ui/testing/cohortFixture.ts';

const { rows, concernLabel } = coventryFixture;
const ids = (order: Int32Array, from: readonly JourneyRow[] = rows) => [...order].map((p) => from[p]?.id);
const sortBy = (key: JourneySort['key'], direction: JourneySort['direction'] = 'ascending', from = rows) =>
  ids(sortJourneys(from, { key, direction }, concernLabel), from);

const row = (over: Partial<JourneyRow> & { id: string }): JourneyRow => ({
  index: 0,
  events: 1,
  reachedCrisis: false,
  leadTimeDays: null,
  missedPoints: 0,
  offPathway: 0,
  concerns: [],
  attributes: {},
  ...over,
});

describe('journey list columns and sort state', () => {
  it('has the fixed columns, then one per attribute', () => {
    expect(journeyColumns(['age_band']).map((c) => [c.key, c.label, c.numeric])).toEqual([
      ['id', 'Journey', false],
      ['crisis', 'Crisis reached', false],
      ['lead', 'Lead time (days)', true],
      ['missed', 'Missed points', true],
      ['concerns', 'Concerns', false],
      ['attr:age_band', 'Age band', false],
    ]);
    expect(attributeLabel('local-authority_area')).toBe('Local authority area');
  });

  it('sorts a new column ascending and flips the sorted one', () => {
    const a = nextSort(null, 'missed');
    expect(a).toEqual({ key: 'missed', direction: 'ascending' });
    const b = nextSort(a, 'missed');
    expect(b).toEqual({ key: 'missed', direction: 'descending' });
    expect(nextSort(b, 'missed').direction).toBe('ascending');
    expect(nextSort(b, 'id')).toEqual({ key: 'id', direction: 'ascending' });
  });
});

describe('sortJourneys', () => {
  it('keeps cohort order without a sort', () => {
    expect(ids(sortJourneys(rows, null, concernLabel))).toEqual(rows.map((r) => r.id));
  });

  it('sorts numbers, keeping cohort order among ties in both directions', () => {
    expect(sortBy('missed')).toEqual(['C02', 'C03', 'C08', 'C09', 'C10', 'C04', 'C05', 'C06', 'C07', 'C01']);
    expect(sortBy('missed', 'descending')).toEqual([
      'C01',
      'C04',
      'C05',
      'C06',
      'C07',
      'C03',
      'C08',
      'C09',
      'C10',
      'C02',
    ]);
    expect(sortBy('lead').slice(0, 3)).toEqual(['C01', 'C03', 'C02']);
  });

  it('sorts text naturally (C2 before C10) and ignores case', () => {
    const mixed = [row({ id: 'c10' }), row({ id: 'C2' }), row({ id: 'C1' }), row({ id: 'b7' })];
    expect(sortBy('id', 'ascending', mixed)).toEqual(['b7', 'C1', 'C2', 'c10']);
    expect(sortBy('id', 'descending', mixed)).toEqual(['c10', 'C2', 'C1', 'b7']);
    expect(naturalKey('J007')).toBe(naturalKey('j7'));
  });

  it('puts missing values last in either direction', () => {
    const some = [
      row({ id: 'a', leadTimeDays: 5, attributes: { band: 'x' } }),
      row({ id: 'b', leadTimeDays: null }),
      row({ id: 'c', leadTimeDays: 9, attributes: { band: 'y' } }),
    ];
    expect(sortBy('lead', 'ascending', some)).toEqual(['a', 'c', 'b']);
    expect(sortBy('lead', 'descending', some)).toEqual(['c', 'a', 'b']);
    expect(sortBy('attr:band', 'descending', some)).toEqual(['c', 'a', 'b']);
  });

  it('sorts crisis reached (No before Yes) and concerns by their labels', () => {
    const some = [
      row({ id: 'a', reachedCrisis: true, concerns: ['self_harm'] }),
      row({ id: 'b', reachedCrisis: false, concerns: ['anxiety'] }),
      row({ id: 'c', reachedCrisis: true, concerns: ['bullying', 'anxiety'] }),
    ];
    expect(sortBy('crisis', 'ascending', some)).toEqual(['b', 'a', 'c']);
    // Labels: "Self-harm", "Anxiety", "Bullying, Anxiety".
    expect(sortBy('concerns', 'ascending', some)).toEqual(['b', 'c', 'a']);
  });
});

describe('searching', () => {
  const index = searchIndex(rows, concernLabel);
  const all = sortJourneys(rows, null, concernLabel);
  const find = (q: string) => ids(filterJourneys(all, index, q));

  it('matches ids, concern codes, concern labels and attribute values, ignoring case', () => {
    expect(find('c07')).toEqual(['C07']);
    expect(find('exploitation')).toEqual(['C06', 'C09']);
    expect(find('Suicidal thoughts').length).toBe(8);
    expect(find('11-13')).toEqual(['C04', 'C07', 'C10']);
  });

  it('needs every word to match, and keeps the sorted order', () => {
    expect(find('11-13 domestic')).toEqual(['C07', 'C10']);
    const byMissedDesc = sortJourneys(rows, { key: 'missed', direction: 'descending' }, concernLabel);
    expect(ids(filterJourneys(byMissedDesc, index, 'attachment'))).toEqual(['C04', 'C07', 'C10']);
  });

  it('returns the order unchanged for an empty query, and nothing for no match', () => {
    expect(filterJourneys(all, index, '  ')).toBe(all);
    expect(find('nobody')).toEqual([]);
  });
});

describe('virtual window and keyboard', () => {
  it('renders the rows in view plus an overscan', () => {
    const base = { viewportHeight: 400, rowHeight: 40, bodyTop: 80, total: 100_000, overscan: 5 };
    expect(visibleWindow({ ...base, scrollTop: 0 })).toEqual({ first: 0, last: 13 });
    expect(visibleWindow({ ...base, scrollTop: 80 + 40 * 1000 })).toEqual({ first: 995, last: 1015 });
    expect(visibleWindow({ ...base, scrollTop: 80 + 40 * 100_000 })).toEqual({
      first: 99_995,
      last: 100_000,
    });
    expect(visibleWindow({ ...base, total: 0, scrollTop: 0 })).toEqual({ first: 0, last: 0 });
  });

  it('scrolls just enough to reveal a row below the sticky header', () => {
    const base = { viewportHeight: 400, rowHeight: 40, bodyTop: 80, headerHeight: 44 };
    expect(scrollToReveal({ ...base, position: 3, scrollTop: 0 })).toBe(0);
    // Row 20 ends at 80 + 21 * 40 = 920: scrolled so that its bottom is the viewport's bottom.
    expect(scrollToReveal({ ...base, position: 20, scrollTop: 0 })).toBe(520);
    // Row 2 starts at 160; the header covers the top 44px of the viewport.
    expect(scrollToReveal({ ...base, position: 2, scrollTop: 300 })).toBe(116);
  });

  it('moves with arrows, Home, End and pages, within bounds', () => {
    expect(keyMove('ArrowDown', 0, 10, 5)).toBe(1);
    expect(keyMove('ArrowDown', 9, 10, 5)).toBe(9);
    expect(keyMove('ArrowUp', 0, 10, 5)).toBe(0);
    expect(keyMove('End', 2, 10, 5)).toBe(9);
    expect(keyMove('Home', 7, 10, 5)).toBe(0);
    expect(keyMove('PageDown', 7, 10, 5)).toBe(9);
    expect(keyMove('PageUp', 7, 10, 5)).toBe(2);
    expect(keyMove('ArrowDown', -1, 10, 5)).toBe(0);
    expect(keyMove('Enter', 3, 10, 5)).toBeNull();
    expect(keyMove('ArrowDown', 0, 0, 5)).toBeNull();
  });
});

describe('words', () => {
  it('formats days and captions', () => {
    expect(formatDays(157)).toBe('157');
    expect(formatDays(2.25)).toBe('2.3');
    expect(formatDays(null)).toBe('—');
    expect(journeyListCaption({ shown: 10, total: 10, synthetic: true })).toBe(
      'Journeys (10) — synthetic cohort, not real children',
    );
    expect(journeyListCaption({ shown: 3, total: 100_000, highlightServiceLabel: 'School' })).toBe(
      'Journeys through School (3 of 100,000)',
    );
  });
});

describe('100,000 rows', () => {
  it('sorts and searches them (timings printed, not asserted)', () => {
    const many = generatedJourneyRows(coventryFixture.pathway, 100_000, 1);
    // The median of five runs (the first warms the JIT up), so a busy machine skews the figure less.
    const time = (label: string, run: () => unknown) => {
      const ms: number[] = [];
      let out: unknown;
      for (let r = 0; r < 5; r++) {
        const t0 = performance.now();
        out = run();
        ms.push(performance.now() - t0);
      }
      ms.sort((a, b) => a - b);
      console.log(`journey list, 100,000 rows: ${label} ${(ms[2] as number).toFixed(1)} ms (median of 5)`);
      return out;
    };
    const index = time('search index', () => searchIndex(many, concernLabel)) as string[];
    for (const key of ['id', 'crisis', 'lead', 'missed', 'concerns', 'attr:age_band'] as const) {
      const order = time(`sort by ${key}`, () =>
        sortJourneys(many, { key, direction: 'descending' }, concernLabel),
      ) as Int32Array;
      expect(order.length).toBe(100_000);
    }
    const order = sortJourneys(many, { key: 'missed', direction: 'descending' }, concernLabel);
    const found = time('search "self-harm 14-15"', () =>
      filterJourneys(order, index, 'self-harm 14-15'),
    ) as Int32Array;
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) expect(index[p]).toContain('14-15');
    // Descending by missed points: the first found has the most.
    expect(many[found[0]!]!.missedPoints).toBeGreaterThanOrEqual(
      many[found[found.length - 1]!]!.missedPoints,
    );
  });
});
