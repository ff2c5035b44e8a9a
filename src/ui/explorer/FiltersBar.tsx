import { useCallback, useMemo, type ReactNode } from 'react';
import type { Days, Pathway } from '../../core/pathway/types.ts';
import { useCohortData } from '../data/CohortData.tsx';
import { FiltersPanel, type FiltersValue, type ParametersChange } from '../filters/FiltersPanel.tsx';
import { useView, useViewSend } from '../state/ViewStore.tsx';

/** The filters panel connected to the view state (and so to the URL) and to the loaded cohort's columns. */
export function FiltersBar({ pathway }: { pathway: Pathway }): ReactNode {
  const send = useViewSend();
  const meta = useCohortData((d) => d.meta, null);
  const aggregate = useCohortData((d) => d.aggregate, null);
  const filters = useView((v) => v.filters);
  const windowDays = useView((v) => v.windowDays);
  const horizonDays = useView((v) => v.horizonDays);
  const windowUnit = useView((v) => v.windowUnit);
  const horizonUnit = useView((v) => v.horizonUnit);
  // An aggregate overlay's numbers were computed with its own W and H: those are shown, and fixed.
  const value = useMemo<FiltersValue>(
    () => ({
      ...filters,
      windowUnit,
      horizonUnit,
      ...(aggregate?.parameters ?? { windowDays, horizonDays }),
    }),
    [filters, windowDays, horizonDays, windowUnit, horizonUnit, aggregate],
  );
  const { concerns } = filters;
  const concernOptions = useMemo(() => {
    const present = new Set(meta?.concerns ?? []);
    // Concerns chosen from a link stay listed, so they can be cleared.
    return pathway.concerns
      .filter((c) => present.has(c.id) || concerns.includes(c.id))
      .map((c) => ({ value: c.id, label: c.label }));
  }, [meta, pathway, concerns]);
  const attributeOptions = useMemo(() => meta?.attributes ?? [], [meta]);
  return (
    <FiltersPanel
      value={value}
      concernOptions={concernOptions}
      attributeOptions={attributeOptions}
      disabled={!meta || aggregate !== null}
      note={
        aggregate
          ? `This file is an aggregate overlay: it has no journeys to filter, and its numbers were computed with W = ${String(aggregate.parameters.windowDays)} and H = ${String(aggregate.parameters.horizonDays)} days.`
          : null
      }
      onConcernsChange={useCallback(
        (c: string[]) => {
          send({ type: 'concerns.set', concerns: c });
        },
        [send],
      )}
      onAttributeChange={useCallback(
        (name: string, values: string[]) => {
          send({ type: 'filter.set', name, values });
        },
        [send],
      )}
      onOutcomeChange={useCallback(
        (change: { reachedCrisis?: boolean | null; withMissedPoints?: boolean | null }) => {
          send({ type: 'outcome.set', ...change });
        },
        [send],
      )}
      onParametersChange={useCallback(
        (change: ParametersChange) => {
          send({
            type: 'parameters.set',
            ...(change.windowDays === undefined ? {} : { windowDays: change.windowDays as Days }),
            ...(change.horizonDays === undefined ? {} : { horizonDays: change.horizonDays as Days }),
            ...(change.windowUnit ? { windowUnit: change.windowUnit } : {}),
            ...(change.horizonUnit ? { horizonUnit: change.horizonUnit } : {}),
          });
        },
        [send],
      )}
      onReset={useCallback(() => {
        send({ type: 'filters.reset' });
      }, [send])}
    />
  );
}
