import {
  memo,
  useCallback,
  useDeferredValue,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { JourneyRow } from '../../core/analysis/viewModel.ts';
import {
  concernText,
  filterJourneys,
  formatDays,
  journeyColumns,
  journeyListCaption,
  keyMove,
  nextSort,
  scrollToReveal,
  searchIndex,
  searchTerms,
  sortJourneys,
  visibleWindow,
  type JourneyColumn,
  type JourneySort,
} from './journeyListModel.ts';
import { MissedMark } from './MissedMark.tsx';
import './journeys.css';

export interface JourneyListProps {
  readonly rows: readonly JourneyRow[];
  /** A concern code's label. Keep its identity stable (module scope or useCallback): the search index depends on it. */
  readonly concernsLabel: (id: string) => string;
  /** `JourneyRow.index` of the selected journey. */
  readonly selectedIndex: number | null;
  readonly onSelect: (index: number) => void;
  /** When the list is filtered to the journeys through a service: its label, for the caption. */
  readonly highlightServiceLabel?: string | undefined;
  /** Attribute columns to show (e.g. `age_band`), in order. */
  readonly attributeColumns?: readonly string[] | undefined;
  /** Says "synthetic cohort" in the caption. */
  readonly synthetic?: boolean | undefined;
  /** Height of the scrolling area in pixels. Default 420. */
  readonly height?: number | undefined;
}

/** Measured from the first rendered row; this is only the first guess (CSS sets 2.5rem). */
const DEFAULT_ROW_HEIGHT = 40;

function SortIcon({ direction }: { direction: 'ascending' | 'descending' | undefined }): ReactNode {
  return (
    <svg className="journey-list__sort-icon" viewBox="0 0 10 14" aria-hidden="true" focusable="false">
      <path className={direction === 'descending' ? 'is-faint' : ''} d="M5 1 9 6H1Z" />
      <path className={direction === 'ascending' ? 'is-faint' : ''} d="M5 13 1 8h8Z" />
    </svg>
  );
}

interface RowProps {
  readonly row: JourneyRow;
  readonly position: number;
  readonly columns: readonly JourneyColumn[];
  readonly concernsLabel: (id: string) => string;
  readonly selected: boolean;
  readonly tabbable: boolean;
  readonly onSelect: (index: number) => void;
}

const JourneyListRow = memo(function JourneyListRow({
  row,
  position,
  columns,
  concernsLabel,
  selected,
  tabbable,
  onSelect,
}: RowProps): ReactNode {
  const concerns = concernText(row, concernsLabel);
  return (
    <tr
      aria-rowindex={position + 2}
      className={`journey-list__row${selected ? ' is-selected' : ''}${row.missedPoints > 0 ? ' has-missed' : ''}`}
      onClick={() => {
        onSelect(row.index);
      }}
    >
      {columns.map((c) => {
        switch (c.key) {
          case 'id':
            return (
              <th key={c.key} scope="row">
                <button
                  type="button"
                  className="journey-list__select"
                  tabIndex={tabbable ? 0 : -1}
                  aria-pressed={selected}
                  data-index={row.index}
                  data-position={position}
                  onClick={(e) => {
                    // The row's own click handler selects; this keeps one call per click.
                    e.stopPropagation();
                    onSelect(row.index);
                  }}
                >
                  {row.id}
                </button>
              </th>
            );
          case 'crisis':
            return (
              <td key={c.key}>
                {row.reachedCrisis ? (
                  <span className="journey-list__crisis">
                    <svg
                      className="journey-list__crisis-icon"
                      viewBox="0 0 12 12"
                      aria-hidden="true"
                      focusable="false"
                    >
                      <path d="M6 0.6 11.6 11H0.4Z" />
                    </svg>
                    Yes
                  </span>
                ) : (
                  'No'
                )}
              </td>
            );
          case 'lead':
            return (
              <td key={c.key} className="is-numeric">
                {row.leadTimeDays === null ? (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">none</span>
                  </>
                ) : (
                  formatDays(row.leadTimeDays)
                )}
              </td>
            );
          case 'missed':
            return (
              <td key={c.key} className="is-numeric">
                {row.missedPoints > 0 ? (
                  <span className="journey-list__missed">
                    <MissedMark className="journey-list__missed-icon" />
                    {row.missedPoints}
                  </span>
                ) : (
                  <span className="journey-list__none">0</span>
                )}
              </td>
            );
          case 'concerns':
            return (
              <td key={c.key} className="journey-list__concerns" title={concerns}>
                {concerns}
              </td>
            );
          default: {
            const value = row.attributes[c.key.slice(5)];
            return <td key={c.key}>{value ?? ''}</td>;
          }
        }
      })}
    </tr>
  );
});

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
  highlightServiceLabel,
  attributeColumns = [],
  synthetic = false,
  height = 420,
}: JourneyListProps): ReactNode {
  const id = useId();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);

  const [sort, setSort] = useState<JourneySort | null>(null);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [scroll, setScroll] = useState({ top: 0, height });
  const [metrics, setMetrics] = useState({ rowHeight: DEFAULT_ROW_HEIGHT, bodyTop: 0, headerHeight: 0 });
  /** The row keyboard focus is on (`JourneyRow.index`), and a counter that asks for focus to move to it. */
  const [active, setActive] = useState<{ index: number | null; focus: number }>({ index: null, focus: 0 });

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

  const positionOf = useCallback(
    (journeyIndex: number | null): number => {
      if (journeyIndex === null) return -1;
      for (let p = 0; p < shown.length; p++) if (rows[shown[p] as number]?.index === journeyIndex) return p;
      return -1;
    },
    [rows, shown],
  );
  const activePosition = useMemo(() => positionOf(active.index), [positionOf, active.index]);

  const { first, last } = visibleWindow({
    scrollTop: scroll.top,
    viewportHeight: scroll.height,
    rowHeight: metrics.rowHeight,
    bodyTop: metrics.bodyTop,
    total: shown.length,
  });

  // Where the body starts (below caption and header) and how tall a row really is (fonts and zoom vary).
  const measure = useCallback(() => {
    const scroller = scrollerRef.current;
    const head = headRef.current;
    const body = bodyRef.current;
    if (!scroller || !head || !body) return;
    const rowEl = body.querySelector<HTMLTableRowElement>('tr.journey-list__row');
    const top = body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    const next = {
      rowHeight: rowEl ? rowEl.getBoundingClientRect().height : DEFAULT_ROW_HEIGHT,
      bodyTop: Math.round(top),
      headerHeight: head.getBoundingClientRect().height,
    };
    setMetrics((m) =>
      Math.abs(m.rowHeight - next.rowHeight) < 0.5 &&
      m.bodyTop === next.bodyTop &&
      m.headerHeight === next.headerHeight
        ? m
        : next,
    );
    setScroll((s) => (s.height === scroller.clientHeight ? s : { ...s, height: scroller.clientHeight }));
  }, []);

  const hasRows = shown.length > 0;
  useLayoutEffect(() => {
    measure();
    const scroller = scrollerRef.current;
    if (!scroller || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    return () => {
      observer.disconnect();
    };
  }, [measure, hasRows, highlightServiceLabel, synthetic]);

  // Move focus to the active row once it is rendered (after a key press scrolled it into view).
  useLayoutEffect(() => {
    if (active.focus === 0 || active.index === null) return;
    bodyRef.current
      ?.querySelector<HTMLButtonElement>(`button[data-index="${String(active.index)}"]`)
      ?.focus({ preventScroll: true });
  }, [active]);

  const moveTo = useCallback(
    (position: number) => {
      const scroller = scrollerRef.current;
      const row = rows[shown[position] as number];
      if (!scroller || !row) return;
      const top = scrollToReveal({
        position,
        scrollTop: scroller.scrollTop,
        viewportHeight: scroller.clientHeight,
        rowHeight: metrics.rowHeight,
        bodyTop: metrics.bodyTop,
        headerHeight: metrics.headerHeight,
      });
      if (top !== scroller.scrollTop) scroller.scrollTop = top;
      // Render the window around the row now, not on the next scroll event, so focus can land on it.
      setScroll((s) => ({ ...s, top: scroller.scrollTop }));
      setActive((a) => ({ index: row.index, focus: a.focus + 1 }));
    },
    [rows, shown, metrics],
  );

  // A new sort or search starts at the top of the list, where its first results are.
  const toTop = () => {
    if (scrollerRef.current) scrollerRef.current.scrollTop = 0;
    setScroll((s) => ({ ...s, top: 0 }));
  };

  const onBodyKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = e.target as HTMLElement;
    const from = Number(target.dataset['position'] ?? activePosition);
    const pageSize = Math.max(1, Math.floor((scroll.height - metrics.headerHeight) / metrics.rowHeight) - 1);
    const to = keyMove(e.key, from, shown.length, pageSize);
    if (to === null) return;
    e.preventDefault();
    moveTo(to);
  };

  const select = useCallback(
    (journeyIndex: number) => {
      setActive((a) => ({ index: journeyIndex, focus: a.focus }));
      onSelect(journeyIndex);
    },
    [onSelect],
  );

  // One row is in the tab order: the active one when rendered, else the selected one, else the first in view.
  const selectedPosition = useMemo(() => positionOf(selectedIndex), [positionOf, selectedIndex]);
  const inView = (p: number) => p >= first && p < last;
  const tabbablePosition = inView(activePosition)
    ? activePosition
    : inView(selectedPosition)
      ? selectedPosition
      : first;

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
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-search-help`}
          onChange={(e) => {
            setQuery(e.target.value);
            toTop();
          }}
        />
        <span id={`${id}-search-help`} className="journey-list__hint">
          Id, concern or {attributeColumns.length > 0 ? 'attribute value' : 'code'}
        </span>
        <p className="journey-list__status" role="status">
          {shown.length === rows.length
            ? `${rows.length.toLocaleString('en-GB')} journeys`
            : `Showing ${shown.length.toLocaleString('en-GB')} of ${rows.length.toLocaleString('en-GB')} journeys`}
          {sortedColumn ? `, sorted by ${sortedColumn.label.toLowerCase()}, ${sort?.direction ?? ''}` : ''}
        </p>
      </div>
      <div
        ref={scrollerRef}
        className="journey-list__scroller"
        style={{ height: `${String(height)}px` }}
        onScroll={(e) => {
          const top = e.currentTarget.scrollTop;
          setScroll((s) => (s.top === top ? s : { ...s, top }));
        }}
      >
        <table className="journey-list__table" aria-rowcount={shown.length + 1}>
          <caption>{caption}</caption>
          <colgroup>
            {columns.map((c) => (
              <col
                key={c.key}
                className={`journey-list__col journey-list__col--${c.key.startsWith('attr:') ? 'attr' : c.key}`}
              />
            ))}
          </colgroup>
          <thead ref={headRef}>
            <tr aria-rowindex={1}>
              {columns.map((c) => {
                const direction = sort?.key === c.key ? sort.direction : undefined;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={direction}
                    className={c.numeric ? 'is-numeric' : undefined}
                  >
                    <button
                      type="button"
                      className="journey-list__sort"
                      onClick={() => {
                        setSort((s) => nextSort(s, c.key));
                        toTop();
                      }}
                    >
                      <span>{c.label}</span>
                      <SortIcon direction={direction} />
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody ref={bodyRef} onKeyDown={onBodyKeyDown}>
            {first > 0 ? (
              <tr
                className="journey-list__spacer"
                aria-hidden="true"
                style={{ height: `${String(first * metrics.rowHeight)}px` }}
              >
                <td colSpan={columns.length} />
              </tr>
            ) : null}
            {bodyRows}
            {last < shown.length ? (
              <tr
                className="journey-list__spacer"
                aria-hidden="true"
                style={{ height: `${String((shown.length - last) * metrics.rowHeight)}px` }}
              >
                <td colSpan={columns.length} />
              </tr>
            ) : null}
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
