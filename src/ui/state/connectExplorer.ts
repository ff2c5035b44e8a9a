import type { Pathway } from '../../core/pathway/types.ts';
import type { CohortController } from '../data/cohortController.ts';
import type { DeviceData } from '../persistence/device.ts';
import { isRouteHash, replaceHash, subscribeHash } from './hashRouter.ts';
import type { ViewActor } from './ViewStore.tsx';
import { analysisRequestOf, journeyRequestOf } from './viewSelectors.ts';
import { settingsOf } from './viewSettings.ts';
import { viewFromHash, viewToHash } from './viewUrl.ts';
import type { ViewState } from './viewState.ts';

export interface ExplorerConnection {
  readonly actor: ViewActor;
  readonly pathway: Pathway;
  /** The pathway the screen shows now, when an editor may change it (else `pathway`). */
  readonly currentPathway?: (() => Pathway) | undefined;
  readonly controller: CohortController;
  /** The settings and kept cohort on this device (none in tests and stories). */
  readonly device?: DeviceData | undefined;
  /** Mirror the view in the address bar, and follow the address when the user edits it. */
  readonly syncUrl: boolean;
  /** Loads the shipped cohort (when no cohort is kept on this device). */
  readonly loadShipped: () => Promise<boolean>;
}

/**
 * The explorer's whole data flow, in one place: ONE subscription to the view actor sends every change
 * of the view to the address bar, to the cohort controller (which asks the worker only for what
 * changed) and to the device's settings; the hash router sends a pasted link back to the actor; each
 * accepted cohort is announced to the actor (the first keeps the view a link described). Returns the
 * disconnection, which also stops the worker.
 */
export function connectExplorer(c: ExplorerConnection): () => void {
  const { actor, pathway, controller, device } = c;
  let savedSettings = '';
  const follow = (view: ViewState) => {
    controller.show(analysisRequestOf(view, c.currentPathway?.() ?? pathway), journeyRequestOf(view));
    if (device) {
      const settings = settingsOf(view);
      const key = JSON.stringify(settings);
      if (key !== savedSettings) {
        savedSettings = key;
        device.saveSettings(settings);
      }
    }
  };
  follow(actor.getSnapshot().context);
  const subscription = actor.subscribe((snapshot) => {
    // A hash that names another screen (`#/trainer…`) belongs to the router: the explorer leaves it alone.
    if (c.syncUrl && !isRouteHash(window.location.hash)) replaceHash(viewToHash(snapshot.context));
    follow(snapshot.context);
  });
  const unsubscribeHash = c.syncUrl
    ? subscribeHash((hash) => {
        if (!isRouteHash(hash)) actor.send({ type: 'view.restore', view: viewFromHash(hash) });
      })
    : () => undefined;

  let first = true;
  controller.onAccepted(() => {
    actor.send({ type: 'cohort.accepted', keepView: first });
    first = false;
    device?.accepted(controller);
  });
  // A cohort the user kept on this device comes back; otherwise the shipped one.
  if (device) void device.startCohort(controller, c.loadShipped);
  else void c.loadShipped();

  return () => {
    subscription.unsubscribe();
    unsubscribeHash();
    controller.dispose();
  };
}
