import type { CohortSummary } from '../../../src/core/analysis/summariseAnalysis.ts';
import { textWidth } from '../../../src/core/text/textMetrics.ts';
import type { LayoutEdgeSpec, PathwayLayout } from '../../../src/core/layout/layoutTypes.ts';
import { pathwayLayout } from '../../../src/core/layout/pathwayLayout.ts';
import type { Pathway } from '../../../src/core/pathway/types.ts';
import { pathSpecs } from '../../../src/ui/map/highlightPath.ts';
import { mapMetrics } from '../../../src/ui/map/mapMetrics.ts';
import { drawnOffPathway, offPathwaySpecs } from '../../../src/ui/map/overlayToFlow.ts';
import { pathwayToFlow, routeSpecs } from '../../../src/ui/map/pathwayToFlow.ts';

/** The map's layout of a pathway in Node (DejaVu widths), with the lines the app would add. */
export function mapLayoutOf(
  pathway: Pathway,
  options: { summary?: CohortSummary; route?: readonly string[]; extra?: LayoutEdgeSpec[] } = {},
): PathwayLayout {
  const known = new Set<string>(pathway.services.map((s) => s.id));
  return pathwayLayout(
    pathway,
    [
      ...routeSpecs(pathway),
      ...(options.summary ? offPathwaySpecs(drawnOffPathway(options.summary)) : []),
      ...pathSpecs(options.route, known),
      ...(options.extra ?? []),
    ],
    mapMetrics(textWidth),
  );
}

/** The map's flow of a pathway, as the app draws it without a cohort. */
export const flowOf = (pathway: Pathway) => pathwayToFlow(pathway, mapLayoutOf(pathway));
