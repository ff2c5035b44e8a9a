import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import type { Pathway } from '../../core/pathway/types.ts';
import { useCohortData } from '../data/CohortData.tsx';
import { PathwayMap } from '../map/PathwayMap.tsx';
import { useView } from '../state/ViewStore.tsx';
import { MapToolbar } from './MapToolbar.tsx';
import { SelectionChips } from './SelectionChips.tsx';
import { useSimplifiedMap } from './useSimplifiedMap.ts';
import { PrintFigure } from '../export/PrintFigure.tsx';
import { useFigureSource } from '../export/useFigureSource.ts';

const PathwayTable = lazy(() =>
  import('../table/PathwayTable.tsx').then((m) => ({ default: m.PathwayTable })),
);

/** The map with the cohort's overlay (and the highlighted journey or route), or its text alternative. */
export function MapArea({ pathway }: { pathway: Pathway }): ReactNode {
  const overlay = useCohortData((d) => d.overlay, null);
  const meta = useCohortData((d) => d.meta, null);
  const detail = useCohortData((d) => d.detail, null);
  const mode = useView((v) => v.overlayMode);
  const view = useView((v) => v.mainView);
  const focus = useView((v) => v.focus);
  const presentation = useView((v) => v.presentation);
  const hidden = useSimplifiedMap(pathway);
  const source = useFigureSource(pathway);
  // The selected journey's route (its detail is there only while it is selected), else the selected variant's.
  const route = useMemo(() => {
    if (detail) return detail.eventsList.map((e) => e.service);
    if (focus?.kind === 'variant') return focus.services;
    return null;
  }, [detail, focus]);
  if (view === 'table') {
    return (
      <div className="map-table" data-testid="map-table">
        <Suspense fallback={<p className="side__loading">Loading the tables…</p>}>
          <PathwayTable
            pathway={pathway}
            summary={overlay?.summary ?? null}
            synthetic={meta?.synthetic ?? false}
            cohortName={meta ? (meta.file.split('/').pop() ?? meta.file) : null}
          />
        </Suspense>
      </div>
    );
  }
  return (
    <>
      <div className="map-bar">
        <SelectionChips pathway={pathway} />
        <MapToolbar pathway={pathway} />
      </div>
      <div className="map-frame" data-overlay-key={overlay?.key ?? ''}>
        <PathwayMap
          pathway={pathway}
          summary={overlay?.summary ?? null}
          mode={mode}
          route={route}
          hidden={hidden}
          presentation={presentation}
        />
      </div>
      <PrintFigure source={source} />
    </>
  );
}
