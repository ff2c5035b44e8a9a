import { horizonText, windowText } from '../analysis/parameters.ts';
import { scaleSqrt } from 'd3-scale';
import { filterWords } from '../analysis/filterWords.ts';
import { disclose, type DisclosedSummary } from '../disclosure/disclose.ts';
import { DEFAULT_DISCLOSURE, disclosureNote, SMALL_COUNT_LIMIT } from '../disclosure/disclosureSettings.ts';
import type { DisclosedCount } from '../disclosure/suppressCount.ts';
import { boxNumbers } from './boxNumbers.ts';
import { altText as figureAltText } from './figureAltText.ts';
import { caption, dataNote } from './figureCaption.ts';
import type { FigureContext } from './figureContext.ts';
import { figureCsv } from './figureCsv.ts';
import { figureFooter } from './figureFooter.ts';
import { figureHeader } from './figureHeader.ts';
import { figureMetadata, metadataElement } from './figureMetadata.ts';
import { figureSvg } from './figureSvg.ts';
import { fontSize, MARGIN, stroke } from './figureStyle.ts';
import type { FigureInput, FigurePart, PathwayFigure } from './figureTypes.ts';
import { defaultTitle, formatPeriod, SYNTHETIC_LABEL, type Words } from './figureWords.ts';
import { fitMap, OMISSION_NOTE } from './fitMap.ts';
import type { MapFonts, Rect } from './mapLayout.ts';
import { figureLines, mapSvg } from './mapSvg.ts';
import { PAGE_MM } from './pageSize.ts';

/** Width of a line that stands for a hidden count: the same for every "<5" line, whatever the count. */
const HIDDEN_VALUE = 2.5;

function widthScale(d: DisclosedSummary): (c: DisclosedCount) => number {
  const shown = d.moves.map((m) => m.journeys.value ?? 0);
  const max = Math.max(d.settings.suppress ? SMALL_COUNT_LIMIT : 1, ...shown);
  const s = scaleSqrt().domain([0, max]).range([0, stroke.moveMax]).clamp(true);
  return (c) => Math.max(stroke.moveMin, s(c.value ?? HIDDEN_VALUE));
}

const MAP_FONTS: MapFonts = {
  laneLabel: fontSize.laneLabel,
  laneNote: fontSize.laneNote,
  service: fontSize.service,
  count: fontSize.count,
  badge: fontSize.badge,
};

/**
 * The board-paper figure of a pathway and the analysis of a cohort: an A4 SVG (millimetres, text as
 * text, a font stack that renders everywhere), its parts in reading order (for the tagged PDF), its alt
 * text, its numbers as CSV and its metadata. Every number in all of them has been through disclosure
 * control (`disclose`), and the output is the same, byte for byte, for the same input. It runs in Node
 * and in the browser: no DOM, no Node API.
 *
 * The page is set from the outside in: the header (title, subtitle, key numbers) at the top, the key
 * and the notes at the bottom, each as tall as its text needs at 8 pt and more (nothing is cut), and
 * the map in what is left, with as much text in its boxes as fits (`fitMap`).
 */
export function buildPathwayFigure(input: FigureInput): PathwayFigure {
  const { pathway, cohortInfo } = input;
  const size = input.size ?? 'a4-landscape';
  const view = input.view ?? 'frequency';
  const column = size === 'column';
  const portrait = size !== 'a4-landscape';
  const maxPage = PAGE_MM[size];
  const settings = input.disclosure ?? DEFAULT_DISCLOSURE;
  const filtered = cohortInfo.journeys !== input.summary.journeys;
  const d = disclose(input.summary, settings, {
    services: pathway.services,
    leadTimeJourneys: input.leadTimeJourneys,
    cohortJourneys: filtered ? cohortInfo.journeys : undefined,
  });
  const title = input.title?.trim() ? input.title.trim() : defaultTitle(pathway, view);
  const period = formatPeriod(cohortInfo);
  const words: Words = {
    pathway,
    disclosed: d,
    parameters: input.parameters,
    cohort: cohortInfo,
    title,
    view,
    filters: filterWords(input.filter, pathway),
    filtered,
  };
  const ctx: FigureContext = {
    input,
    d,
    words,
    portrait,
    column,
    page: maxPage,
    width: widthScale(d),
    disclosureText: disclosureNote(settings, d.containsSmallCounts, d.secondarySuppressed > 0),
    captionText: caption(words),
    noteText: dataNote(words, period),
  };

  const header = figureHeader(ctx);
  const footer = figureFooter(ctx, MAP_FONTS);
  const mapTop = header.bottom + 3.5;
  // On paper the key and notes sit at the foot of the page and the map takes what is left; a screen
  // column is as tall as its map (with tighter gaps between rows) and notes.
  const mapRect: Rect = {
    x: MARGIN,
    y: mapTop,
    width: maxPage.width - 2 * MARGIN,
    height: maxPage.height - MARGIN - footer.height - 4 - mapTop,
  };
  const { map, fonts, shrunk, omitted } = fitMap(
    pathway,
    mapRect,
    MAP_FONTS,
    figureLines(ctx),
    boxNumbers(ctx),
    {
      slots: input.placement,
    },
  );
  const page = column
    ? {
        width: maxPage.width,
        height: Math.ceil(mapTop + map.height + (omitted ? OMISSION_NOTE : 0) + 4 + footer.height + MARGIN),
      }
    : maxPage;
  const footerTop = page.height - MARGIN - footer.height;
  const alt = figureAltText(words, period);
  const parts: FigurePart[] = [
    ...header.parts,
    { tag: 'Figure', alt, svg: mapSvg(ctx, map, fonts, mapRect, omitted) },
    ...footer.parts(footerTop),
  ];
  const warnings = shrunk
    ? [
        `The pathway has too many services in one level for its boxes to fit the page at 8 pt: the map's type was made smaller (${(
          (fonts.service / MAP_FONTS.service) *
          8
        ).toFixed(1)} pt).`,
      ]
    : [];

  const metadata = figureMetadata({
    pathway,
    parameters: input.parameters,
    cohort: cohortInfo,
    period,
    disclosed: d,
    size,
    title,
    view,
    filters: words.filters,
  });
  const csvNotes = [
    ...(cohortInfo.synthetic ? [SYNTHETIC_LABEL] : []),
    ctx.disclosureText,
    ...(words.filters.length > 0 ? [`Filters: ${words.filters.join('; ')}.`] : []),
    `Pathway ${pathway.id} version ${pathway.version}; W = ${windowText(input.parameters)}, H = ${horizonText(input.parameters)}.`,
  ];
  return {
    svg: figureSvg({ page, title, alt, metadata: metadataElement(metadata), parts }),
    parts,
    warnings,
    altText: alt,
    csv: figureCsv(pathway, d, csvNotes),
    metadata,
    widthMm: page.width,
    heightMm: page.height,
  };
}
