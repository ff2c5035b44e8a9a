import { useEffect, useMemo, type ReactNode } from 'react';
import shippedCohort from '../../pathway-data/coventry/cohort.csv?raw';
import type { Pathway } from '../core/pathway/types.ts';
import { formatProblem } from '../core/problems.ts';
import { loadBundledPathway } from './bundledPathways.ts';
import { createCohortClient } from './data/cohortClient.ts';
import { CohortController } from './data/cohortController.ts';
import { CohortDataProvider } from './data/CohortData.tsx';
import { PathwayScreen } from './PathwayScreen.tsx';
import { pageDevice, type DeviceData } from './persistence/device.ts';
import { DeviceDataProvider, SettingsSync } from './persistence/DeviceData.tsx';
import { savedNotInHash } from './persistence/settings.ts';
import { useViewSend, ViewStoreProvider } from './state/ViewStore.tsx';

/** The name the shipped cohort goes by on screen. */
export const SHIPPED_COHORT_NAME = 'coventry/cohort.csv';

/**
 * Starts the cohort worker and loads the shipped synthetic cohort through it (the same path as a user's
 * file). Each accepted cohort is announced to the view state; the first keeps the view a link described.
 */
function useCohortController(pathway: Pathway, device: DeviceData): CohortController {
  const send = useViewSend();
  // The client starts its worker on first use, so making it during render has no side effect.
  const controller = useMemo(() => new CohortController(pathway, createCohortClient(pathway)), [pathway]);
  useEffect(() => {
    let first = true;
    controller.onAccepted((meta) => {
      send({ type: 'cohort.set', cohortId: meta.file, keepView: first });
      first = false;
      device.accepted(controller);
    });
    // A cohort the user kept on this device comes back; otherwise the shipped one.
    void device.startCohort(controller, () => controller.loadText(SHIPPED_COHORT_NAME, shippedCohort, true));
    return () => {
      controller.dispose();
    };
  }, [controller, send, device]);
  return controller;
}

function Explorer({ pathway, device }: { pathway: Pathway; device: DeviceData }): ReactNode {
  const controller = useCohortController(pathway, device);
  return (
    <DeviceDataProvider device={device}>
      <SettingsSync />
      <CohortDataProvider controller={controller}>
        <PathwayScreen pathway={pathway} />
      </CohortDataProvider>
    </DeviceDataProvider>
  );
}

/** Loads and validates the bundled Coventry pathway, then shows it; a pathway file with errors is listed, not drawn. */
export function App(): ReactNode {
  const result = useMemo(() => loadBundledPathway(), []);
  const device = pageDevice();
  if (!result.ok) {
    return (
      <main className="load-error">
        <h1>The pathway could not be loaded</h1>
        <p>Fix these problems in the pathway file, then reload the page:</p>
        <ul>
          {result.problems.map((p, i) => (
            <li key={i}>
              <code>{formatProblem(p)}</code>
            </li>
          ))}
        </ul>
      </main>
    );
  }
  return (
    <ViewStoreProvider
      syncUrl
      restore={(hash) => (device.savedSettings ? savedNotInHash(device.savedSettings, hash) : {})}
    >
      <Explorer pathway={result.value} device={device} />
    </ViewStoreProvider>
  );
}
