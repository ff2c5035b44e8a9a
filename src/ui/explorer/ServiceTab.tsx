import { useCallback, useMemo, type ReactNode } from 'react';
import type { Pathway, ServiceId } from '../../core/pathway/types.ts';
import { disclose } from '../../core/disclosure/disclose.ts';
import { DEFAULT_DISCLOSURE } from '../../core/disclosure/disclosureSettings.ts';
import { useCohortData } from '../data/CohortData.tsx';
import { serviceDetails } from '../panel/serviceDetails.ts';
import { ServicePanel } from '../panel/ServicePanel.tsx';
import { useSelectedServiceId, useViewSend } from '../state/ViewStore.tsx';
import { ServiceNumbers } from './ServiceNumbers.tsx';

/** The side panel's service: the selected service's numbers in this cohort and its details. */
export function ServiceTab({ pathway }: { pathway: Pathway }): ReactNode {
  const selected = useSelectedServiceId();
  const send = useViewSend();
  const overlay = useCohortData((d) => d.overlay, null);
  const aggregate = useCohortData((d) => d.aggregate !== null, false);
  // An aggregate overlay's numbers are shown under disclosure control, as every publishable output.
  const disclosed = useMemo(
    () =>
      aggregate && overlay
        ? disclose(overlay.summary, DEFAULT_DISCLOSURE, { services: pathway.services })
        : null,
    [aggregate, overlay, pathway],
  );
  const details = useMemo(
    () => (selected ? serviceDetails(pathway, selected) : undefined),
    [pathway, selected],
  );
  const onSelect = useCallback(
    (id: ServiceId) => {
      send({ type: 'service.select', serviceId: id });
    },
    [send],
  );
  const onClose = useCallback(() => {
    send({ type: 'service.clear' });
  }, [send]);
  if (!details) {
    return (
      <div className="panel panel--empty" data-testid="service-panel-empty">
        <h2>Select a service</h2>
        <p>
          Click a service on the map, or press <kbd>Tab</kbd> to reach it and <kbd>Enter</kbd> to select it,
          to see what it does, what the audit found, where children go next, and to list the journeys through
          it.
        </p>
      </div>
    );
  }
  const s = overlay?.summary;
  return (
    <>
      {s ? (
        <ServiceNumbers
          service={details.service}
          summary={s}
          disclosed={disclosed}
          onList={
            aggregate
              ? undefined
              : () => {
                  send({ type: 'sideTab.set', tab: 'journeys' });
                }
          }
        />
      ) : null}
      <ServicePanel details={details} onSelect={onSelect} onClose={onClose} />
    </>
  );
}
