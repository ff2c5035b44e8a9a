/**
 * The journey list's virtual window, scrolling to a row and keyboard moves, as pure functions of the
 * scroller's numbers, so they are tested in Node: only the rows on screen are rendered.
 */

export interface WindowInput {
  /** The scroller's scrollTop. */
  readonly scrollTop: number;
  /** The scroller's visible height. */
  readonly viewportHeight: number;
  readonly rowHeight: number;
  /** Where the first body row starts inside the scroller (below the caption and header). */
  readonly bodyTop: number;
  readonly total: number;
  /** Rows rendered beyond each edge, so a fast scroll does not show blank space. */
  readonly overscan?: number;
}

/** The rows to render: positions `first` (inclusive) to `last` (exclusive) of the display order. */
export function visibleWindow(input: WindowInput): { first: number; last: number } {
  const { scrollTop, viewportHeight, rowHeight, bodyTop, total } = input;
  const overscan = input.overscan ?? 8;
  if (total === 0 || rowHeight <= 0) return { first: 0, last: 0 };
  const top = Math.floor((scrollTop - bodyTop) / rowHeight);
  const bottom = Math.ceil((scrollTop + viewportHeight - bodyTop) / rowHeight);
  const first = Math.min(total, Math.max(0, top - overscan));
  const last = Math.min(total, Math.max(first, bottom + overscan));
  return { first, last };
}

export interface RevealInput {
  readonly position: number;
  readonly scrollTop: number;
  readonly viewportHeight: number;
  readonly rowHeight: number;
  readonly bodyTop: number;
  /** The sticky header's height: a row under it is hidden. */
  readonly headerHeight: number;
}

/** The scrollTop that brings row `position` fully into view, or the current one when it already is. */
export function scrollToReveal(input: RevealInput): number {
  const { position, scrollTop, viewportHeight, rowHeight, bodyTop, headerHeight } = input;
  const top = bodyTop + position * rowHeight;
  const bottom = top + rowHeight;
  if (top - headerHeight < scrollTop) return Math.max(0, top - headerHeight);
  if (bottom > scrollTop + viewportHeight) return bottom - viewportHeight;
  return scrollTop;
}

/**
 * The row a navigation key moves to from `position` (arrows, Home, End, Page Up/Down), or null when
 * the key does not move. `-1` as position means none is active yet: any move starts at the first row.
 */
export function keyMove(key: string, position: number, total: number, pageSize: number): number | null {
  if (total === 0) return null;
  const clamp = (p: number) => Math.max(0, Math.min(total - 1, p));
  if (position < 0)
    return key === 'End'
      ? total - 1
      : ['ArrowDown', 'ArrowUp', 'Home', 'PageDown', 'PageUp'].includes(key)
        ? 0
        : null;
  switch (key) {
    case 'ArrowDown':
      return clamp(position + 1);
    case 'ArrowUp':
      return clamp(position - 1);
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    case 'PageDown':
      return clamp(position + Math.max(1, pageSize));
    case 'PageUp':
      return clamp(position - Math.max(1, pageSize));
    default:
      return null;
  }
}
