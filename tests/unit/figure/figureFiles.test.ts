import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { figureFonts, figureToPdf, figureToPng } from '../../../src/cli/figureFiles.ts';
import { latinCovers } from '../../../src/cli/figureFonts.ts';
import { pagePixels, pagePoints } from '../../../src/core/figure/pageSize.ts';
import { coventryFigure } from './figureFixtures.ts';
import { pdfPageSizes, pdfText } from './pdfText.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngInfo(png: Buffer) {
  const chunk = (type: string) => {
    let at = 8;
    while (at < png.length) {
      const length = png.readUInt32BE(at);
      if (png.toString('ascii', at + 4, at + 8) === type) return png.subarray(at + 8, at + 8 + length);
      at += 12 + length;
    }
    return undefined;
  };
  const ihdr = chunk('IHDR');
  const phys = chunk('pHYs');
  return {
    width: ihdr?.readUInt32BE(0),
    height: ihdr?.readUInt32BE(4),
    pixelsPerMetre: phys?.readUInt32BE(0),
  };
}

describe('figure files', () => {
  it('finds DejaVu Sans in the npm package, with no system fonts needed', () => {
    expect(figureFonts().regular).toMatch(/dejavu-fonts-ttf[\\/]ttf[\\/]DejaVuSans\.ttf$/);
  });

  it('uses the Latin cut of DejaVu Sans when it has every character, and the full font otherwise', () => {
    expect(latinCovers('Coventry & Warwickshire – “Rise” café, Łódź, 48 h ≤ 2 days → ✓')).toBe(false); // ✓
    expect(latinCovers('Coventry & Warwickshire – “Rise” café, Łódź, 48 h ≤ 2 days →')).toBe(true);
    expect(figureFonts('School nurse').regular).toMatch(/assets[\\/]fonts[\\/]DejaVuSans-Latin\.ttf$/);
    expect(figureFonts('School nurse').bold).toMatch(/DejaVuSans-Bold-Latin\.ttf$/);
    expect(figureFonts('Ωmega').regular).toMatch(/dejavu-fonts-ttf[\\/]ttf[\\/]DejaVuSans\.ttf$/);
  });

  it('draws characters outside the Latin cut with the full font, not as missing-glyph boxes', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="297mm" height="210mm" viewBox="0 0 297 210"><text x="20" y="100" font-size="40" font-family="DejaVu Sans">ΩΣΔ</text></svg>`;
    const latin = figureFonts('Latin');
    const boxes = new Resvg(svg, {
      fitTo: { mode: 'width', value: 351 },
      background: '#ffffff',
      font: { loadSystemFonts: false, fontFiles: [latin.regular], defaultFontFamily: 'DejaVu Sans' },
    })
      .render()
      .asPng();
    const drawn = new Resvg(svg, {
      fitTo: { mode: 'width', value: 351 },
      background: '#ffffff',
      font: {
        loadSystemFonts: false,
        fontFiles: [figureFonts(svg).regular],
        defaultFontFamily: 'DejaVu Sans',
      },
    })
      .render()
      .asPng();
    expect(Buffer.compare(Buffer.from(boxes), Buffer.from(drawn))).not.toBe(0);
    expect(figureFonts(svg).regular).not.toBe(latin.regular);
  });

  it('knows A4 at 300 dpi and in points', () => {
    expect(pagePixels('a4-landscape')).toEqual({ width: 3508, height: 2480 });
    expect(pagePixels('a4-portrait')).toEqual({ width: 2480, height: 3508 });
    expect(pagePoints('a4-portrait')).toEqual({ width: 595.28, height: 841.89 });
  });

  it('writes a PNG at 300 dpi across A4 landscape: 3508 px wide', () => {
    const png = figureToPng(coventryFigure().svg, 'a4-landscape');
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngInfo(png)).toEqual({ width: 3508, height: 2480, pixelsPerMetre: 11811 });
  });

  it('writes a PNG of A4 portrait: 2480 px wide', () => {
    const png = figureToPng(coventryFigure({ size: 'a4-portrait' }).svg, 'a4-portrait');
    const { width, height } = pngInfo(png);
    expect(width).toBe(2480);
    // 297 mm at the scale that makes 210 mm 2480 px: 3507.4 px.
    expect(height).toBeGreaterThanOrEqual(3507);
  });

  it('writes a one-page vector PDF on A4 landscape whose text can be extracted', async () => {
    const f = coventryFigure();
    const pdf = await figureToPdf(f, 'a4-landscape', {
      title: f.metadata.title,
      creationDate: new Date(0),
    });
    expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
    expect(await pdfPageSizes(pdf)).toEqual([{ width: 841.89, height: 595.28 }]);
    const text = await pdfText(pdf);
    expect(text).toContain('Where early help was missed: Coventry and Warwickshire');
    expect(text).toContain('SYNTHETIC DATA — not real children');
    // Vector: no raster image in the file.
    expect(pdf.includes('/Subtype /Image')).toBe(false);
  });

  it('writes A4 portrait PDFs too', async () => {
    const f = coventryFigure({ size: 'a4-portrait' });
    const pdf = await figureToPdf(f, 'a4-portrait', { title: f.metadata.title });
    expect(await pdfPageSizes(pdf)).toEqual([{ width: 595.28, height: 841.89 }]);
  });
});
