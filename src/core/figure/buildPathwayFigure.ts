import { scaleSqrt } from 'd3-scale';
import { disclose, type DisclosedSummary } from '../disclosure/disclose.ts';
import { DEFAULT_DISCLOSURE, disclosureNote, SMALL_COUNT_LIMIT } from '../disclosure/disclosureSettings.ts';
import type { DisclosedCount } from '../disclosure/suppressCount.ts';
import type { FigureContext } from './figureContext.ts';
import { figureCsv } from './figureCsv.ts';
import { figureFooter } from './figureFooter.ts';
import { figureHeader } from './figureHeader.ts';
import { figureMetadata, metadataElement } from './figureMetadata.ts';
import { FONT_FAMILY, fontSize, MARGIN, pt, stroke } from './figureStyle.ts';
import type { FigureInput, PathwayFigure } from './figureTypes.ts';
import {
  altText,
  caption,
  dataNote,
  defaultTitle,
  formatPeriod,
  SYNTHETIC_LABEL,
  type Words,
} from './figureWords.ts';
import { fitMap, type MapFonts, type Rect } from './mapLayout.ts';
import { figureLines, mapSvg } from './mapSvg.ts';
import { PAGE_MM } from './pageSize.ts';
import { el, escapeXml } from './xml.ts';

/** Width of a line that stands for a hidden count: the same for every "<5" line, whatever the count. */
const HIDDEN_VALUE = 2.5;

function widthScale(d: DisclosedSummary): (c: DisclosedCount) => number {
  const shown = d.moves.map((m) => m.journeys.value ?? 0);
  const max = Math.max(d.settings.suppress ? SMALL_COUNT_LIMIT : 1, ...shown);
  const s = scaleSqrt().domain([0, max]).range([0, stroke.moveMax]).clamp(true);
  return (c) => Math.max(stroke.moveMin, s(c.value ?? HIDDEN_VALUE));
}

/**
 * The board-paper figure of a pathway and the analysis of a cohort: an A4 SVG (millimetres, text as
 * text, a font stack that renders everywhere), its alt text, its numbers as CSV and its metadata. Every
 * number in all four has been through disclosure control (`disclose`), and the output is the same, byte
 * for byte, for the same input. It runs in Node and in the browser: no DOM, no Node API.
 */
export function buildPathwayFigure(input: FigureInput): PathwayFigure {
  const { pathway, cohortInfo } = input;
  const size = input.size ?? 'a4-landscape';
  const portrait = size === 'a4-portrait';
  const page = PAGE_MM[size];
  const settings = input.disclosure ?? DEFAULT_DISCLOSURE;
  const d = disclose(input.summary, settings, {
    serviceIds: pathway.services.map((s) => s.id),
    leadTimeJourneys: input.leadTimeJourneys,
  });
  const title = input.title?.trim() ? input.title.trim() : defaultTitle(pathway);
  const period = formatPeriod(cohortInfo);
  const words: Words = {
    pathway,
    disclosed: d,
    parameters: input.parameters,
    cohort: cohortInfo,
    title,
    filtered: cohortInfo.journeys !== input.summary.journeys,
  };
  const ctx: FigureContext = {
    input,
    d,
    words,
    portrait,
    page,
    width: widthScale(d),
    disclosureText: disclosureNote(settings, d.containsSmallCounts),
    captionText: caption(words),
    noteText: dataNote(words, period),
  };
  const baseFonts: MapFonts = portrait
    ? { laneLabel: pt(8), laneNote: pt(6.5), service: pt(7), count: pt(6.5), badge: pt(7.5) }
    : {
        laneLabel: fontSize.laneLabel,
        laneNote: fontSize.laneNote,
        service: fontSize.service,
        count: fontSize.count,
        badge: fontSize.badge,
      };

  const top = figureHeader(ctx);
  const footerHeight = figureFooter(ctx, baseFonts, 0).height;
  const footerTop = page.height - MARGIN - footerHeight;
  const foot = figureFooter(ctx, baseFonts, footerTop);
  const mapRect: Rect = {
    x: MARGIN,
    y: top.bottom + 3.5,
    width: page.width - 2 * MARGIN,
    height: footerTop - 4 - (top.bottom + 3.5),
  };
  const { map, fonts } = fitMap(pathway, mapRect, baseFonts, figureLines(ctx), { laneNotes: portrait });

  const metadata = figureMetadata({
    pathway,
    parameters: input.parameters,
    cohort: cohortInfo,
    period,
    disclosed: d,
    size,
    title,
  });
  const alt = altText(words, period);
  const csvNotes = [
    ...(cohortInfo.synthetic ? [SYNTHETIC_LABEL] : []),
    ctx.disclosureText,
    `Pathway ${pathway.id} version ${pathway.version}; W = ${String(input.parameters.windowDays)} days, H = ${String(input.parameters.horizonDays)} days.`,
  ];

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${String(page.width)}mm" height="${String(page.height)}mm" viewBox="0 0 ${String(page.width)} ${String(page.height)}" role="img" aria-labelledby="figure-title figure-desc" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title id="figure-title">${escapeXml(title)}</title>`,
    `<desc id="figure-desc">${escapeXml(alt)}</desc>`,
    metadataElement(metadata),
    el('rect', { x: 0, y: 0, width: page.width, height: page.height, fill: '#ffffff' }),
    top.svg,
    mapSvg(ctx, map, fonts, mapRect),
    foot.svg,
    '</svg>',
  ].join('\n');

  return {
    svg: `${svg}\n`,
    altText: alt,
    csv: figureCsv(pathway, d, csvNotes),
    metadata,
    widthMm: page.width,
    heightMm: page.height,
  };
}
