import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useState,
  type KeyboardEvent,
  type RefObject,
  type UIEvent,
} from 'react';
import type { JourneyRow } from '../../core/analysis/viewModel.ts';
import { keyMove, scrollToReveal, visibleWindow } from './journeyListWindow.ts';

/** Measured from the first rendered row; this is only the first guess (CSS sets 2.5rem). */
const DEFAULT_ROW_HEIGHT = 40;

/** The elements the list measures and moves focus in (made by the component, which renders them). */
export interface ListElements {
  readonly scrollerRef: RefObject<HTMLDivElement | null>;
  readonly headRef: RefObject<HTMLTableSectionElement | null>;
  readonly bodyRef: RefObject<HTMLTableSectionElement | null>;
}

export interface VirtualRows {
  /** Positions (into `shown`) rendered: `first` inclusive to `last` exclusive. */
  readonly first: number;
  readonly last: number;
  readonly rowHeight: number;
  /** The one row in the tab order. */
  readonly tabbablePosition: number;
  readonly onScroll: (event: UIEvent<HTMLDivElement>) => void;
  readonly onBodyKeyDown: (event: KeyboardEvent<HTMLTableSectionElement>) => void;
  /** Back to the top (a new sort or search: its first results are there). */
  readonly toTop: () => void;
  /** Makes a journey (`JourneyRow.index`) the active row, as a click does. */
  readonly activate: (journeyIndex: number) => void;
}

/**
 * The virtual scrolling and keyboard of a long list: which rows to render for the scroll position
 * (measuring the real row height), which row is in the tab order (the active one, else the selected
 * one, else the first in view), and the keys that move between rows and scroll the row into view.
 * `remeasureKey` changes when the layout above the rows (caption, header) may have.
 */
export function useVirtualRows(
  elements: ListElements,
  args: {
    readonly rows: readonly JourneyRow[];
    readonly shown: Int32Array;
    readonly height: number;
    readonly selectedIndex: number | null;
    readonly remeasureKey: string;
  },
): VirtualRows {
  const { rows, shown, height, selectedIndex } = args;
  const { scrollerRef, headRef, bodyRef } = elements;
  const [scroll, setScroll] = useState({ top: 0, height });
  const [metrics, setMetrics] = useState({ rowHeight: DEFAULT_ROW_HEIGHT, bodyTop: 0, headerHeight: 0 });
  /** The row keyboard focus is on (`JourneyRow.index`), and a counter that asks for focus to move to it. */
  const [active, setActive] = useState<{ index: number | null; focus: number }>({ index: null, focus: 0 });

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
  }, [scrollerRef, headRef, bodyRef]);

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
  }, [measure, scrollerRef, hasRows, args.remeasureKey]);

  // Move focus to the active row once it is rendered (after a key press scrolled it into view).
  useLayoutEffect(() => {
    if (active.focus === 0 || active.index === null) return;
    bodyRef.current
      ?.querySelector<HTMLButtonElement>(`button[data-index="${String(active.index)}"]`)
      ?.focus({ preventScroll: true });
  }, [active, bodyRef]);

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
    [rows, shown, metrics, scrollerRef],
  );

  const toTop = useCallback(() => {
    if (scrollerRef.current) scrollerRef.current.scrollTop = 0;
    setScroll((s) => ({ ...s, top: 0 }));
  }, [scrollerRef]);

  const onBodyKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = e.target as HTMLElement;
    const from = Number(target.dataset['position'] ?? activePosition);
    const pageSize = Math.max(1, Math.floor((scroll.height - metrics.headerHeight) / metrics.rowHeight) - 1);
    const to = keyMove(e.key, from, shown.length, pageSize);
    if (to === null) return;
    e.preventDefault();
    moveTo(to);
  };

  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const top = e.currentTarget.scrollTop;
    setScroll((s) => (s.top === top ? s : { ...s, top }));
  };

  const activate = useCallback((journeyIndex: number) => {
    setActive((a) => ({ index: journeyIndex, focus: a.focus }));
  }, []);

  // One row is in the tab order: the active one when rendered, else the selected one, else the first in view.
  const selectedPosition = useMemo(() => positionOf(selectedIndex), [positionOf, selectedIndex]);
  const inView = (p: number) => p >= first && p < last;
  const tabbablePosition = inView(activePosition)
    ? activePosition
    : inView(selectedPosition)
      ? selectedPosition
      : first;

  return {
    first,
    last,
    rowHeight: metrics.rowHeight,
    tabbablePosition,
    onScroll,
    onBodyKeyDown,
    toTop,
    activate,
  };
}
