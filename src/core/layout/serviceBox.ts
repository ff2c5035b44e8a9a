import { wrapText } from '../text/textMetrics.ts';
import type { LayoutMetrics } from './layoutTypes.ts';

type NameMetrics = Pick<LayoutMetrics, 'measure' | 'nameSize' | 'nameInset' | 'maxNameLines'>;

/**
 * A service's name wrapped to its box (`width` is the room for text), the first line leaving
 * `nameInset` free at its right for a badge: the words of the first line that fit beside the badge,
 * then the rest at the full width. Never cut (the box grows with the lines), unless `maxNameLines` says.
 */
export function wrapName(label: string, width: number, metrics: NameMetrics): string[] {
  const lines = wrapWhole(label, width, metrics);
  const max = metrics.maxNameLines;
  if (max === undefined || lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const room = max === 1 ? width - metrics.nameInset : width;
  let last = `${(kept[max - 1] ?? '').replace(/-$/, '')}…`;
  while (metrics.measure(last, metrics.nameSize, true) > room && last.length > 1)
    last = `${last.slice(0, -2).trimEnd()}…`;
  kept[max - 1] = last;
  return kept;
}

function wrapWhole(label: string, width: number, metrics: NameMetrics): string[] {
  const wrap = (text: string, w: number) =>
    wrapText(text, w, metrics.nameSize, true, Infinity, metrics.measure);
  const lines = wrap(label, width);
  const first = lines[0] ?? '';
  const inset = width - metrics.nameInset;
  if (metrics.measure(first, metrics.nameSize, true) <= inset) return lines;
  const words = label.trim().split(/\s+/);
  let k = 0;
  while (
    k < words.length &&
    metrics.measure(words.slice(0, k + 1).join(' '), metrics.nameSize, true) <= inset
  )
    k++;
  // Not even one word fits beside the badge: the first line is left empty of text there.
  if (k === 0) return ['', ...lines];
  return [words.slice(0, k).join(' '), ...wrap(words.slice(k).join(' '), width)];
}

/** The height a box needs for `lines` lines of name and the room under it. */
export function boxContentHeight(
  lines: number,
  metrics: Pick<LayoutMetrics, 'padY' | 'nameSize' | 'leading' | 'infoHeight' | 'minBoxHeight'>,
): number {
  return Math.max(
    metrics.minBoxHeight,
    2 * metrics.padY + lines * metrics.nameSize * metrics.leading + metrics.infoHeight,
  );
}

/** The name lines and size of one service's box on its own (stories, the trainer's previews). */
export function serviceBox(
  label: string,
  metrics: LayoutMetrics,
): { nameLines: string[]; width: number; height: number } {
  const nameLines = wrapName(label, metrics.boxWidth - 2 * metrics.padX, metrics);
  return { nameLines, width: metrics.boxWidth, height: boxContentHeight(nameLines.length, metrics) };
}
