import { UNSUPPRESSED_NOTICE, UNSUPPRESSED_WARNING } from '../disclosure/disclosureSettings.ts';
import type { FigureContext as Ctx } from './figureContext.ts';
import { warningTriangle } from './figureMarks.ts';
import { colour, fontSize, MARGIN, pt } from './figureStyle.ts';
import type { FigurePart } from './figureTypes.ts';
import { headline, SYNTHETIC_LABEL } from './figureWords.ts';
import { linesAt, paragraph, textLine } from './svgText.ts';
import { textWidth, wrapText } from '../text/textMetrics.ts';
import { el } from './xml.ts';

/**
 * Title, subtitle, key numbers, the synthetic-data label and (when suppression is off) the warning, as
 * parts of the page in reading order. Every text wraps within the page; none is cut.
 */
export function figureHeader(ctx: Ctx): { parts: FigurePart[]; bottom: number } {
  const { page, input, words } = ctx;
  const cw = page.width - 2 * MARGIN;
  const parts: FigurePart[] = [];
  let right = page.width - MARGIN;
  let label: FigurePart | undefined;
  let labelBottom = 0;
  if (input.cohortInfo.synthetic) {
    const size = pt(8);
    const lines = wrapText(SYNTHETIC_LABEL, cw * 0.3, size, true);
    const w = Math.max(...lines.map((l) => textWidth(l, size, true))) + 4;
    const h = lines.length * size * 1.25 + size * 0.8;
    label = {
      tag: 'P',
      svg: el('g', { id: 'synthetic-label' }, [
        el('rect', {
          x: right - w,
          y: MARGIN,
          width: w,
          height: h,
          rx: 0.8,
          fill: colour.syntheticFill,
          stroke: colour.synthetic,
          'stroke-width': 0.35,
        }),
        linesAt(lines, right - w / 2, MARGIN + size * 0.4, {
          size,
          bold: true,
          fill: colour.synthetic,
          anchor: 'middle',
        }).svg,
      ]),
    };
    right -= w + 4;
    labelBottom = MARGIN + h;
  }
  let y = MARGIN - fontSize.title * 0.12;
  const title = paragraph(words.title, MARGIN, y, right - MARGIN, {
    size: fontSize.title,
    bold: true,
    leading: 1.15,
  });
  parts.push({ tag: 'H1', svg: el('g', { id: 'title' }, title.svg) });
  if (label) parts.push(label);
  y += title.height + 0.6;
  const subtitle = `${input.pathway.title} · version ${input.pathway.version}`;
  const sub = paragraph(subtitle, MARGIN, y, right - MARGIN, { size: fontSize.subtitle, fill: colour.muted });
  parts.push({ tag: 'P', svg: el('g', { id: 'subtitle' }, sub.svg) });
  y += sub.height + 0.8;
  const head = paragraph(headline(words), MARGIN, y, cw, { size: fontSize.headline, bold: true });
  parts.push({ tag: 'P', svg: el('g', { id: 'headline', class: 'counts' }, head.svg) });
  y += head.height;
  if (!ctx.d.settings.suppress) {
    const size = pt(9);
    const text = ctx.d.containsSmallCounts ? UNSUPPRESSED_WARNING : UNSUPPRESSED_NOTICE;
    const lines = wrapText(text, cw - 4 - size * 1.6, size, true);
    const h = lines.length * size * 1.25 + size * 0.85;
    y += 1.5;
    parts.push({
      tag: 'P',
      svg: el('g', { id: 'unsuppressed-warning' }, [
        el('rect', {
          x: MARGIN,
          y,
          width: cw,
          height: h,
          fill: colour.warningFill,
          stroke: colour.warning,
          'stroke-width': 0.5,
        }),
        warningTriangle(MARGIN + 2, y + h / 2 - size * 0.55, size * 1.1, colour.warning),
        lines.length === 1
          ? textLine(text, MARGIN + 2 + size * 1.6, y + h / 2 + size * 0.36, {
              size,
              bold: true,
              fill: colour.warning,
            })
          : linesAt(lines, MARGIN + 2 + size * 1.6, y + size * 0.42, {
              size,
              bold: true,
              fill: colour.warning,
            }).svg,
      ]),
    });
    y += h;
  }
  return { parts, bottom: Math.max(y, labelBottom) };
}
