/**
 * Text widths without a DOM, so that the same layout runs in Node and in the browser. The advance
 * widths are DejaVu Sans's (the first and widest font of the figure's font stack, and the one the PNG
 * and PDF embed), in thousandths of an em, for printable ASCII and the punctuation the figure uses.
 * Wrapping at DejaVu's widths keeps lines inside their boxes when a viewer falls back to Arial or
 * Helvetica, which are narrower.
 */
const CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '–—·‘’“”…≥≤→←×éèàâüöäçñïôûêëíóúáÉ£€°±½•';
const REGULAR =
  '318 401 460 838 636 950 780 275 390 390 500 838 318 361 318 337 636 636 636 636 636 636 636 636 636 636 337 337 838 838 838 531 1000 684 686 698 770 632 575 775 752 295 295 656 557 863 748 787 603 787 695 635 611 732 684 989 685 611 685 390 337 390 838 500 500 613 635 550 635 615 352 635 634 278 278 579 278 974 634 612 635 635 411 521 392 634 592 818 592 592 525 636 337 636 838 500 1000 318 318 318 518 518 1000 838 838 838 838 838 615 615 613 613 634 612 613 550 634 278 612 634 615 615 278 612 634 613 632 636 636 500 838 969 590';
const BOLD =
  '348 456 521 838 696 1002 872 306 457 457 523 838 380 415 380 365 696 696 696 696 696 696 696 696 696 696 400 400 838 838 838 580 1000 774 762 734 830 683 683 821 837 372 372 775 637 995 837 850 733 850 770 720 682 812 774 1103 771 724 725 457 365 457 838 500 500 675 716 593 716 678 435 716 712 343 343 665 343 1042 712 687 716 716 493 595 478 712 652 924 645 652 582 712 365 712 838 500 1000 380 380 380 657 657 1000 838 838 838 838 838 678 678 675 675 712 687 675 593 712 343 687 712 678 678 343 687 712 675 683 696 696 500 838 1035 639';

function table(widths: string): Map<string, number> {
  const w = widths.split(' ').map(Number);
  return new Map(Array.from(CHARS, (ch, i) => [ch, (w[i] as number) / 1000]));
}
const regular = table(REGULAR);
const bold = table(BOLD);

/** How wide a text is set at a size (any unit: the result is in the same unit), bold or not. */
export type TextMeasure = (text: string, size: number, isBold?: boolean) => number;

/** Width of `text` set in DejaVu Sans at `size` (any unit: the result is in the same unit). */
export function textWidth(text: string, size: number, isBold = false): number {
  const t = isBold ? bold : regular;
  // Characters outside the table (other scripts, symbols) are taken as wide as a capital letter.
  const fallback = isBold ? 0.78 : 0.72;
  let em = 0;
  for (const ch of text) em += t.get(ch) ?? fallback;
  return em * size;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` at spaces (a word longer than a line is cut).
 * When more than `maxLines` lines would be needed, the last one ends with an ellipsis. Widths are
 * DejaVu Sans's unless `measure` says otherwise (the browser measures its own font).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  isBold = false,
  maxLines = Infinity,
  measure: TextMeasure = textWidth,
): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => measure(s, size, isBold) <= maxWidth;
  for (let word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    // A single word wider than the line: cut it, with a hyphen, where it stops fitting.
    while (!fits(word) && word.length > 1) {
      let k = word.length - 1;
      while (k > 1 && !fits(`${word.slice(0, k)}-`)) k--;
      lines.push(`${word.slice(0, k)}-`);
      word = word.slice(k);
    }
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] ?? ''}…`;
  while (!fits(last) && last.length > 1) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[maxLines - 1] = last;
  return kept;
}
