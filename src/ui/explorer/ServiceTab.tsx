import { useCallback, useMemo, type ReactNode } from 'react';
import type { Pathway, ServiceId } from '../../core/pathway/types.ts';
import { daysText, exactCount, plural } from '../common/format.ts';
import { useCohortData } from '../data/CohortData.tsx';
import { serviceDetails } from '../panel/serviceDetails.ts';
import { ServicePanel } from '../panel/ServicePanel.tsx';
import { useSelectedServiceId, useViewSend } from '../state/ViewStore.tsx';

/** The side panel's service: the selected service's numbers in this cohort and its details. */
export function ServiceTab({ pathway }: { pathway: Pathway }): ReactNode {
  const selected = useSelectedServiceId();
  const send = useViewSend();
  const overlay = useCohortData((d) => d.overlay, null);
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
  const id = details.service.id;
  const s = overlay?.summary;
  const target = s?.targets.find((t) => t.service === id);
  return (
    <>
      {s ? (
        <section className="service-numbers" aria-label={`${details.service.label} in this cohort`}>
          <p>
            <strong>{plural(s.serviceJourneys[id] ?? 0, 'journey')}</strong> passed through here
            {s.missedPointsByService[id] ? (
              <>
                {' '}
                with <strong>{plural(s.missedPointsByService[id], 'missed early-intervention point')}</strong>
              </>
            ) : null}
            .
            {s.medianWaitDays[id] !== undefined
              ? ` Median wait from referral to assessment: ${daysText(s.medianWaitDays[id])}.`
              : ''}
            {target && target.referrals > 0
              ? ` ${target.label}: ${exactCount(target.withinTarget)} of ${exactCount(target.referrals)} referrals.`
              : ''}
          </p>
          <button
            type="button"
            className="button service-numbers__list"
            onClick={() => {
              send({ type: 'sideTab.set', tab: 'journeys' });
            }}
          >
            List the journeys through {details.service.label}
          </button>
        </section>
      ) : null}
      <ServicePanel details={details} onSelect={onSelect} onClose={onClose} />
    </>
  );
}
