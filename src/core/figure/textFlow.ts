import { LEADING } from './figureStyle.ts';
import { ascent, textLine, type TextStyle } from './svgText.ts';
import { wrapText } from '../text/textMetrics.ts';

/** One line of a flowed text: what it says, how it is set, and how far it is indented. */
export interface FlowLine {
  readonly block: string;
  readonly text: string;
  readonly style: TextStyle;
  readonly indent: number;
  /** Space above the line when it does not start a column (between paragraphs). */
  readonly gapBefore: number;
  /** A line that must stay in the column of the line before it (a list entry is not split). */
  readonly joined: boolean;
}

export interface FlowParagraph {
  /** The block the lines belong to (an id in the SVG, a part of the tagged PDF). */
  readonly block: string;
  readonly text: string;
  readonly style: TextStyle;
  /** Indent of the lines after the first (a list entry hangs under its letter). */
  readonly hanging?: number | undefined;
  readonly gapBefore?: number | undefined;
  /** Keep the paragraph's lines in one column. */
  readonly together?: boolean | undefined;
}

const lineHeight = (s: TextStyle) => s.size * (s.leading ?? LEADING);

/** Paragraphs wrapped to `width`: every line, none cut, in order. */
export function flowLines(paragraphs: readonly FlowParagraph[], width: number): FlowLine[] {
  const out: FlowLine[] = [];
  for (const p of paragraphs) {
    const hang = p.hanging ?? 0;
    const first = wrapText(p.text, width, p.style.size, p.style.bold);
    // A hanging paragraph: the first line at full width, the rest re-wrapped to the narrower width.
    const lines =
      hang > 0 && first.length > 1
        ? [
            first[0] as string,
            ...wrapText(first.slice(1).join(' '), width - hang, p.style.size, p.style.bold),
          ]
        : first;
    lines.forEach((text, i) =>
      out.push({
        block: p.block,
        text,
        style: p.style,
        indent: i === 0 ? 0 : hang,
        gapBefore: i === 0 ? (p.gapBefore ?? 0) : 0,
        joined: i > 0 && (p.together ?? false),
      }),
    );
  }
  return out;
}

/** Height of lines set one under the other from the top of a column (the first line's gap dropped). */
function heightOf(lines: readonly FlowLine[]): number {
  return lines.reduce((h, l, i) => h + (i === 0 ? 0 : l.gapBefore) + lineHeight(l.style), 0);
}

/**
 * Splits lines into at most `columns` runs, as even as can be (the tallest as short as possible). The
 * first column may start `reserved` lower (under something set above the text, such as the key).
 */
export function balance(lines: readonly FlowLine[], columns: number, reserved = 0): FlowLine[][] {
  if (columns <= 1 || lines.length === 0) return [lines.slice()];
  const fill = (limit: number): FlowLine[][] | null => {
    const cols: FlowLine[][] = [[]];
    let h = reserved;
    // Units of lines that stay together: a line, or a list entry with its continuation lines.
    const units: FlowLine[][] = [];
    for (const l of lines) {
      const last = units[units.length - 1];
      if (l.joined && last) last.push(l);
      else units.push([l]);
    }
    for (const unit of units) {
      const current = cols[cols.length - 1] as FlowLine[];
      const unitHeight = heightOf(unit);
      const fresh = current.length === 0 && (cols.length > 1 || reserved === 0);
      const next = fresh ? unitHeight : h + (unit[0]?.gapBefore ?? 0) + unitHeight;
      if (!fresh && next > limit + 1e-9) {
        if (cols.length === columns) return null;
        cols.push([...unit]);
        h = unitHeight;
      } else {
        current.push(...unit);
        h = next;
      }
    }
    return cols;
  };
  // The shortest limit that fits, to a hundredth of a millimetre.
  let lo = (reserved + heightOf(lines)) / columns - 1e-6;
  let hi = reserved + heightOf(lines);
  let best = fill(hi) ?? [lines.slice()];
  while (hi - lo > 0.01) {
    const mid = (lo + hi) / 2;
    const cols = fill(mid);
    if (cols) {
      best = cols;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

/** A run of lines set at (x, top): its SVG by block (a paragraph split across columns keeps one block) and height. */
export function setLines(
  lines: readonly FlowLine[],
  x: number,
  top: number,
  into: Map<string, string[]>,
): number {
  let y = top;
  lines.forEach((l, i) => {
    if (i > 0) y += l.gapBefore;
    const svg = textLine(l.text, x + l.indent, y + ascent(l.style.size), l.style);
    const list = into.get(l.block);
    if (list) list.push(svg);
    else into.set(l.block, [svg]);
    y += lineHeight(l.style);
  });
  return y - top;
}

export { heightOf as flowHeight };
