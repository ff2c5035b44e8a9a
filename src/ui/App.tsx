import { useEffect, useMemo, type ReactNode } from 'react';
import shippedCohort from '../../pathway-data/coventry/cohort.csv?raw';
import type { Pathway } from '../core/pathway/types.ts';
import { formatProblem } from '../core/problems.ts';
import { loadBundledPathway } from './data/bundledPathways.ts';
import { createCohortClient } from './data/cohortClient.ts';
import { CohortController } from './data/cohortController.ts';
import { CohortDataProvider } from './data/CohortData.tsx';
import { setExplorerSession } from './state/explorerSession.ts';
import { PathwayScreen } from './PathwayScreen.tsx';
import { pageDevice, type DeviceData } from './persistence/device.ts';
import { DeviceDataProvider } from './persistence/DeviceData.tsx';
import { connectExplorer } from './state/connectExplorer.ts';
import { currentHash } from './state/hashRouter.ts';
import { initialView } from './state/viewSettings.ts';
import { useViewActor, ViewStoreProvider } from './state/ViewStore.tsx';

/** The name the shipped cohort goes by on screen. */
export const SHIPPED_COHORT_NAME = 'coventry/cohort.csv';

/**
 * The explorer with its data: a cohort controller (its worker starts on first use, so making it during
 * render has no side effect), connected to the view actor, the address bar and the device by
 * `connectExplorer`. The shipped synthetic cohort loads through the worker like a user's file.
 */
function Explorer({ pathway, device }: { pathway: Pathway; device: DeviceData }): ReactNode {
  const actor = useViewActor();
  const controller = useMemo(() => new CohortController(pathway, createCohortClient(pathway)), [pathway]);
  useEffect(() => {
    const disconnect = connectExplorer({
      actor,
      pathway,
      controller,
      device,
      syncUrl: true,
      loadShipped: () => controller.loadText(SHIPPED_COHORT_NAME, shippedCohort, true),
    });
    // The trainer plays the journeys of this cohort (the explorer stays mounted while it is open).
    setExplorerSession({ pathway, controller, actor });
    return () => {
      setExplorerSession(null);
      disconnect();
    };
  }, [actor, pathway, controller, device]);
  return (
    <DeviceDataProvider device={device}>
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
  // The view a link describes, with the settings saved on this device where it says nothing.
  const initial = useMemo(() => initialView(currentHash(), device.savedSettings), [device]);
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
    <ViewStoreProvider initial={initial}>
      <Explorer pathway={result.value} device={device} />
    </ViewStoreProvider>
  );
}
