import { textWidth, type TextMeasure } from '../../core/text/textMetrics.ts';

/** The map's font stack, read once from the page (the CSS custom property `--font`). */
function mapFont(): string {
  if (typeof document === 'undefined') return 'sans-serif';
  const stack = getComputedStyle(document.documentElement).getPropertyValue('--font').trim();
  return stack || getComputedStyle(document.body).fontFamily || 'sans-serif';
}

let browserMeasure: TextMeasure | undefined;

/**
 * Text widths in the page's own font, from a canvas (the layout then wraps names exactly as the browser
 * sets them), cached per text and size. Where there is no canvas (Node, the unit tests) the widths are
 * DejaVu Sans's, as the figure's.
 */
export function measureText(): TextMeasure {
  if (browserMeasure) return browserMeasure;
  const canvas = typeof document === 'undefined' ? null : document.createElement('canvas');
  const context = canvas?.getContext('2d') ?? null;
  if (!context) return textWidth;
  const family = mapFont();
  const cache = new Map<string, number>();
  browserMeasure = (text, size, bold = false) => {
    const key = `${bold ? 'b' : 'r'}${String(size)}:${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      context.font = `${bold ? '700' : '400'} ${String(size)}px ${family}`;
      // A little over the measured width: rounding in the browser's own text layout never makes a line wrap.
      w = context.measureText(text).width * 1.02 + 0.5;
      cache.set(key, w);
    }
    return w;
  };
  return browserMeasure;
}
