import { useSyncExternalStore } from 'react';
import type { Pathway } from '../../core/pathway/types.ts';
import type { ViewActor } from './ViewStore.tsx';
import type { CohortController } from '../data/cohortController.ts';

/**
 * The explorer's live session (its pathway, its cohort controller and its view actor), for the trainer:
 * the explorer stays mounted (hidden) while the trainer is open, so a journey of the user's own cohort
 * can be stepped through without the cohort ever leaving the worker, and "Back to this journey in the
 * explorer" finds the view as it was.
 */
export interface ExplorerSession {
  readonly pathway: Pathway;
  readonly controller: CohortController;
  readonly actor: ViewActor;
}

let session: ExplorerSession | null = null;
const listeners = new Set<() => void>();

/** Called by the explorer when it starts (with its session) and stops (with null). */
export function setExplorerSession(next: ExplorerSession | null): void {
  session = next;
  for (const l of [...listeners]) l();
}

const subscribe = (notify: () => void) => {
  listeners.add(notify);
  return () => {
    listeners.delete(notify);
  };
};

/** The explorer's session, or null when the explorer is not running (the trainer opened on its own). */
export function useExplorerSession(): ExplorerSession | null {
  return useSyncExternalStore(
    subscribe,
    () => session,
    () => null,
  );
}
