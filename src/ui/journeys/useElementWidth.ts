import { useEffect, useState, type RefObject } from 'react';

/**
 * The content width of an element, kept up to date with a ResizeObserver (which also reports once when
 * it starts observing), so an SVG can be drawn at its real pixel size: text then stays the size the CSS
 * asks for on every screen, instead of shrinking with a viewBox.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined && w > 0) setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return width;
}
