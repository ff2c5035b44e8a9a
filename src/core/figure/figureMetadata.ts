import { parametersJson } from '../analysis/analysisReport.ts';
import type { RuleParameters } from '../analysis/parameters.ts';
import type { DisclosedSummary } from '../disclosure/disclose.ts';
import type { Pathway } from '../pathway/types.ts';
import type { CohortInfo, FigureMetadata, FigureSize, FigureView } from './figureTypes.ts';
import { escapeXml, unescapeXml } from './xml.ts';

export const FIGURE_GENERATOR = 'Pathway Lens figure engine 1';
const METADATA_ID = 'pathway-lens-figure';

export function figureMetadata(args: {
  pathway: Pathway;
  parameters: RuleParameters;
  cohort: CohortInfo;
  period: string | null;
  disclosed: DisclosedSummary;
  size: FigureSize;
  title: string;
  view: FigureView;
  filters: readonly string[];
}): FigureMetadata {
  const { pathway, disclosed: d } = args;
  const missed: Record<string, string> = {};
  const touched: Record<string, string> = {};
  for (const s of d.services) {
    if (s.missedPoints.text !== '0') missed[s.id] = s.missedPoints.text;
    if (s.journeys.text !== '0') touched[s.id] = s.journeys.text;
  }
  return {
    generator: FIGURE_GENERATOR,
    format: 1,
    size: args.size,
    view: args.view,
    title: args.title,
    filters: [...args.filters],
    pathway: { id: pathway.id, title: pathway.title, version: pathway.version, source: pathway.source },
    parameters: parametersJson(args.parameters),
    cohort: {
      name: args.cohort.name,
      synthetic: args.cohort.synthetic,
      journeys: d.journeys.text,
      period: args.period,
    },
    disclosure: { suppress: d.settings.suppress, roundTo: d.settings.roundTo },
    summary: {
      journeys: d.journeys.text,
      reachedCrisis: d.reachedCrisis.text,
      missedPoints: d.missedPoints.text,
      journeysWithMissedPoints: d.journeysWithMissedPoints.text,
      missedPointsByService: missed,
      serviceJourneys: touched,
      transitions: d.moves.map((m) => ({
        from: m.from,
        to: m.to,
        journeys: m.journeys.text,
        moves: m.moves.text,
        onPathway: m.onPathway,
        medianDays: m.medianDays,
      })),
      targets: d.targets.map((t) => ({
        service: t.service,
        label: t.label,
        referrals: t.referrals.text,
        withinTarget: t.withinTarget.text,
      })),
      medianLeadTimeDays: d.medianLeadTimeDays,
    },
  };
}

/**
 * The `<metadata>` element: the JSON as escaped text (not CDATA, which a label holding "]]>" would
 * break), so that an SVG viewer ignores it and `readFigureMetadata` reads it back.
 */
export function metadataElement(metadata: FigureMetadata): string {
  return `<metadata id="${METADATA_ID}">${escapeXml(JSON.stringify(metadata))}</metadata>`;
}

/** Reads back the metadata of a figure made by `buildPathwayFigure`; undefined when there is none. */
export function readFigureMetadata(svg: string): FigureMetadata | undefined {
  const m = new RegExp(`<metadata id="${METADATA_ID}">([^<]*)</metadata>`).exec(svg);
  if (!m) return undefined;
  try {
    const value = JSON.parse(unescapeXml(m[1] as string)) as unknown;
    if (
      typeof value !== 'object' ||
      value === null ||
      (value as { generator?: unknown }).generator !== FIGURE_GENERATOR
    ) {
      return undefined;
    }
    return value as FigureMetadata;
  } catch {
    return undefined;
  }
}
