import { useEffect, useState, type RefObject } from 'react';

/**
 * A length of an element's content box in CSS pixels, kept up to date with a ResizeObserver (which also
 * reports once when it starts observing); `fallback` until then. The width is rounded (an SVG is drawn at
 * its real pixel size, so text stays the size the CSS asks for); the height is rounded down (what is sized
 * from it must not outgrow the box).
 */
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
  dimension: 'width' | 'height',
  fallback: number,
): number {
  const [size, setSize] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      const value = box?.[dimension];
      if (value !== undefined && value > 0)
        setSize(dimension === 'width' ? Math.round(value) : Math.floor(value));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref, dimension]);
  return size;
}
