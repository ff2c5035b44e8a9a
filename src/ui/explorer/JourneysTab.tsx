import { lazy, Suspense, useCallback, useMemo, useRef, type ReactNode } from 'react';
import { pathwayLookups } from '../../core/pathway/pathwayLookups.ts';
import type { JourneyId, Pathway } from '../../core/pathway/types.ts';
import { useCohortController, useCohortData } from '../data/CohortData.tsx';
import type { JourneySort } from '../journeys/journeyListModel.ts';
import { useSelectedServiceId, useView, useViewSend } from '../state/ViewStore.tsx';
import { FocusChips } from './FocusChips.tsx';
import { Loading, NoCohort, NoJourneys } from './tabStates.tsx';
import { TimelineDrawer } from './TimelineDrawer.tsx';
import { useElementSize } from '../common/useElementSize.ts';

// Not needed at first paint: loaded when the tab opens.
const JourneyList = lazy(() =>
  import('../journeys/JourneyList.tsx').then((m) => ({ default: m.JourneyList })),
);

/** The side panel's journeys: the list (sorted and searched as the view says) and the selected journey's timeline. */
export function JourneysTab({ pathway }: { pathway: Pathway }): ReactNode {
  const controller = useCohortController();
  const send = useViewSend();
  const list = useCohortData((d) => d.list, null);
  const meta = useCohortData((d) => d.meta, null);
  const table = useCohortData((d) => d.table, null);
  const aggregate = useCohortData((d) => d.aggregate !== null, false);
  const journeyId = useView((v) => v.selectedJourneyId);
  // The controller holds only the selected journey's detail: shown while it is there.
  const shown = useCohortData((d) => d.detail !== null, false);
  const service = useSelectedServiceId();
  const box = useRef<HTMLDivElement>(null);
  const height = useElementSize(box, 'height', 420);
  const labels = useMemo(() => new Map(pathway.concerns.map((c) => [c.id as string, c.label])), [pathway]);
  const concernsLabel = useCallback((id: string) => labels.get(id) ?? id, [labels]);
  const selectedIndex = useMemo(
    () => (journeyId && table && controller ? controller.indexOf(journeyId) : -1),
    [journeyId, table, controller],
  );
  const onSelect = useCallback(
    (index: number) => {
      const id = table?.ids[index];
      if (id !== undefined) send({ type: 'journey.select', journeyId: id as JourneyId });
    },
    [table, send],
  );
  const sort = useView((v) => v.journeySort);
  const search = useView((v) => v.journeySearch);
  const onSortChange = useCallback(
    (next: JourneySort) => {
      send({ type: 'journeys.sort', sort: next });
    },
    [send],
  );
  const onSearchChange = useCallback(
    (next: string) => {
      send({ type: 'journeys.search', search: next });
    },
    [send],
  );
  const attributeColumns = useMemo(
    () => meta?.attributes.filter((a) => a.scope === 'journey').map((a) => a.name) ?? [],
    [meta],
  );
  if (!meta) return <NoCohort />;
  if (aggregate) return <NoJourneys>No journey can be listed or played on a timeline.</NoJourneys>;
  if (!list) return <Loading />;
  return (
    <div className="journeys-tab">
      <FocusChips pathway={pathway} />
      <div className={shown ? 'journeys-tab__list is-short' : 'journeys-tab__list'} ref={box}>
        <Suspense fallback={<Loading />}>
          <JourneyList
            rows={list.rows}
            concernsLabel={concernsLabel}
            selectedIndex={selectedIndex >= 0 ? selectedIndex : null}
            onSelect={onSelect}
            highlightServiceLabel={
              service === null ? undefined : pathwayLookups(pathway).service.get(service)?.label
            }
            attributeColumns={attributeColumns}
            synthetic={meta.synthetic}
            height={Math.max(shown ? 160 : 220, height - 110)}
            sort={sort}
            onSortChange={onSortChange}
            search={search}
            onSearchChange={onSearchChange}
          />
        </Suspense>
      </div>
      <TimelineDrawer pathway={pathway} />
    </div>
  );
}
