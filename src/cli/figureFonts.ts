import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { latinCovers } from '../core/figure/figureFontCoverage.ts';

/**
 * The fonts of the PNG and PDF figures in Node. Both use DejaVu Sans, the first font of the figure's font
 * stack, so a fresh machine renders the same page with no system fonts and no network.
 *
 * Two sets: the full DejaVu Sans from the `dejavu-fonts-ttf` package (Debian's copy as a fallback), and a
 * Latin cut of it in assets/fonts (scripts/subset-fonts.sh). resvg and PDFKit lay out each text with the
 * font's OpenType tables, which are very large in the full font: the cut lays out about 8× faster. It is
 * used when it has every character of the figure, the full font otherwise.
 */
export interface FigureFonts {
  readonly regular: string;
  readonly bold: string;
}

export { FIGURE_FONT_RANGES, latinCovers } from '../core/figure/figureFontCoverage.ts';

const SYSTEM_DEJAVU = '/usr/share/fonts/truetype/dejavu';

function pair(dir: string, regular: string, bold: string): FigureFonts | undefined {
  const fonts = { regular: join(dir, regular), bold: join(dir, bold) };
  return existsSync(fonts.regular) && existsSync(fonts.bold) ? fonts : undefined;
}

/** The full DejaVu Sans: every character DejaVu has. */
export function fullFigureFonts(): FigureFonts {
  const dirs: string[] = [];
  try {
    const require = createRequire(import.meta.url);
    dirs.push(join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf'));
  } catch {
    // The package is missing: fall back to the system's DejaVu below.
  }
  dirs.push(SYSTEM_DEJAVU);
  for (const dir of dirs) {
    const fonts = pair(dir, 'DejaVuSans.ttf', 'DejaVuSans-Bold.ttf');
    if (fonts) return fonts;
  }
  throw new Error(
    'DejaVu Sans not found: run `npm install` (package dejavu-fonts-ttf) or install fonts-dejavu-core.',
  );
}

/** The Latin cut, found from this module in src/cli or from the built dist-cli/chunks (both two folders down). */
function latinFigureFonts(): FigureFonts | undefined {
  const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
  return pair(join(root, 'assets', 'fonts'), 'DejaVuSans-Latin.ttf', 'DejaVuSans-Bold-Latin.ttf');
}

/** The fonts for a figure whose text (the SVG's) is `text`: the Latin cut when it covers it. */
export function figureFonts(text?: string): FigureFonts {
  if (text !== undefined && latinCovers(text)) {
    const latin = latinFigureFonts();
    if (latin) return latin;
  }
  return fullFigureFonts();
}
