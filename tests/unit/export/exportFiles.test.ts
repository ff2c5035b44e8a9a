import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { figureToPng } from '../../../src/cli/figureFiles.ts';
import {
  appAddress,
  csvFileText,
  embedFrameSize,
  embedSnippet,
  figureFileName,
  pngChunks,
  pngDpi,
  pngSize,
  slug,
  svgDataUrl,
  svgFromDataUrl,
  withPngResolution,
} from '../../../src/ui/export/exportFiles.ts';
import { coventryFigure } from '../figure/figureFixtures.ts';

describe('file names', () => {
  it('makes an ASCII slug of a title', () => {
    expect(slug('Where early help was missed: Coventry & Warwickshire')).toBe(
      'where-early-help-was-missed-coventry-and-warwickshire',
    );
    expect(slug('  Café — “crisis” ward 14 ')).toBe('cafe-crisis-ward-14');
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
    expect(slug('')).toBe('');
  });

  it('cuts a long slug at a word', () => {
    const s = slug('a very long title '.repeat(10), 40);
    expect(s.length).toBeLessThanOrEqual(40);
    expect(s).not.toMatch(/-$/);
    expect(s.split('-').every((w) => ['a', 'very', 'long', 'title'].includes(w))).toBe(true);
  });

  it('names figures by title, page and format, and says when suppression was off', () => {
    expect(figureFileName('Where early help was missed: Coventry', 'a4-landscape', 'pdf')).toBe(
      'where-early-help-was-missed-coventry-a4-landscape.pdf',
    );
    expect(figureFileName('Board paper', 'a4-portrait', 'png')).toBe('board-paper-a4-portrait.png');
    expect(figureFileName('Board paper', 'a4-portrait', 'csv')).toBe('board-paper-numbers.csv');
    expect(figureFileName('Board paper', 'a4-landscape', 'svg', false)).toBe(
      'board-paper-a4-landscape-UNSUPPRESSED.svg',
    );
    expect(figureFileName('***', 'a4-landscape', 'svg')).toBe('pathway-figure-a4-landscape.svg');
  });
});

describe('data URLs', () => {
  it('round-trips an SVG with characters a URL must escape', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>#1 &lt;5 “quoted” 100% → ok</text></svg>';
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(url).not.toMatch(/[#"<> ]/);
    expect(svgFromDataUrl(url)).toBe(svg);
    expect(svgFromDataUrl(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`)).toBe(svg);
    expect(() => svgFromDataUrl('data:text/html,<p>')).toThrow();
  });

  it('puts a byte-order mark before the CSV once', () => {
    expect(csvFileText('a,b\n')).toBe('\ufeffa,b\n');
    expect(csvFileText('\ufeffa,b\n')).toBe('\ufeffa,b\n');
  });
});

describe('PNG resolution', () => {
  const figure = coventryFigure();
  const png = new Uint8Array(figureToPng(figure.svg, 'a4-landscape', 30));

  it('reads the size and the chunks', () => {
    expect(pngSize(png)).toEqual({ width: 351, height: 248 });
    expect(pngChunks(png)[0]?.type).toBe('IHDR');
    expect(pngChunks(png).at(-1)?.type).toBe('IEND');
    expect(() => pngSize(new Uint8Array([1, 2, 3]))).toThrow('not a PNG');
  });

  it('sets 300 dpi, replacing a pHYs chunk already there, and keeps the image', () => {
    expect(pngDpi(png)).toBe(30);
    const out = withPngResolution(png, 300);
    expect(pngDpi(out)).toBe(300);
    expect(pngSize(out)).toEqual(pngSize(png));
    const types = pngChunks(out).map((c) => c.type);
    expect(types.filter((t) => t === 'pHYs')).toHaveLength(1);
    expect(types[1]).toBe('pHYs');
    expect(out.length).toBe(png.length);
    // Every chunk's CRC is right (type and data), checked with zlib's.
    for (const c of pngChunks(out)) {
      const crc = Buffer.from(out).readUInt32BE(c.at + 8 + c.length);
      expect(crc32(out.subarray(c.at + 4, c.at + 8 + c.length))).toBe(crc);
    }
  });

  it('adds a pHYs chunk to a PNG without one', () => {
    const chunks = pngChunks(png);
    const phys = chunks.find((c) => c.type === 'pHYs')!;
    const without = new Uint8Array([
      ...png.subarray(0, phys.at),
      ...png.subarray(phys.at + 12 + phys.length),
    ]);
    expect(pngDpi(without)).toBeNull();
    const out = withPngResolution(without, 300);
    expect(pngDpi(out)).toBe(300);
    expect(out.length).toBe(without.length + 21);
  });
});

describe('embed snippet', () => {
  it('keeps the page proportions', () => {
    expect(embedFrameSize('a4-landscape')).toEqual({ width: 800, height: 566 });
    expect(embedFrameSize('a4-portrait')).toEqual({ width: 600, height: 849 });
  });

  it('escapes the address and the title', () => {
    const html = embedSnippet({
      src: 'https://intranet.example/lens/#/embed?W=28&H=365&title=A "quoted" <title>',
      title: 'Crisis & "early help" <b>',
      size: 'a4-landscape',
    });
    expect(html).toBe(
      '<iframe src="https://intranet.example/lens/#/embed?W=28&amp;H=365&amp;title=A &quot;quoted&quot; &lt;title&gt;" ' +
        'title="Crisis &amp; &quot;early help&quot; &lt;b&gt;" width="800" height="566"></iframe>',
    );
  });

  it('takes the app address without its hash', () => {
    expect(appAddress('https://x.example/lens/index.html#service=gp')).toBe(
      'https://x.example/lens/index.html',
    );
    expect(appAddress('file:///C:/papers/pathway-lens.html')).toBe('file:///C:/papers/pathway-lens.html');
  });
});
