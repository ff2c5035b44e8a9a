import { analysisKeyOf } from '../../core/pathwayEditor/editDraft.ts';
import type { CohortController } from '../data/cohortController.ts';
import type { DeviceData } from '../persistence/device.ts';
import type { EditorActor } from './EditorStore.tsx';

/** How long the pathway kept on this device waits for typing to pause before it is saved again. */
const KEEP_DELAY_MS = 400;

/**
 * The editor's one connection to the rest: each new valid draft goes to the cohort controller (the
 * worker analyses the cohort against it, so the overlay follows the edits) and, while the user keeps the
 * pathway on this device, to the device. An invalid draft goes nowhere: the map and the analysis keep the
 * newest valid one. Returns the disconnection.
 */
export function connectEditor(c: {
  editor: EditorActor;
  controller: CohortController;
  device?: DeviceData | undefined;
}): () => void {
  let sent = c.editor.getSnapshot().context.valid;
  let sentKey = analysisKeyOf(sent);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const subscription = c.editor.subscribe((snapshot) => {
    const valid = snapshot.context.valid;
    if (valid === sent) return;
    sent = valid;
    const key = analysisKeyOf(valid);
    // A discovered draft is already the worker's pathway; a new name or note needs no new analysis.
    if (key === sentKey || valid.pathway === c.controller.analysedPathway)
      c.controller.relabel(valid.pathway);
    else void c.controller.setPathway(valid);
    sentKey = key;
    const device = c.device;
    if (device) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void device.pathwayChanged(valid.pathway);
      }, KEEP_DELAY_MS);
    }
  });
  return () => {
    clearTimeout(timer);
    subscription.unsubscribe();
  };
}
