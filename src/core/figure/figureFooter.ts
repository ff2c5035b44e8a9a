import { SMALL_COUNT_LIMIT } from '../disclosure/disclosureSettings.ts';
import type { DisclosedCount } from '../disclosure/suppressCount.ts';
import type { FigureContext as Ctx } from './figureContext.ts';
import { lineSample, missedBadge } from './figureMarks.ts';
import { colour, fontSize, LEADING, MARGIN, stroke } from './figureStyle.ts';
import { counted } from './figureWords.ts';
import type { MapFonts } from './mapLayout.ts';
import { FIGURE_OFF_PATHWAY } from './mapSvg.ts';
import { moveLetter } from './moveLetter.ts';
import { linesAt, paragraph, textLine } from './svgText.ts';
import { wrapText } from '../text/textMetrics.ts';
import { el } from './xml.ts';

interface LegendItem {
  readonly symbol: (x: number, cy: number) => string;
  readonly text: string;
  /** Height of the symbol when taller than a line of text. */
  readonly height?: number;
}

function legendItems(ctx: Ctx, fonts: MapFonts): LegendItem[] {
  const { d, input } = ctx;
  const W = input.parameters.windowDays as number;
  const H = input.parameters.horizonDays as number;
  const miniBox = (early: boolean) => (x: number, cy: number) =>
    el('rect', {
      x: x + 0.5,
      y: cy - 2,
      width: 9,
      height: 4,
      rx: 0.6,
      fill: colour.boxFill,
      stroke: early ? colour.earlyStroke : colour.boxStroke,
      'stroke-width': early ? stroke.early : stroke.box,
    });
  const sample = d.settings.suppress ? '<5' : '3';
  const items: LegendItem[] = [
    {
      symbol: (x, cy) => missedBadge(sample, x + 10, cy, fonts.badge),
      text: `Missed early-intervention points at the service: a concern with no response within ${String(W)} days, then a crisis within ${String(H)} days`,
    },
    { symbol: miniBox(true), text: 'Early-intervention service: where an early concern can be acted on' },
    { symbol: miniBox(false), text: 'Other service; each box gives the journeys that reached it' },
  ];
  // Widths for a few counts a reader can compare with: "<5" (or 1), 5 and the widest line shown.
  const values = d.moves.map((m) => m.journeys.value ?? 0);
  const max = Math.max(0, ...values);
  const samples: DisclosedCount[] = d.settings.suppress
    ? [{ text: '<5', value: null, suppressed: true }]
    : [{ text: '1', value: 1, suppressed: false }];
  if (max >= SMALL_COUNT_LIMIT)
    samples.push({ text: String(SMALL_COUNT_LIMIT), value: SMALL_COUNT_LIMIT, suppressed: false });
  if (max > SMALL_COUNT_LIMIT) samples.push({ text: String(max), value: max, suppressed: false });
  items.push({
    symbol: (x, cy) =>
      samples
        .map((c, i) => lineSample(x, cy + (i - (samples.length - 1) / 2) * 2.3, 10, ctx.width(c), 'on'))
        .join(''),
    text: `Move from one service to the next, arrow at the receiving service; width follows the journeys that made it (${samples
      .map((c) => c.text)
      .join(', ')} from the top)`,
    height: samples.length * 2.3 + 0.6,
  });
  items.push(
    {
      symbol: (x, cy) => lineSample(x, cy, 10, ctx.width(samples[0] as DisclosedCount), 'off'),
      text: 'Move off the expected pathway: dashed, with a letter listed below',
    },
    {
      symbol: (x, cy) => lineSample(x, cy, 10, stroke.untaken, 'untaken'),
      text: 'Expected route of the pathway that no journey took',
    },
  );
  return items;
}

/**
 * "A School → Emergency department: <5 journeys", one entry per off-pathway move drawn, in the order of
 * the letters, then how many more the CSV lists.
 */
function offPathwayList(ctx: Ctx): string[] {
  const label = (id: string) => ctx.input.pathway.services.find((s) => s.id === id)?.label ?? id;
  const off = ctx.d.moves.filter((m) => !m.onPathway);
  const drawn = off
    .slice(0, FIGURE_OFF_PATHWAY)
    .map((m, k) => `${moveLetter(k)} ${label(m.from)} → ${label(m.to)}, ${counted(m.journeys, 'journey')}`);
  const more = off.length - FIGURE_OFF_PATHWAY;
  return more > 0 ? [...drawn, `and ${String(more)} more (in the CSV)`] : drawn;
}

/** The key: one row per mark, a symbol then its meaning. */
function legend(
  ctx: Ctx,
  fonts: MapFonts,
  x: number,
  top: number,
  width: number,
  columns: number,
): { svg: string; height: number } {
  const size = fontSize.legend;
  const items = legendItems(ctx, fonts);
  const parts: string[] = [textLine('Key', x, top + size * 0.93, { size, bold: true })];
  const symbolWidth = 13;
  const colWidth = (width - (columns - 1) * 5) / columns;
  const perColumn = Math.ceil(items.length / columns);
  let maxHeight = 0;
  for (let c = 0; c < columns; c++) {
    let y = top + size * 1.6;
    for (const item of items.slice(c * perColumn, (c + 1) * perColumn)) {
      const cx = x + c * (colWidth + 5);
      const lines = wrapText(item.text, colWidth - symbolWidth - 1, size);
      const h = Math.max(4.6, item.height ?? 0, lines.length * size * LEADING + 0.8);
      parts.push(item.symbol(cx, y + h / 2));
      parts.push(linesAt(lines, cx + symbolWidth, y + (h - lines.length * size * LEADING) / 2, { size }).svg);
      y += h;
    }
    maxHeight = Math.max(maxHeight, y - top);
  }
  return { svg: el('g', { id: 'legend' }, parts), height: maxHeight };
}

/** Caption, data note and disclosure note. */
function notes(ctx: Ctx, x: number, top: number, width: number): { svg: string; height: number } {
  let y = top;
  const cap = paragraph(ctx.captionText, x, y, width, { size: fontSize.caption });
  y += cap.height + 1.2;
  const off = offPathwayList(ctx);
  let offSvg = '';
  if (off.length > 0) {
    const block = paragraph(`Off the expected pathway: ${off.join('; ')}.`, x, y, width, {
      size: fontSize.caption,
      fill: colour.offPathway,
    });
    offSvg = el('g', { id: 'off-pathway-moves', class: 'counts' }, block.svg);
    y += block.height + 1.2;
  }
  const note = paragraph(ctx.noteText, x, y, width, { size: fontSize.note, fill: colour.muted }, 5);
  y += note.height + 1.2;
  const unsuppressed = !ctx.d.settings.suppress;
  const disc = paragraph(ctx.disclosureText, x, y, width, {
    size: fontSize.note,
    bold: unsuppressed,
    fill: unsuppressed ? colour.warning : colour.muted,
  });
  y += disc.height;
  return {
    svg: [
      el('g', { id: 'caption' }, cap.svg),
      offSvg,
      el('g', { id: 'data-note' }, note.svg),
      el('g', { id: 'disclosure-note' }, disc.svg),
    ].join(''),
    height: y - top,
  };
}

/** The key, the caption, the off-pathway list, the data note and the disclosure note, at `top`. */
export function figureFooter(ctx: Ctx, fonts: MapFonts, top: number): { svg: string; height: number } {
  const cw = ctx.page.width - 2 * MARGIN;
  if (ctx.portrait) {
    const key = legend(ctx, fonts, MARGIN, top, cw, 2);
    const text = notes(ctx, MARGIN, top + key.height + 2.5, cw);
    return { svg: el('g', { id: 'footer' }, [key.svg, text.svg]), height: key.height + 2.5 + text.height };
  }
  const keyWidth = cw * 0.4;
  const key = legend(ctx, fonts, MARGIN, top, keyWidth, 1);
  const text = notes(ctx, MARGIN + keyWidth + 7, top, cw - keyWidth - 7);
  return { svg: el('g', { id: 'footer' }, [key.svg, text.svg]), height: Math.max(key.height, text.height) };
}
