import { createActorContext } from '@xstate/react';
import { useCallback, useEffect, type ReactNode } from 'react';
import type { ServiceId } from '../../core/pathway/types.ts';
import { viewMachine, type ViewEvent, type ViewState } from './viewMachine.ts';
import { viewFromHash, viewToHash } from './viewUrl.ts';

/** The one view-state actor of a screen. Read it through the narrow hooks below, not the whole snapshot. */
const ViewActor = createActorContext(viewMachine);

/**
 * Provides a fresh view actor to its children. With `syncUrl`, the actor starts from the URL hash and
 * the hash follows the view (and the view follows the hash when a user edits or pastes a link).
 * Stories and tests leave `syncUrl` off so that each gets its own state.
 */
export function ViewStoreProvider(props: {
  children: ReactNode;
  initial?: Partial<ViewState>;
  syncUrl?: boolean;
  /** With `syncUrl`: settings saved on this device, used where the URL does not name them (the URL wins). */
  restore?: (hash: string) => Partial<ViewState>;
}): ReactNode {
  const input = props.syncUrl
    ? {
        ...props.initial,
        ...viewFromHash(window.location.hash),
        ...props.restore?.(window.location.hash),
      }
    : (props.initial ?? {});
  return (
    <ViewActor.Provider options={{ input }}>
      {props.syncUrl ? <UrlSync /> : null}
      {props.children}
    </ViewActor.Provider>
  );
}

function UrlSync(): null {
  const actor = ViewActor.useActorRef();
  useEffect(() => {
    // A hash that names another screen (`#/trainer…`, `#/embed…`) belongs to the router, not to the
    // explorer's view: leave it alone, or the explorer would write its own view over the link.
    const isRoute = () => window.location.hash.startsWith('#/');
    const write = (view: ViewState) => {
      if (isRoute()) return;
      const hash = viewToHash(view);
      if (hash === window.location.hash || (hash === '' && window.location.hash === '')) return;
      const url = `${window.location.pathname}${window.location.search}${hash}`;
      window.history.replaceState(window.history.state, '', url);
    };
    const onHashChange = () => {
      if (isRoute()) return;
      actor.send({ type: 'view.restore', view: viewFromHash(window.location.hash) });
    };
    const subscription = actor.subscribe((snapshot) => {
      write(snapshot.context);
    });
    window.addEventListener('hashchange', onHashChange);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [actor]);
  return null;
}

/** Selects a part of the view state; the component re-renders only when that part changes. */
export function useView<T>(select: (view: ViewState) => T): T {
  return ViewActor.useSelector((snapshot) => select(snapshot.context));
}

export function useSelectedServiceId(): ServiceId | null {
  return useView((v) => v.selectedServiceId);
}

/** Sends an event to the view actor. */
export function useViewSend(): (event: ViewEvent) => void {
  const actor = ViewActor.useActorRef();
  return useCallback(
    (event: ViewEvent) => {
      actor.send(event);
    },
    [actor],
  );
}
