import { UNSUPPRESSED_NOTICE, UNSUPPRESSED_WARNING } from '../disclosure/disclosureSettings.ts';
import type { FigureContext as Ctx } from './figureContext.ts';
import { warningTriangle } from './figureMarks.ts';
import { colour, fontSize, MARGIN, pt } from './figureStyle.ts';
import { headline, SYNTHETIC_LABEL } from './figureWords.ts';
import { paragraph, textLine } from './svgText.ts';
import { textWidth } from '../text/textMetrics.ts';
import { el } from './xml.ts';

/** Title, subtitle, key numbers, the synthetic-data label and (when suppression is off) the warning. */
export function figureHeader(ctx: Ctx): { svg: string; bottom: number } {
  const { page, input, words } = ctx;
  const cw = page.width - 2 * MARGIN;
  const parts: string[] = [];
  let right = page.width - MARGIN;
  if (input.cohortInfo.synthetic) {
    const size = pt(8);
    const w = textWidth(SYNTHETIC_LABEL, size, true) + 4;
    const h = size * 2;
    parts.push(
      el('g', { id: 'synthetic-label' }, [
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
        textLine(SYNTHETIC_LABEL, right - w / 2, MARGIN + h / 2 + size * 0.36, {
          size,
          bold: true,
          fill: colour.synthetic,
          anchor: 'middle',
        }),
      ]),
    );
    right -= w + 4;
  }
  let y = MARGIN - fontSize.title * 0.12;
  const title = paragraph(
    words.title,
    MARGIN,
    y,
    right - MARGIN,
    { size: fontSize.title, bold: true, leading: 1.15 },
    2,
  );
  parts.push(el('g', { id: 'title' }, title.svg));
  y += title.height + 0.6;
  const subtitle = `${input.pathway.title} · version ${input.pathway.version}`;
  const sub = paragraph(subtitle, MARGIN, y, cw, { size: fontSize.subtitle, fill: colour.muted }, 2);
  parts.push(sub.svg);
  y += sub.height + 0.8;
  const head = paragraph(headline(words), MARGIN, y, cw, { size: fontSize.headline, bold: true }, 2);
  parts.push(el('g', { id: 'headline', class: 'counts' }, head.svg));
  y += head.height;
  if (!ctx.d.settings.suppress) {
    const size = pt(9);
    const h = size * 2.1;
    y += 1.5;
    const text = ctx.d.containsSmallCounts ? UNSUPPRESSED_WARNING : UNSUPPRESSED_NOTICE;
    parts.push(
      el('g', { id: 'unsuppressed-warning' }, [
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
        textLine(text, MARGIN + 2 + size * 1.6, y + h / 2 + size * 0.36, {
          size,
          bold: true,
          fill: colour.warning,
        }),
      ]),
    );
    y += h;
  }
  return { svg: el('g', { id: 'header' }, parts), bottom: y };
}
