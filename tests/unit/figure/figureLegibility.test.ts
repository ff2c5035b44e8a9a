import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import type { Cohort } from '../../../src/core/cohort/types.ts';
import { compareFigureForCohort } from '../../../src/core/figure/compareFigureForCohort.ts';
import { figureForCohort } from '../../../src/core/figure/figureForCohort.ts';
import { loadPathway, type LoadedPathway } from '../../../src/core/pathway/loadedPathway.ts';
import { readCoventryCohort } from './coventryCohort.ts';
import { colour, MIN_FONT } from '../../../src/core/figure/figureStyle.ts';
import type { PathwayFigure } from '../../../src/core/figure/figureTypes.ts';
import { coventry, coventryFigure } from './figureFixtures.ts';
import { discoveredVolume, generatedVolume } from './volumeFixtures.ts';

interface TextElement {
  readonly text: string;
  readonly size: number;
  readonly fill: string;
  /** ids and classes of the enclosing groups, outermost first. */
  readonly path: readonly string[];
}

function textElements(svg: string): TextElement[] {
  const parser = new SaxesParser();
  const stack: string[] = [];
  const out: TextElement[] = [];
  let current: { size: number; fill: string; path: string[] } | null = null;
  parser.on('opentag', (node) => {
    const a = node.attributes as Record<string, string>;
    if (node.name === 'text')
      current = { size: Number(a['font-size']), fill: a.fill ?? '#000000', path: [...stack] };
    stack.push([a.id && `#${a.id}`, a.class && `.${a.class.split(' ').join('.')}`].filter(Boolean).join(''));
  });
  parser.on('text', (t) => {
    if (current && t.trim()) out.push({ text: t, ...current });
  });
  parser.on('closetag', (node) => {
    stack.pop();
    if (node.name === 'text') current = null;
  });
  parser.write(svg).close();
  return out;
}

function luminance(hex: string): number {
  const c = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (c[0] as number) + 0.7152 * (c[1] as number) + 0.0722 * (c[2] as number);
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** What a text sits on: the badge's red, the synthetic label's or warning's fill, a lane, or the white page. */
function backgroundsOf(t: TextElement): string[] {
  const inside = (part: string) => t.path.some((p) => p.includes(part));
  if (inside('.missed')) return [colour.missed];
  if (inside('#synthetic-label')) return [colour.syntheticFill];
  if (inside('#unsuppressed-warning')) return [colour.warningFill];
  // Lane headings sit on a lane; a box's text on its white fill; the rest on the white page.
  if (inside('.lane')) return [...colour.laneFill];
  return ['#ffffff'];
}

const figures: [string, () => PathwayFigure][] = [
  ['Coventry, landscape', () => coventryFigure()],
  [
    'Coventry, portrait, unsuppressed',
    () => coventryFigure({ size: 'a4-portrait', disclosure: { suppress: false, roundTo: 0 } }),
  ],
  ['Coventry, the screen column of a narrow embed', () => coventryFigure({ size: 'column' })],
  [
    '5,000 journeys, time view',
    () => {
      const v = generatedVolume(5000);
      return figureForCohort(v.loaded, v.cohort, { parameters: DEFAULT_PARAMETERS, view: 'time' });
    },
  ],
  [
    'a 40-service discovered pathway, portrait',
    () => {
      const v = discoveredVolume();
      return figureForCohort(v.loaded, v.cohort, { parameters: DEFAULT_PARAMETERS, size: 'a4-portrait' });
    },
  ],
  [
    'the before / after figure of Coventry, landscape',
    () => compareFigure(loadPathway(coventry), readCoventryCohort(coventry), '2019-06-01'),
  ],
  [
    '5,000 journeys split by a date, time view',
    () => {
      const v = generatedVolume(5000);
      return compareFigure(v.loaded, v.cohort, '2019-07-01', { view: 'time' });
    },
  ],
];

/** The "before / after" figure of a cohort split by a date; throws when the split is refused. */
function compareFigure(
  loaded: LoadedPathway,
  cohort: Cohort,
  date: string,
  options: { view?: 'time' } = {},
): PathwayFigure {
  const r = compareFigureForCohort(
    loaded,
    cohort,
    { kind: 'date', value: date },
    {
      parameters: DEFAULT_PARAMETERS,
      ...options,
    },
  );
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.value;
}

describe('legible at A4', () => {
  it.each(figures)('%s: no text under 8 pt, and every text at 4.5:1 contrast or more', (_, make) => {
    const texts = textElements(make().svg);
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((t) => !(t.size >= MIN_FONT - 1e-6)).map((t) => t.text)).toEqual([]);
    const poor = texts.flatMap((t) =>
      backgroundsOf(t)
        .filter((b) => contrast(t.fill, b) < 4.5)
        .map((b) => `${t.text} (${t.fill} on ${b}: ${contrast(t.fill, b).toFixed(2)})`),
    );
    expect(poor).toEqual([]);
  });

  it('the contrast check can fail', () => {
    expect(contrast('#c4c4c4', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#ffffff', colour.missed)).toBeGreaterThan(4.5);
  });
});

describe('the screen column (an embed in a 600 px column)', () => {
  it('is 150 mm wide and as tall as its content, every box and text on the page', () => {
    const f = coventryFigure({ size: 'column' });
    expect(f.widthMm).toBe(150);
    expect(f.heightMm).toBeGreaterThan(200);
    expect(f.heightMm).toBeLessThan(600);
    expect(f.svg).toContain(`viewBox="0 0 150 ${String(f.heightMm)}"`);
    const ys = [...f.svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...ys)).toBeLessThan(f.heightMm - 5);
    expect(f.metadata.size).toBe('column');
  });
});
