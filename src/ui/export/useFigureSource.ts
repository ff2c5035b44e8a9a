import { useMemo } from 'react';
import { splitWords } from '../../core/figure/compareFigureForCohort.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { useComparison } from '../compare/useComparison.ts';
import { useCohortData } from '../data/CohortData.tsx';
import { useView } from '../state/ViewStore.tsx';
import { journeyFilterOf } from '../state/viewFilters.ts';
import { currentFigureInput, type FigureSource } from './figureInput.ts';

/**
 * The figure of the explorer's current view (the export dialog's and the printed map's): the loaded
 * cohort's overlay under the view's filters, W and H, and its display (journeys or times); in compare
 * mode, the two groups on screen as the "before / after" figure. Null until a cohort is loaded and
 * analysed. Needs the explorer's `ViewStoreProvider` and `CohortDataProvider`.
 */
export function useFigureSource(pathway: Pathway): FigureSource | null {
  const meta = useCohortData((d) => d.meta, null);
  const table = useCohortData((d) => d.table, null);
  const overlay = useCohortData((d) => d.overlay, null);
  const filters = useView((v) => v.filters);
  const overlayMode = useView((v) => v.overlayMode);
  const comparing = useView((v) => v.compare !== null);
  const comparison = useComparison(pathway);
  return useMemo(() => {
    const source = currentFigureInput({
      pathway,
      meta,
      table,
      overlay,
      filter: journeyFilterOf(filters),
      view: overlayMode,
    });
    if (!source || !comparing) return source;
    // Compare mode: the figure of the comparison on screen, and none while there is none to draw.
    if (!comparison) return null;
    const [a, b] = comparison.pair;
    const group = (g: typeof a) => ({
      label: g.figures.label,
      summary: g.summary,
      leadTimeJourneys: g.leadTimes.length,
    });
    // The comparison applies the filters on the cohort (concerns, columns), not those on outcomes.
    const { concerns, attributes } = source.filter ?? {};
    return {
      ...source,
      summary: a.summary,
      filter: undefined,
      compare: {
        split: splitWords(comparison.result.comparison.split),
        groups: [group(a), group(b)],
        filter: concerns || attributes ? { concerns, attributes } : undefined,
      },
    };
  }, [pathway, meta, table, overlay, filters, overlayMode, comparing, comparison]);
}
