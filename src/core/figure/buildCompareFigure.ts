import type { JourneyFilter } from '../analysis/journeyMask.ts';
import type { RuleParameters } from '../analysis/parameters.ts';
import type { CohortSummary } from '../analysis/summariseAnalysis.ts';
import { SMALL_COUNT_LIMIT, type DisclosureSettings } from '../disclosure/disclosureSettings.ts';
import type { ServiceSlots } from '../pathway/serviceSlots.ts';
import type { Pathway } from '../pathway/types.ts';
import { boxNumbers } from './boxNumbers.ts';
import { figureContextOf, MAP_FONTS, widthScale } from './buildPathwayFigure.ts';
import type { FigureContext } from './figureContext.ts';
import { figureCsv } from './figureCsv.ts';
import { figureFooter } from './figureFooter.ts';
import { figureHeader } from './figureHeader.ts';
import { figureMetadata, metadataElement } from './figureMetadata.ts';
import { figureSvg } from './figureSvg.ts';
import { colour, fontSize, MARGIN, pt } from './figureStyle.ts';
import type { CohortInfo, FigurePart, FigureView, PathwayFigure } from './figureTypes.ts';
import { counted, defaultTitle, formatPeriod, headline, show } from './figureWords.ts';
import { fitMap, OMISSION_NOTE } from './fitMap.ts';
import type { Rect } from './mapLayout.ts';
import { figureLines, mapSvg, omissionText } from './mapSvg.ts';
import { PAGE_MM } from './pageSize.ts';
import { paragraph } from './svgText.ts';
import { el } from './xml.ts';

/** One group of a comparison: its label and its summary (as `analyse` gives for its journeys alone). */
export interface CompareFigureGroup {
  readonly label: string;
  readonly summary: CohortSummary;
  /** Journeys with a lead time, so that the median lead time is shown only when it rests on 5 or more. */
  readonly leadTimeJourneys?: number | undefined;
}

export interface CompareFigureInput {
  readonly pathway: Pathway;
  readonly parameters: RuleParameters;
  /** The cohort split (or the first of two files), as the data note names it. */
  readonly cohortInfo: CohortInfo;
  /** The reference group ("before") first. */
  readonly groups: readonly [CompareFigureGroup, CompareFigureGroup];
  /** How the cohort was split, in words: "by the date of each journey's first event: before 1 Jan 2020". */
  readonly split: string;
  readonly title?: string | undefined;
  readonly disclosure?: DisclosureSettings | undefined;
  readonly view?: FigureView | undefined;
  readonly placement?: ServiceSlots | undefined;
  /** The filter both groups were narrowed by (concerns, columns), which the data note states. */
  readonly filter?: JourneyFilter | undefined;
}

/** Gives every `id` of a map's SVG a prefix, so that two maps on one page keep their ids unique. */
const prefixIds = (svg: string, prefix: string) => svg.replace(/ id="/g, ` id="${prefix}`);

/** The caveats every comparison figure carries, in the data note. */
function caveats(groups: readonly { label: string; journeys: number }[]): string {
  const small = groups.filter((g) => g.journeys < SMALL_COUNT_LIMIT).map((g) => `“${g.label}”`);
  return [
    'Each group is analysed alone with the same rule; the two maps share one line-width scale.',
    'A difference between the maps that rests on fewer than 5 journeys in either group is not a finding; the changes with their 95% intervals (Newcombe’s for shares) are in the comparison table (pathway-lens compare).',
    ...(small.length > 0
      ? [
          `${small.join(' and ')} ${small.length === 1 ? 'has' : 'have'} fewer than 5 journeys: nothing in ${small.length === 1 ? 'its map' : 'their maps'} is a finding.`,
        ]
      : []),
    'Journeys in one group are not the same children as in the other.',
  ].join(' ');
}

/**
 * The "before / after" board-paper figure: two maps of the same pathway side by side on A4
 * landscape, one per group of a comparison, with one line-width scale, the split and the group
 * sizes in the header and the caveats in the data note. It is the single figure's engine
 * (`figureContextOf`, `fitMap`, `mapSvg`, the key and notes): every number has been through disclosure
 * control, for each group as for any figure, and the output is the same, byte for byte, for the same
 * input. No DOM, no Node API.
 */
export function buildCompareFigure(input: CompareFigureInput): PathwayFigure {
  const { pathway, cohortInfo, groups } = input;
  // A4 landscape only: two maps side by side keep 8 pt type at any volume; stacked on a portrait page,
  // a busy pathway's boxes would not fit at 8 pt.
  const size = 'a4-landscape';
  const page = PAGE_MM[size];
  const title = input.title?.trim()
    ? input.title.trim()
    : `${defaultTitle(pathway, input.view ?? 'frequency')}: ${groups[0].label} and ${groups[1].label}`;
  const ctxs = groups.map((g) =>
    figureContextOf(
      {
        pathway,
        summary: g.summary,
        parameters: input.parameters,
        cohortInfo: { ...cohortInfo, journeys: g.summary.journeys },
        title,
        disclosure: input.disclosure,
        size,
        view: input.view,
        leadTimeJourneys: g.leadTimeJourneys,
        filter: input.filter,
      },
      false,
    ),
  ) as [FigureContext, FigureContext];
  const width = widthScale(ctxs[0].d, ctxs[1].d);
  const sized = groups.map(
    (g, i) => `${g.label}: ${counted(ctxs[i]?.d.journeys ?? ctxs[0].d.journeys, 'journey')}`,
  );
  const period = formatPeriod(cohortInfo);
  const note = [
    `Data: ${cohortInfo.name}${period ? `, ${period}` : ''}; split ${input.split}. Groups: ${sized.join('; ')}.`,
    caveats(groups.map((g) => ({ label: g.label, journeys: g.summary.journeys }))),
    ctxs[0].noteText.replace(/^Data: [^;]*; [^.]*\.\s*/, ''),
  ].join(' ');
  const shared: FigureContext = {
    ...ctxs[0],
    width,
    captionText: `Two maps of the ${pathway.title}, one per group: ${sized.join(', and ')}. Each map is drawn as the single figure is.`,
    noteText: note,
    // One note for the page: the stricter of the two groups' (secondary suppression in either).
    disclosureText:
      ctxs[1].d.secondarySuppressed > 0 && ctxs[0].d.secondarySuppressed === 0
        ? ctxs[1].disclosureText
        : ctxs[0].disclosureText,
  };
  const header = figureHeader(
    shared,
    `Split ${input.split}. Groups: ${groups.map((g, i) => `${g.label}, ${counted((ctxs[i] ?? ctxs[0]).d.journeys, 'journey')}`).join('; ')}.`,
  );
  const footer = figureFooter(shared, MAP_FONTS);
  const top = header.bottom + 3.5;
  const bottom = page.height - MARGIN - footer.height - 4;
  const cw = page.width - 2 * MARGIN;
  const gap = 6;
  const parts: FigurePart[] = [...header.parts];
  const alts: string[] = [];
  groups.forEach((g, i) => {
    const ctx = { ...(ctxs[i] as FigureContext), width };
    const box: Rect = {
      x: MARGIN + (i * (cw + gap)) / 2,
      y: top,
      width: (cw - gap) / 2,
      height: bottom - top,
    };
    const heading = paragraph(`${g.label} · ${counted(ctx.d.journeys, 'journey')}`, box.x, box.y, box.width, {
      size: pt(9),
      bold: true,
      fill: colour.text,
    });
    const sub = paragraph(headline(ctx.words), box.x, box.y + heading.height, box.width, {
      size: fontSize.note,
      fill: colour.muted,
    });
    const mapTop = box.y + heading.height + sub.height + 1.5;
    // Room for the note of what the map leaves out on two lines (fitMap keeps one line's worth).
    const rect: Rect = { ...box, y: mapTop, height: box.y + box.height - mapTop - OMISSION_NOTE };
    const { map, fonts, omitted } = fitMap(pathway, rect, MAP_FONTS, figureLines(ctx), boxNumbers(ctx), {
      slots: input.placement,
    });
    const alt = `${g.label}, ${counted(ctx.d.journeys, 'journey')}: ${headline(ctx.words)}`;
    alts.push(alt);
    parts.push({
      tag: 'P',
      svg: el('g', { id: `group-${String(i + 1)}-heading`, class: 'counts' }, [heading.svg, sub.svg]),
    });
    parts.push({
      tag: 'Figure',
      alt,
      svg: prefixIds(mapSvg(ctx, map, fonts, rect), `group-${String(i + 1)}-`),
    });
    if (omitted) {
      // Under its own map, wrapped to its width (the single figure's note is one line across the page).
      const note = paragraph(omissionText(omitted), box.x, rect.y + map.height + 1, box.width, {
        size: fontSize.note,
        fill: colour.muted,
      });
      parts.push({ tag: 'P', svg: el('g', { id: `group-${String(i + 1)}-omissions` }, note.svg) });
    }
  });
  parts.push(...footer.parts(page.height - MARGIN - footer.height));
  const alt = `${title}. Two maps of the ${pathway.title}${cohortInfo.synthetic ? ', from synthetic data, not real children' : ''}, split ${input.split}. ${alts.join(' ')}`;
  const metadata = {
    ...figureMetadata({
      pathway,
      parameters: input.parameters,
      cohort: cohortInfo,
      period,
      disclosed: ctxs[0].d,
      size,
      title,
      view: ctxs[0].words.view,
      filters: [],
    }),
    comparison: {
      split: input.split,
      groups: groups.map((g, i) => ({ label: g.label, journeys: show((ctxs[i] ?? ctxs[0]).d.journeys) })),
    },
  };
  const csv = groups
    .map((g, i) => {
      const ctx = ctxs[i] ?? ctxs[0];
      return `# ${g.label}\n${figureCsv(pathway, ctx.d, [`Group: ${g.label}; split ${input.split}.`, ctx.disclosureText])}`;
    })
    .join('\n');
  return {
    svg: figureSvg({ page, title, alt, metadata: metadataElement(metadata), parts }),
    parts,
    warnings: groups
      .filter((g) => g.summary.journeys < SMALL_COUNT_LIMIT)
      .map((g) => `The group "${g.label}" has fewer than 5 journeys: nothing in its map is a finding.`),
    altText: alt,
    csv,
    metadata,
    widthMm: page.width,
    heightMm: page.height,
  };
}
