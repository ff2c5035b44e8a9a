import { describe, expect, it } from 'vitest';
import { figureToPdf } from '../../../src/cli/figureFiles.ts';
import { readFigureMetadata } from '../../../src/core/figure/figureMetadata.ts';
import { coventryFigure } from './figureFixtures.ts';
import { pdfText } from './pdfText.ts';
import { smallCountsIn, svgTextNodes, svgTextRuns } from './svgText.ts';

const COUNT_COLUMNS = ['journeys', 'moves', 'missed_points', 'referrals', 'within_target'];

/** The count cells of the figure's CSV (a simple reader: cells here hold no line breaks). */
function csvCounts(csv: string): string[] {
  const rows = csv
    .trim()
    .split('\n')
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1] ?? '').slice(0, -1));
  const header = rows[0] ?? [];
  const cols = COUNT_COLUMNS.map((c) => header.indexOf(c));
  expect(cols.every((c) => c >= 0)).toBe(true);
  return rows.slice(1).flatMap((r) => cols.map((c) => r[c] ?? ''));
}

describe('suppression hides every count from 1 to 4', () => {
  for (const size of ['a4-landscape', 'a4-portrait'] as const) {
    for (const roundTo of [0, 5] as const) {
      it(`in the SVG's text, title and description (${size}, rounding ${String(roundTo)})`, () => {
        const f = coventryFigure({ size, disclosure: { suppress: true, roundTo } });
        const nodes = svgTextNodes(f.svg).filter((n) => n.element === 'title' || n.element === 'desc');
        expect([...nodes.map((n) => n.text), ...svgTextRuns(f.svg)].flatMap(smallCountsIn)).toEqual([]);
      });
    }
  }

  it('in the alt text and the CSV', () => {
    const f = coventryFigure();
    expect(smallCountsIn(f.altText)).toEqual([]);
    const counts = csvCounts(f.csv);
    expect(counts.length).toBeGreaterThan(50);
    expect(counts.filter((c) => /^[1-4]$/.test(c))).toEqual([]);
    expect(counts).toContain('<5');
  });

  it('in the summary embedded in the metadata', () => {
    const m = readFigureMetadata(coventryFigure().svg);
    const s = m?.summary;
    expect(s).toBeDefined();
    const values = [
      s?.journeys,
      s?.reachedCrisis,
      s?.missedPoints,
      s?.journeysWithMissedPoints,
      ...Object.values(s?.missedPointsByService ?? {}),
      ...Object.values(s?.serviceJourneys ?? {}),
      ...(s?.transitions ?? []).flatMap((t) => [t.journeys, t.moves]),
      ...(s?.targets ?? []).flatMap((t) => [t.referrals, t.withinTarget]),
    ];
    expect(values.filter((v) => v === undefined || /^[1-4]$/.test(v))).toEqual([]);
    // Medians of moves made by fewer than 5 journeys are not there.
    expect((s?.transitions ?? []).filter((t) => t.journeys === '<5' && t.medianDays !== null)).toEqual([]);
  });

  it('in the PDF text', async () => {
    const f = coventryFigure();
    const text = await pdfText(await figureToPdf(f, 'a4-landscape', { title: f.metadata.title }));
    expect(text).toContain('<5 journeys');
    expect(smallCountsIn(text)).toEqual([]);
  });

  it('while the unsuppressed figure does show them (the checks above can fail)', () => {
    const f = coventryFigure({ disclosure: { suppress: false, roundTo: 0 } });
    const nodes = svgTextNodes(f.svg).filter((n) => n.element === 'text');
    expect(nodes.flatMap((n) => smallCountsIn(n.text)).length).toBeGreaterThan(10);
    expect(smallCountsIn(f.altText).length).toBeGreaterThan(0);
    expect(csvCounts(f.csv).filter((c) => /^[1-4]$/.test(c)).length).toBeGreaterThan(10);
  });
});
