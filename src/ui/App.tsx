import { useEffect, useMemo, useState, type ReactNode } from 'react';
import shippedCohort from '../../pathway-data/coventry/cohort.csv?raw';
import type { Pathway } from '../core/pathway/types.ts';
import { formatProblem } from '../core/problems.ts';
import { loadBundledPathway } from './data/bundledPathways.ts';
import { createCohortClient } from './data/cohortClient.ts';
import { CohortController } from './data/cohortController.ts';
import { CohortDataProvider } from './data/CohortData.tsx';
import { connectEditor } from './editor/connectEditor.ts';
import { EditorStoreProvider, useEditor, useEditorActor } from './editor/EditorStore.tsx';
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
 * `connectExplorer`, and to the pathway editor by `connectEditor`. The shipped synthetic cohort loads
 * through the worker like a user's file. The screen shows the editor's newest valid pathway.
 */
function Explorer({ pathway, device }: { pathway: Pathway; device: DeviceData }): ReactNode {
  const actor = useViewActor();
  const editor = useEditorActor();
  const controller = useMemo(() => new CohortController(pathway, createCohortClient(pathway)), [pathway]);
  const shown = useEditor((c) => c.valid.pathway);
  useEffect(
    () =>
      connectExplorer({
        actor,
        pathway,
        currentPathway: () => editor.getSnapshot().context.valid.pathway,
        controller,
        device,
        syncUrl: true,
        loadShipped: () => controller.loadText(SHIPPED_COHORT_NAME, shippedCohort, true),
      }),
    [actor, editor, pathway, controller, device],
  );
  useEffect(() => connectEditor({ editor, controller, device }), [editor, controller, device]);
  // The trainer plays the journeys of this cohort on the pathway shown (the explorer stays mounted while it is open).
  useEffect(() => {
    setExplorerSession({ pathway: shown, controller, actor });
    return () => {
      setExplorerSession(null);
    };
  }, [shown, controller, actor]);
  return (
    <DeviceDataProvider device={device}>
      <CohortDataProvider controller={controller}>
        <PathwayScreen pathway={shown} />
      </CohortDataProvider>
    </DeviceDataProvider>
  );
}

/** The pathway kept on this device, read once before the explorer starts: undefined while it is read. */
function useKeptPathway(device: DeviceData): Pathway | null | undefined {
  const [kept, setKept] = useState<Pathway | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void device.startPathway().then((p) => {
      if (live) setKept(p);
    });
    return () => {
      live = false;
    };
  }, [device]);
  return kept;
}

/** Loads and validates the bundled Coventry pathway, then shows it; a pathway file with errors is listed, not drawn. */
export function App(): ReactNode {
  const result = useMemo(() => loadBundledPathway(), []);
  const device = pageDevice();
  // The view a link describes, with the settings saved on this device where it says nothing.
  const initial = useMemo(() => initialView(currentHash(), device.savedSettings), [device]);
  const kept = useKeptPathway(device);
  if (kept === undefined) return null;
  const base = kept ?? (result.ok ? result.value : null);
  if (!base) {
    return (
      <main className="load-error">
        <h1>The pathway could not be loaded</h1>
        <p>Fix these problems in the pathway file, then reload the page:</p>
        <ul>
          {(result.ok ? [] : result.problems).map((p, i) => (
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
      <EditorStoreProvider pathway={base}>
        <Explorer pathway={base} device={device} />
      </EditorStoreProvider>
    </ViewStoreProvider>
  );
}
