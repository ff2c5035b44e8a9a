import { useMemo } from 'react';
import type { Pathway } from '../../core/pathway/types.ts';
import { useCohortData } from '../data/CohortData.tsx';
import { useView } from '../state/ViewStore.tsx';
import { journeyFilterOf } from '../state/viewFilters.ts';
import { currentFigureInput, type FigureSource } from './figureInput.ts';

/**
 * The figure of the explorer's current view (the export dialog's and the printed map's): the loaded
 * cohort's overlay under the view's filters, W and H, and its display (journeys or times). Null until a
 * cohort is loaded and analysed. Needs the explorer's `ViewStoreProvider` and `CohortDataProvider`.
 */
export function useFigureSource(pathway: Pathway): FigureSource | null {
  const meta = useCohortData((d) => d.meta, null);
  const table = useCohortData((d) => d.table, null);
  const overlay = useCohortData((d) => d.overlay, null);
  const filters = useView((v) => v.filters);
  const overlayMode = useView((v) => v.overlayMode);
  return useMemo(
    () =>
      currentFigureInput({
        pathway,
        meta,
        table,
        overlay,
        filter: journeyFilterOf(filters),
        view: overlayMode,
      }),
    [pathway, meta, table, overlay, filters, overlayMode],
  );
}
