import { createActorContext } from '@xstate/react';
import { useCallback, type ReactNode } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { ServiceId } from '../../core/pathway/types.ts';
import { viewMachine, type ViewEvent } from './viewMachine.ts';
import type { ViewState } from './viewState.ts';

/** The one view-state actor of a screen. Read it through the narrow hooks below, not the whole snapshot. */
const ViewActorContext = createActorContext(viewMachine);

export type ViewActor = ActorRefFrom<typeof viewMachine>;

/**
 * Provides a fresh view actor to its children, starting from `initial` (the app passes the view a link
 * and the device's settings describe: `initialView`). Stories and tests get a view of their own each.
 */
export function ViewStoreProvider(props: { children: ReactNode; initial?: Partial<ViewState> }): ReactNode {
  return (
    <ViewActorContext.Provider options={{ input: props.initial ?? {} }}>
      {props.children}
    </ViewActorContext.Provider>
  );
}

/** The actor itself, for the one place that connects it to the rest (`connectExplorer`). */
export const useViewActor = (): ViewActor => ViewActorContext.useActorRef();

/** Selects a part of the view state; the component re-renders only when that part changes. */
export function useView<T>(select: (view: ViewState) => T): T {
  return ViewActorContext.useSelector((snapshot) => select(snapshot.context));
}

export function useSelectedServiceId(): ServiceId | null {
  return useView((v) => v.selectedServiceId);
}

/** Sends an event to the view actor. */
export function useViewSend(): (event: ViewEvent) => void {
  const actor = ViewActorContext.useActorRef();
  return useCallback(
    (event: ViewEvent) => {
      actor.send(event);
    },
    [actor],
  );
}
