import { execFileSync } from 'node:child_process';

/** A word as poppler's `pdftotext -bbox` reads it back from a PDF: its text and box in points. */
export interface PdfWord {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
}

/** DejaVu Sans's ascent plus descent, in ems: a word box's height over its font size. */
export const DEJAVU_LINE_EM = 0.928 + 0.236;

/** True when poppler-utils (`pdftotext`, `pdfinfo`) is installed. */
export function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every word of a PDF file with its box, and the pages' sizes. */
export function pdfWords(file: string): { pages: PdfPage[]; words: PdfWord[] } {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages: PdfPage[] = [];
  const words: PdfWord[] = [];
  const re =
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g;
  for (const m of xml.matchAll(re)) {
    if (m[1] !== undefined) pages.push({ width: Number(m[1]), height: Number(m[2]) });
    else
      words.push({
        page: pages.length - 1,
        text: unescape(m[7] ?? ''),
        xMin: Number(m[3]),
        yMin: Number(m[4]),
        xMax: Number(m[5]),
        yMax: Number(m[6]),
      });
  }
  return { pages, words };
}

/** Pairs of words whose boxes overlap by more than `tolerance` points both ways. */
export function overlappingWords(words: readonly PdfWord[], tolerance = 0.2): [PdfWord, PdfWord][] {
  const sorted = [...words].sort((a, b) => a.xMin - b.xMin);
  const out: [PdfWord, PdfWord][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as PdfWord;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as PdfWord;
      if (b.xMin >= a.xMax - tolerance) break;
      if (a.page !== b.page) continue;
      const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (dx > tolerance && dy > tolerance) out.push([a, b]);
    }
  }
  return out;
}

/** Words that reach outside their page. */
export function wordsOutside(pages: readonly PdfPage[], words: readonly PdfWord[]): PdfWord[] {
  return words.filter((w) => {
    const p = pages[w.page];
    return !p || w.xMin < 0 || w.yMin < 0 || w.xMax > p.width || w.yMax > p.height;
  });
}

/** A word's font size in points, from its box height (DejaVu Sans). */
export const fontSizeOf = (w: PdfWord): number => (w.yMax - w.yMin) / DEJAVU_LINE_EM;
