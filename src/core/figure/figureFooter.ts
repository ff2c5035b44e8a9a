import { horizonText, windowText } from '../analysis/parameters.ts';
import { SMALL_COUNT_LIMIT } from '../disclosure/disclosureSettings.ts';
import type { DisclosedCount } from '../disclosure/suppressCount.ts';
import { moveList } from './figureCaption.ts';
import type { FigureContext as Ctx } from './figureContext.ts';
import { lineSample, missedBadge } from './figureMarks.ts';
import { colour, fontSize, LEADING, MARGIN, stroke } from './figureStyle.ts';
import type { FigurePart } from './figureTypes.ts';
import type { MapFonts } from './mapLayout.ts';
import { linesAt, textLine } from './svgText.ts';
import { balance, flowHeight, flowLines, setLines, type FlowLine, type FlowParagraph } from './textFlow.ts';
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
  const W = windowText(input.parameters);
  const H = horizonText(input.parameters);
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
  const time = ctx.words.view === 'time';
  const items: LegendItem[] = [];
  if (!time)
    items.push({
      symbol: (x, cy) => missedBadge(d.settings.suppress ? '<5' : '3', x + 11, cy, fonts.badge),
      text: `Missed early-intervention points: a concern at the service with no response within ${W}, then a crisis within ${H}`,
    });
  items.push(
    { symbol: miniBox(true), text: 'Early-intervention service (an early concern can be acted on there)' },
    {
      symbol: miniBox(false),
      text: time
        ? 'Other service, with the median wait from a referral to the next assessment there'
        : 'Other service, with the journeys that reached it',
    },
  );
  // Widths for a few counts a reader can compare with: "<5" (or 1), 5 and the widest line shown.
  const values = d.moves.map((m) => m.journeys.value ?? 0);
  const max = Math.max(0, ...values);
  const samples: DisclosedCount[] = d.settings.suppress
    ? [{ text: '<5', value: null, suppressed: true }]
    : [{ text: '1', value: 1, suppressed: false }];
  if (max >= SMALL_COUNT_LIMIT)
    samples.push({ text: String(SMALL_COUNT_LIMIT), value: SMALL_COUNT_LIMIT, suppressed: false });
  if (max > SMALL_COUNT_LIMIT)
    samples.push({ text: max.toLocaleString('en-GB'), value: max, suppressed: false });
  items.push({
    symbol: (x, cy) =>
      samples
        .map((c, i) => lineSample(x, cy + (i - (samples.length - 1) / 2) * 2.3, 10, ctx.width(c), 'on'))
        .join(''),
    text: `Move to the next service, arrow at the receiving end; width by journeys (${samples
      .map((c) => c.text)
      .join(', ')} from the top)`,
    height: samples.length * 2.3 + 0.6,
  });
  items.push(
    {
      symbol: (x, cy) => lineSample(x, cy, 10, ctx.width(samples[0] as DisclosedCount), 'off'),
      text: time
        ? 'Move off the expected pathway (dashed); letters mark the longest moves, listed'
        : 'Move off the expected pathway (dashed); letters mark those listed',
    },
    {
      symbol: (x, cy) => lineSample(x, cy, 10, stroke.untaken, 'untaken'),
      text: 'Expected route that no journey took',
    },
  );
  return items;
}

/** The key in `columns` columns at (x, top): one row per mark, a symbol then its meaning. */
function legend(
  ctx: Ctx,
  fonts: MapFonts,
  x: number,
  top: number,
  width: number,
  columns: number,
): { svg: string; height: number; text: string } {
  const size = fontSize.legend;
  const items = legendItems(ctx, fonts);
  const parts: string[] = [textLine('Key', x, top + size * 0.93, { size, bold: true })];
  const symbolWidth = 14;
  const colWidth = (width - (columns - 1) * 5) / columns;
  const perColumn = Math.ceil(items.length / columns);
  let maxHeight = 0;
  for (let c = 0; c < columns; c++) {
    let y = top + size * LEADING + 0.6;
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
  return {
    svg: el('g', { id: 'legend' }, parts),
    height: maxHeight,
    text: `Key: ${items.map((i) => i.text).join('. ')}.`,
  };
}

const NOTE_GAP = 1.6;

/** The caption, the list of lettered moves, the data note and the disclosure note, as paragraphs. */
function noteParagraphs(ctx: Ctx): FlowParagraph[] {
  const caption = { size: fontSize.caption };
  const note = { size: fontSize.note, fill: colour.muted };
  const list = moveList(ctx.words);
  const listStyle = {
    size: fontSize.caption,
    fill: ctx.words.view === 'time' ? colour.move : colour.offPathway,
  };
  const out: FlowParagraph[] = [{ block: 'caption', text: ctx.captionText, style: caption }];
  if (list.entries.length > 0) {
    out.push({
      block: 'move-list',
      text: list.heading,
      style: { ...listStyle, bold: true },
      gapBefore: NOTE_GAP,
    });
    for (const e of list.entries)
      out.push({ block: 'move-list', text: e, style: listStyle, hanging: 4, together: true });
    if (list.more) out.push({ block: 'move-list', text: list.more, style: listStyle });
  }
  out.push({ block: 'data-note', text: ctx.noteText, style: note, gapBefore: NOTE_GAP });
  const unsuppressed = !ctx.d.settings.suppress;
  out.push({
    block: 'disclosure-note',
    text: ctx.disclosureText,
    style: { size: fontSize.note, bold: unsuppressed, fill: unsuppressed ? colour.warning : colour.muted },
    gapBefore: NOTE_GAP,
  });
  return out;
}

const BLOCK_IDS: Readonly<Record<string, string>> = {
  caption: 'caption',
  'move-list': 'off-pathway-moves',
  'data-note': 'data-note',
  'disclosure-note': 'disclosure-note',
};

/**
 * The key, the caption, the list of lettered moves, the data note and the disclosure note, under the
 * map. Landscape: three balanced columns, the key at the top of the first and the notes flowing after
 * it. Portrait: the key in two columns across the page, the notes in two balanced columns under it.
 * `height` is known before `parts(top)` sets them.
 */
export function figureFooter(
  ctx: Ctx,
  fonts: MapFonts,
): { height: number; parts: (top: number) => FigurePart[] } {
  const cw = ctx.page.width - 2 * MARGIN;
  const gap = 6;
  const columns = ctx.column ? 1 : ctx.portrait ? 2 : 3;
  const keyColumns = ctx.column ? 1 : ctx.portrait ? 2 : 1;
  const colWidth = (cw - (columns - 1) * gap) / columns;
  const keyWidth = ctx.portrait ? cw : colWidth;
  const key = legend(ctx, fonts, MARGIN, 0, keyWidth, keyColumns);
  const keyGap = 3;
  const lines = flowLines(noteParagraphs(ctx), colWidth);
  const flowed = ctx.portrait ? balance(lines, columns) : balance(lines, 3, key.height + keyGap);
  const notesTop = ctx.portrait ? key.height + keyGap : 0;
  const colHeight = (c: readonly FlowLine[], i: number) =>
    flowHeight(c) + (!ctx.portrait && i === 0 ? key.height + (c.length > 0 ? keyGap : 0) : 0);
  const height = notesTop + Math.max(key.height, ...flowed.map(colHeight));
  return {
    height,
    parts: (top) => {
      const placed = legend(ctx, fonts, MARGIN, top, keyWidth, keyColumns);
      const blocks = new Map<string, string[]>();
      flowed.forEach((c, i) => {
        const first = !ctx.portrait && i === 0 ? key.height + keyGap : 0;
        setLines(c, MARGIN + i * (colWidth + gap), top + notesTop + first, blocks);
      });
      const notes: FigurePart[] = [...blocks].map(([block, svg]) => ({
        tag: 'P',
        svg: el(
          'g',
          { id: BLOCK_IDS[block] ?? block, class: block === 'move-list' ? 'counts' : undefined },
          svg,
        ),
      }));
      return [{ tag: 'Figure', alt: placed.text, svg: placed.svg }, ...notes];
    },
  };
}
