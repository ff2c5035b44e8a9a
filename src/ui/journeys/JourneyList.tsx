import { useDeferredValue, useId, useMemo, useRef, type ReactNode } from 'react';
import type { JourneyRow } from '../../core/analysis/viewModel.ts';
import {
  filterJourneys,
  journeyColumns,
  journeyListCaption,
  searchIndex,
  searchTerms,
  sortJourneys,
  type JourneySort,
} from './journeyListModel.ts';
import { JourneyListHead } from './JourneyListHead.tsx';
import { JourneyListRow } from './JourneyListRow.tsx';
import { useVirtualRows } from './useVirtualRows.ts';
import './journeys.css';

export interface JourneyListProps {
  readonly rows: readonly JourneyRow[];
  /** A concern code's label. Keep its identity stable (module scope or useCallback): the search index depends on it. */
  readonly concernsLabel: (id: string) => string;
  /** `JourneyRow.index` of the selected journey. */
  readonly selectedIndex: number | null;
  readonly onSelect: (index: number) => void;
  /** The sort (null: cohort order) and the search, held by the owner (the explorer's view state). */
  readonly sort: JourneySort | null;
  readonly onSortChange: (sort: JourneySort) => void;
  readonly search: string;
  readonly onSearchChange: (search: string) => void;
  /** When the list is filtered to the journeys through a service: its label, for the caption. */
  readonly highlightServiceLabel?: string | undefined;
  /** Attribute columns to show (e.g. `age_band`), in order. */
  readonly attributeColumns?: readonly string[] | undefined;
  /** Says "synthetic cohort" in the caption. */
  readonly synthetic?: boolean | undefined;
  /** Height of the scrolling area in pixels. Default 420. */
  readonly height?: number | undefined;
}

const EMPTY: readonly string[] = [];

/** Width of a column in rem (as journeyList.css sets them; the concerns take what is left, 14 rem at least). */
const columnRem = (key: string): number => (key === 'concerns' ? 14 : key.startsWith('attr:') ? 8 : 7.5);

/**
 * The journeys of the loaded cohort as a sortable, searchable table that stays fast at 100,000 rows: only
 * the rows in view are rendered, between two spacer rows, and `aria-rowcount` / `aria-rowindex` tell
 * screen readers the real size. Tab reaches one row; Up, Down, Home, End, Page Up and Page Down move
 * between rows (scrolling the row into view); Enter or Space selects it.
 */
export function JourneyList({
  rows,
  concernsLabel,
  selectedIndex,
  onSelect,
  sort,
  onSortChange,
  search,
  onSearchChange,
  highlightServiceLabel,
  attributeColumns = EMPTY,
  synthetic = false,
  height = 420,
}: JourneyListProps): ReactNode {
  const id = useId();
  const deferredQuery = useDeferredValue(search);

  const columns = useMemo(() => journeyColumns(attributeColumns), [attributeColumns]);
  const order = useMemo(() => sortJourneys(rows, sort, concernsLabel), [rows, sort, concernsLabel]);
  // The search index is built on the first search, not on every load of 100,000 rows.
  const searching = searchTerms(deferredQuery).length > 0;
  const index = useMemo(
    () => (searching ? searchIndex(rows, concernsLabel) : null),
    [rows, concernsLabel, searching],
  );
  const shown = useMemo(
    () => (index ? filterJourneys(order, index, deferredQuery) : order),
    [order, index, deferredQuery],
  );
  const scrollerRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const { first, last, rowHeight, activate, tabbablePosition, onScroll, onBodyKeyDown, toTop } =
    useVirtualRows(
      { scrollerRef, headRef, bodyRef },
      {
        rows,
        shown,
        height,
        selectedIndex,
        remeasureKey: `${highlightServiceLabel ?? ''}|${String(synthetic)}`,
      },
    );

  const select = useMemo(
    () => (journeyIndex: number) => {
      activate(journeyIndex);
      onSelect(journeyIndex);
    },
    [activate, onSelect],
  );

  const caption = journeyListCaption({
    shown: shown.length,
    total: rows.length,
    highlightServiceLabel,
    synthetic,
  });
  const sortedColumn = sort ? columns.find((c) => c.key === sort.key) : undefined;

  const bodyRows: ReactNode[] = [];
  for (let p = first; p < last; p++) {
    const row = rows[shown[p] as number] as JourneyRow;
    bodyRows.push(
      <JourneyListRow
        key={row.index}
        row={row}
        position={p}
        columns={columns}
        concernsLabel={concernsLabel}
        selected={row.index === selectedIndex}
        tabbable={p === tabbablePosition}
        onSelect={select}
      />,
    );
  }
  const spacer = (rowsHidden: number) => (
    <tr
      className="journey-list__spacer"
      aria-hidden="true"
      style={{ height: `${String(rowsHidden * rowHeight)}px` }}
    >
      <td colSpan={columns.length} />
    </tr>
  );
  const count = (n: number) => n.toLocaleString('en-GB');

  return (
    <div className="journey-list">
      <div className="journey-list__toolbar">
        <label htmlFor={`${id}-search`} className="journey-list__search-label">
          Search journeys
        </label>
        <input
          id={`${id}-search`}
          className="journey-list__search"
          type="search"
          value={search}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-search-help`}
          onChange={(e) => {
            onSearchChange(e.target.value);
            toTop();
          }}
        />
        <span id={`${id}-search-help`} className="journey-list__hint">
          Id, concern or {attributeColumns.length > 0 ? 'attribute value' : 'code'}
        </span>
        <p className="journey-list__status" role="status">
          {shown.length === rows.length
            ? `${count(rows.length)} journeys`
            : `Showing ${count(shown.length)} of ${count(rows.length)} journeys`}
          {sortedColumn ? `, sorted by ${sortedColumn.label.toLowerCase()}, ${sort?.direction ?? ''}` : ''}
        </p>
      </div>
      <div
        ref={scrollerRef}
        className="journey-list__scroller"
        style={{ height: `${String(height)}px` }}
        onScroll={onScroll}
      >
        <table
          className="journey-list__table"
          aria-rowcount={shown.length + 1}
          // Fixed columns (journeyList.css) and room for the concerns' first one in full: the list
          // scrolls sideways in a narrow panel rather than writing one column over the next.
          style={{ minWidth: `${String(columns.reduce((w, c) => w + columnRem(c.key), 0))}rem` }}
        >
          <caption>{caption}</caption>
          <JourneyListHead
            columns={columns}
            sort={sort}
            headRef={headRef}
            onSortChange={(next) => {
              onSortChange(next);
              // A new sort starts at the top of the list, where its first results are.
              toTop();
            }}
          />
          <tbody ref={bodyRef} onKeyDown={onBodyKeyDown}>
            {first > 0 ? spacer(first) : null}
            {bodyRows}
            {last < shown.length ? spacer(shown.length - last) : null}
            {shown.length === 0 ? (
              <tr className="journey-list__empty">
                <td colSpan={columns.length}>
                  {rows.length === 0
                    ? 'No journeys to show.'
                    : `No journey matches “${deferredQuery.trim()}”.`}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
