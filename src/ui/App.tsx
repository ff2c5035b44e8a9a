import { useEffect, useMemo, type ReactNode } from 'react';
import type { Pathway } from '../core/pathway/types.ts';
import { formatProblem, ok, type Result } from '../core/problems.ts';
import { loadBundledPathway, shippedCohortOf } from './data/bundledPathways.ts';
import { createCohortClient } from './data/cohortClient.ts';
import { CohortController } from './data/cohortController.ts';
import { CohortDataProvider } from './data/CohortData.tsx';
import { MappingHost } from './mapping/MappingHost.tsx';
import { PathwayFilesProvider } from './pathways/PathwayFiles.tsx';
import { PathwayPicker } from './pathways/PathwayPicker.tsx';
import { setExplorerSession } from './state/explorerSession.ts';
import { PathwayScreen } from './PathwayScreen.tsx';
import { pageDevice, type DeviceData } from './persistence/device.ts';
import { DeviceDataProvider } from './persistence/DeviceData.tsx';
import { connectExplorer } from './state/connectExplorer.ts';
import { currentHash } from './state/hashRouter.ts';
import { initialView } from './state/viewSettings.ts';
import { useView, useViewActor, ViewStoreProvider } from './state/ViewStore.tsx';

/**
 * The explorer with its data: a cohort controller (its worker starts on first use, so making it during
 * render has no side effect), connected to the view actor, the address bar and the device by
 * `connectExplorer`. The synthetic cohort shipped with a bundled pathway loads through the worker like
 * a user's file; a pathway opened from a file starts with no cohort.
 */
function Explorer(props: { pathway: Pathway; bundled: boolean; device: DeviceData }): ReactNode {
  const { pathway, bundled, device } = props;
  const actor = useViewActor();
  const controller = useMemo(() => new CohortController(pathway, createCohortClient(pathway)), [pathway]);
  useEffect(() => {
    const disconnect = connectExplorer({
      actor,
      pathway,
      controller,
      device,
      syncUrl: true,
      loadShipped: () => {
        const shipped = bundled ? shippedCohortOf(pathway.id) : undefined;
        return shipped ? controller.loadText(shipped.name, shipped.text, true) : Promise.resolve(false);
      },
    });
    // The trainer plays the journeys of this cohort (the explorer stays mounted while it is open).
    setExplorerSession({ pathway, controller, actor });
    return () => {
      setExplorerSession(null);
      disconnect();
    };
  }, [actor, pathway, bundled, controller, device]);
  return (
    <DeviceDataProvider device={device}>
      <CohortDataProvider controller={controller}>
        <MappingHost pathway={pathway} controller={controller}>
          <PathwayScreen pathway={pathway} />
        </MappingHost>
      </CohortDataProvider>
    </DeviceDataProvider>
  );
}

/** The pathway the view names (a bundled one, or one opened from a file), validated; its problems listed when it cannot be shown. */
function ChosenPathway({ device }: { device: DeviceData }): ReactNode {
  const pathwayId = useView((v) => v.pathwayId);
  const opened = useView((v) => v.openedPathway);
  const result: Result<Pathway> = useMemo(
    () => (opened ? ok(opened) : loadBundledPathway(pathwayId)),
    [opened, pathwayId],
  );
  if (!result.ok) {
    return (
      <main className="load-error">
        <h1>The pathway could not be loaded</h1>
        <p>Fix these problems in the pathway file and reload the page, or choose another pathway:</p>
        <ul>
          {result.problems.map((p, i) => (
            <li key={i}>
              <code>{formatProblem(p)}</code>
            </li>
          ))}
        </ul>
        <PathwayPicker />
      </main>
    );
  }
  return <Explorer pathway={result.value} bundled={!opened} device={device} />;
}

/** The app: the view a link describes (with this device's settings), its pathway, and the explorer. */
export function App(): ReactNode {
  const device = pageDevice();
  // The view a link describes, with the settings saved on this device where it says nothing.
  const initial = useMemo(() => initialView(currentHash(), device.savedSettings), [device]);
  return (
    <ViewStoreProvider initial={initial}>
      <PathwayFilesProvider>
        <ChosenPathway device={device} />
      </PathwayFilesProvider>
    </ViewStoreProvider>
  );
}
