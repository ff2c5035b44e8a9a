import { FONT_FAMILY } from './figureStyle.ts';
import type { FigurePart } from './figureTypes.ts';
import { el, escapeXml } from './xml.ts';

/** The root element of a figure's page (or of one part of it, for the tagged PDF), `<svg …>`. */
export function svgRoot(
  page: { readonly width: number; readonly height: number },
  accessible: boolean,
): string {
  const w = String(page.width);
  const h = String(page.height);
  const a11y = accessible ? ' role="img" aria-labelledby="figure-title figure-desc"' : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${w}mm" height="${h}mm" viewBox="0 0 ${w} ${h}"${a11y} font-family="${escapeXml(FONT_FAMILY)}">`;
}

/** The page's white ground, drawn under everything (an artifact in the tagged PDF). */
export const pageGround = (page: { readonly width: number; readonly height: number }): string =>
  el('rect', { x: 0, y: 0, width: page.width, height: page.height, fill: '#ffffff' });

/**
 * The whole figure as one SVG: `role="img"` with its `<title>` and `<desc>` (the alt text), the metadata,
 * the white page and the parts in reading order.
 */
export function figureSvg(args: {
  page: { readonly width: number; readonly height: number };
  title: string;
  alt: string;
  metadata: string;
  parts: readonly FigurePart[];
}): string {
  return `${[
    svgRoot(args.page, true),
    `<title id="figure-title">${escapeXml(args.title)}</title>`,
    `<desc id="figure-desc">${escapeXml(args.alt)}</desc>`,
    args.metadata,
    pageGround(args.page),
    ...args.parts.map((p) => p.svg),
    '</svg>',
  ].join('\n')}\n`;
}

/** One part alone as an SVG document of the same page, for drawing it into a PDF under its own tag. */
export function partSvg(page: { readonly width: number; readonly height: number }, part: FigurePart): string {
  return `${svgRoot(page, false)}${part.svg}</svg>`;
}
