import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Pathway } from '../core/pathway/types.ts';
import { formatProblem, ok, type Result } from '../core/problems.ts';
import { loadBundledPathway, shippedCohortOf } from './data/bundledPathways.ts';
import { createCohortClient } from './data/cohortClient.ts';
import { CohortController } from './data/cohortController.ts';
import { CohortDataProvider } from './data/CohortData.tsx';
import { connectEditor } from './editor/connectEditor.ts';
import { EditorStoreProvider, useEditor, useEditorActor } from './editor/EditorStore.tsx';
import { MappingHost } from './mapping/MappingHost.tsx';
import { PathwayFilesProvider } from './pathways/PathwayFiles.tsx';
import { PathwayPicker } from './pathways/PathwayPicker.tsx';
import { PathwayScreen } from './PathwayScreen.tsx';
import { pageDevice, type DeviceData } from './persistence/device.ts';
import { DeviceDataProvider } from './persistence/DeviceData.tsx';
import { connectExplorer } from './state/connectExplorer.ts';
import { setExplorerSession } from './state/explorerSession.ts';
import { currentHash } from './state/hashRouter.ts';
import { initialView } from './state/viewSettings.ts';
import { useView, useViewActor, ViewStoreProvider } from './state/ViewStore.tsx';

/**
 * The explorer with its data: a cohort controller (its worker starts on first use, so making it during
 * render has no side effect), connected to the view actor, the address bar and the device by
 * `connectExplorer`, and to the pathway editor by `connectEditor`. The synthetic cohort shipped with a
 * bundled pathway loads through the worker like a user's file; a pathway opened from a file starts with
 * no cohort. The screen shows the editor's newest valid pathway.
 */
function Explorer(props: { pathway: Pathway; bundled: boolean; device: DeviceData }): ReactNode {
  const { pathway, bundled, device } = props;
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
        loadShipped: () => {
          const shipped = bundled ? shippedCohortOf(pathway.id) : undefined;
          return shipped ? controller.loadText(shipped.name, shipped.text, true) : Promise.resolve(false);
        },
      }),
    [actor, editor, pathway, bundled, controller, device],
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
        <MappingHost pathway={shown} controller={controller}>
          <PathwayScreen pathway={shown} />
        </MappingHost>
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

/**
 * The pathway the view names — one opened from a file, the one kept on this device (the editor's) when
 * it has that id, or a bundled one — validated, in the editor; its problems listed when it cannot be shown.
 */
function ChosenPathway({ device, kept }: { device: DeviceData; kept: Pathway | null }): ReactNode {
  const pathwayId = useView((v) => v.pathwayId);
  const opened = useView((v) => v.openedPathway);
  const result: Result<Pathway> = useMemo(
    () => (opened ? ok(opened) : kept?.id === pathwayId ? ok(kept) : loadBundledPathway(pathwayId)),
    [opened, kept, pathwayId],
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
  // Another pathway starts a new editing history.
  return (
    <EditorStoreProvider key={opened ? `opened:${opened.id}` : `id:${pathwayId}`} pathway={result.value}>
      <Explorer pathway={result.value} bundled={!opened} device={device} />
    </EditorStoreProvider>
  );
}

/** The app: the view a link describes (with this device's settings), its pathway, and the explorer. */
export function App(): ReactNode {
  const device = pageDevice();
  const kept = useKeptPathway(device);
  // The view a link describes, with the settings saved on this device where it says nothing; a link
  // naming no pathway opens the one kept on this device, if any.
  const initial = useMemo(() => {
    const view = initialView(currentHash(), device.savedSettings);
    const named = new URLSearchParams(currentHash().replace(/^#/, '')).has('pathway');
    return kept && !named ? { ...view, pathwayId: kept.id } : view;
  }, [device, kept]);
  if (kept === undefined) return null;
  return (
    <ViewStoreProvider initial={initial}>
      <PathwayFilesProvider>
        <ChosenPathway device={device} kept={kept} />
      </PathwayFilesProvider>
    </ViewStoreProvider>
  );
}
