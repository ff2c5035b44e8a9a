import { useEffect, useMemo } from 'react';
import type { JourneyFilter } from '../../core/analysis/journeyMask.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { useView } from '../state/ViewStore.tsx';
import { useCohortController, useCohortData } from './CohortData.tsx';

/**
 * Asks the worker for the overlay and the list whenever the cohort, the filters, the parameters, the
 * focus, the selected service or the overlay mode change. The client drops answers to older requests.
 */
export function AnalysisSync({ pathway }: { pathway: Pathway }): null {
  const controller = useCohortController();
  const generation = useCohortData((d) => d.meta?.generation ?? 0, 0);
  const windowDays = useView((v) => v.windowDays);
  const horizonDays = useView((v) => v.horizonDays);
  const concerns = useView((v) => v.concerns);
  const attributes = useView((v) => v.filters);
  const reachedCrisis = useView((v) => v.reachedCrisis);
  const withMissedPoints = useView((v) => v.withMissedPoints);
  const focus = useView((v) => v.focus);
  const service = useView((v) => v.selectedServiceId);
  // The table view lists median waits and move times whatever the map shows.
  const timings = useView((v) => v.overlayMode === 'time' || v.mainView === 'table');
  // The screen ignores a service id it does not know (e.g. from an old link).
  const throughService = service && pathway.services.some((s) => s.id === service) ? service : null;
  const filter = useMemo<JourneyFilter>(
    () => ({
      concerns: concerns.length > 0 ? concerns : undefined,
      attributes: Object.keys(attributes).length > 0 ? attributes : undefined,
      reachedCrisis: reachedCrisis ?? undefined,
      withMissedPoints: withMissedPoints ?? undefined,
    }),
    [concerns, attributes, reachedCrisis, withMissedPoints],
  );
  useEffect(() => {
    if (!controller || generation === 0) return;
    controller.analyse({
      parameters: { windowDays, horizonDays },
      filter,
      focus,
      throughService,
      timings,
    });
  }, [controller, generation, windowDays, horizonDays, filter, focus, throughService, timings]);
  return null;
}

/** Fetches the selected journey's detail (for the timeline and the map) when it or W and H change. */
export function JourneySync(): null {
  const controller = useCohortController();
  const generation = useCohortData((d) => d.meta?.generation ?? 0, 0);
  const journeyId = useView((v) => v.selectedJourneyId);
  const windowDays = useView((v) => v.windowDays);
  const horizonDays = useView((v) => v.horizonDays);
  useEffect(() => {
    if (!controller || generation === 0) return;
    void controller.showJourney(journeyId, { windowDays, horizonDays });
  }, [controller, generation, journeyId, windowDays, horizonDays]);
  return null;
}
