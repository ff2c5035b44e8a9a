import { colour, LEADING } from './figureStyle.ts';
import { wrapText } from '../text/textMetrics.ts';
import { el, escapeXml } from './xml.ts';

export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean | undefined;
  readonly fill?: string | undefined;
  readonly anchor?: 'start' | 'middle' | 'end' | undefined;
  readonly italic?: boolean | undefined;
  /** Line height as a multiple of the size. */
  readonly leading?: number | undefined;
}

/** One line of text at a baseline. Each line is its own `<text>`, which every renderer places alike. */
export function textLine(text: string, x: number, y: number, style: TextStyle): string {
  return el(
    'text',
    {
      x,
      y,
      // Rounded up, to the thousandth of a millimetre: 8 pt never prints as 7.99 pt.
      'font-size': String(Math.ceil(style.size * 1000 - 1e-6) / 1000),
      'font-weight': style.bold ? 'bold' : undefined,
      'font-style': style.italic ? 'italic' : undefined,
      fill: style.fill ?? colour.text,
      'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : undefined,
    },
    escapeXml(text),
  );
}

/** Distance from the top of a line box to its baseline. */
export const ascent = (size: number): number => size * 0.93;

export interface Block {
  readonly svg: string;
  /** Height from the top of the first line box to the bottom of the last. */
  readonly height: number;
  readonly lines: number;
}

/** Lines of text whose first line box starts at `top`. */
export function linesAt(lines: readonly string[], x: number, top: number, style: TextStyle): Block {
  const lh = style.size * (style.leading ?? LEADING);
  const svg = lines.map((l, i) => textLine(l, x, top + ascent(style.size) + i * lh, style)).join('');
  return { svg, height: lines.length * lh, lines: lines.length };
}

/** A paragraph wrapped to `width`, starting at `top`. */
export function paragraph(
  text: string,
  x: number,
  top: number,
  width: number,
  style: TextStyle,
  maxLines = Infinity,
): Block {
  return linesAt(wrapText(text, width, style.size, style.bold, maxLines), x, top, style);
}
