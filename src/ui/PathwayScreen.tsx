import { useCallback, useMemo, type ReactNode } from 'react';
import type { Pathway, ServiceId } from '../core/pathway/types.ts';
import { Legend } from './map/Legend.tsx';
import { PathwayMap } from './map/PathwayMap.tsx';
import { serviceDetails } from './panel/serviceDetails.ts';
import { ServicePanel } from './panel/ServicePanel.tsx';
import { useSelectedServiceId, useViewSend } from './state/ViewStore.tsx';
import { TitleBar } from './TitleBar.tsx';

function SelectedService({ pathway }: { pathway: Pathway }): ReactNode {
  const selected = useSelectedServiceId();
  const send = useViewSend();
  const details = useMemo(() => (selected ? serviceDetails(pathway, selected) : undefined), [pathway, selected]);
  const onSelect = useCallback((id: ServiceId) => {
    send({ type: 'service.select', serviceId: id });
  }, [send]);
  const onClose = useCallback(() => {
    send({ type: 'service.clear' });
  }, [send]);
  if (!details) {
    return (
      <div className="panel panel--empty" data-testid="service-panel-empty">
        <h2>Select a service</h2>
        <p>
          Click a service on the map, or press <kbd>Tab</kbd> to reach it and <kbd>Enter</kbd> to select it, to see
          what it does, what the audit found and where children go next.
        </p>
      </div>
    );
  }
  return <ServicePanel details={details} onSelect={onSelect} onClose={onClose} />;
}

/**
 * The whole screen for one pathway: title bar, map, side panel with the selected service and the
 * legend, and the cohort line at the foot (which will say "Cohort: synthetic" once one is loaded).
 * Needs a `ViewStoreProvider` above it.
 */
export function PathwayScreen({ pathway }: { pathway: Pathway }): ReactNode {
  return (
    <div className="screen">
      <TitleBar pathway={pathway} />
      <main className="screen__main">
        <section className="screen__map" aria-labelledby="map-title">
          <h2 id="map-title" className="visually-hidden">
            Map of the pathway
          </h2>
          <PathwayMap pathway={pathway} />
        </section>
        {/* Focusable so that keyboard users can scroll it when it holds no button (WCAG 2.1.1). */}
        <aside className="screen__side" aria-label="Service details and legend" tabIndex={0}>
          <SelectedService pathway={pathway} />
          <Legend levels={pathway.levels} />
          <section className="about" aria-labelledby="about-title">
            <h2 id="about-title">About this pathway</h2>
            <p>{pathway.source}</p>
          </section>
        </aside>
      </main>
      <footer className="screen__footer">
        <p className="cohort-banner" data-testid="cohort-banner">
          No cohort loaded: the map shows the pathway only.
        </p>
        <p className="screen__version">
          {pathway.id} pathway, version {pathway.version}
        </p>
      </footer>
    </div>
  );
}
