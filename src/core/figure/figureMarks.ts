import { colour, stroke } from './figureStyle.ts';
import { textLine } from './svgText.ts';
import { textWidth } from '../text/textMetrics.ts';
import { el, num } from './xml.ts';

/** The missed early-intervention badge: a diamond and the count, white on dark red. Never colour alone. */
export function badgeSize(
  text: string,
  size: number,
  height = size * 1.5,
): { width: number; height: number } {
  return {
    width: height * 0.35 + height * 0.62 + size * 0.35 + textWidth(text, size, true) + height * 0.35,
    height,
  };
}

/** Draws the badge with its right edge at `right` and its middle at `cy`. */
export function missedBadge(
  text: string,
  right: number,
  cy: number,
  size: number,
  id?: string,
  tall?: number,
): string {
  const { width, height } = badgeSize(text, size, tall);
  const x = right - width;
  const y = cy - height / 2;
  const r = height * 0.31;
  const dx = x + height * 0.35 + r;
  const diamond = `M${num(dx)},${num(cy - r)}L${num(dx + r)},${num(cy)}L${num(dx)},${num(cy + r)}L${num(dx - r)},${num(cy)}Z`;
  return el('g', { id, class: 'missed' }, [
    el('rect', { x, y, width, height, rx: height * 0.22, fill: colour.missed }),
    el('path', { d: diamond, fill: '#ffffff' }),
    textLine(text, dx + r + size * 0.35, cy + size * 0.36, { size, bold: true, fill: '#ffffff' }),
  ]);
}

/** A short sample of a move line with its arrowhead, for the legend. */
export function lineSample(
  x: number,
  cy: number,
  length: number,
  width: number,
  kind: 'on' | 'off' | 'untaken',
): string {
  const fill = kind === 'on' ? colour.move : kind === 'off' ? colour.offPathway : colour.untaken;
  const len = 1.1 + width * 0.9;
  const half = 0.55 + width * 0.6;
  const tip = x + length;
  return [
    el('path', {
      d: `M${num(x)},${num(cy)}H${num(tip - len)}`,
      stroke: fill,
      'stroke-width': width,
      'stroke-dasharray': kind === 'off' ? stroke.dash : undefined,
      fill: 'none',
    }),
    el('path', {
      d: `M${num(tip)},${num(cy)}L${num(tip - len)},${num(cy - half)}L${num(tip - len)},${num(cy + half)}Z`,
      fill,
    }),
  ].join('');
}

/** A warning triangle with an exclamation mark, drawn (not a font glyph, which may be missing). */
export function warningTriangle(x: number, y: number, size: number, fill: string): string {
  const h = size;
  const w = size * 1.12;
  return el('g', {}, [
    el('path', {
      d: `M${num(x + w / 2)},${num(y)}L${num(x + w)},${num(y + h)}L${num(x)},${num(y + h)}Z`,
      fill,
    }),
    el('rect', {
      x: x + w / 2 - h * 0.06,
      y: y + h * 0.3,
      width: h * 0.12,
      height: h * 0.38,
      fill: '#ffffff',
    }),
    el('rect', {
      x: x + w / 2 - h * 0.06,
      y: y + h * 0.76,
      width: h * 0.12,
      height: h * 0.12,
      fill: '#ffffff',
    }),
  ]);
}
