import { useEffect, useRef, useSyncExternalStore } from 'react';

/**
 * The app's one hash router: the only `hashchange` listener of the page. The hash names the screen
 * (`#/trainer…`, `#/embed…`, anything else is the explorer) and, on each screen, what it shows; screens
 * subscribe here rather than to the window. The hash (not the path or query) is used so that links work
 * in the single-file build opened from disk, and so that nothing of a view is ever sent to a server.
 */

export type Screen = 'explorer' | 'trainer' | 'embed';

/** The screen a hash names. */
export function screenOf(hash: string): Screen {
  if (hash.startsWith('#/trainer')) return 'trainer';
  if (hash.startsWith('#/embed')) return 'embed';
  return 'explorer';
}

/** Whether a hash is a route of another screen (`#/…`) rather than an explorer view. */
export const isRouteHash = (hash: string): boolean => hash.startsWith('#/');

const listeners = new Set<(hash: string) => void>();

function onHashChange(): void {
  const hash = window.location.hash;
  for (const listener of [...listeners]) listener(hash);
}

/** Calls `listener` with the new hash whenever the user changes it (a pasted link, Back, a link clicked). */
export function subscribeHash(listener: (hash: string) => void): () => void {
  if (listeners.size === 0) window.addEventListener('hashchange', onHashChange);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
}

export const currentHash = (): string => window.location.hash;

/**
 * Puts a hash in the address bar without a new history entry and without telling the subscribers (the
 * screen that writes it already shows it). An empty hash leaves the address without `#`.
 */
export function replaceHash(hash: string): void {
  if (hash === window.location.hash || (hash === '' && window.location.hash === '')) return;
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  window.history.replaceState(window.history.state, '', url);
}

const subscribeForReact = (notify: () => void) => subscribeHash(notify);

/** The current hash, re-rendering on every change from outside. */
export function useHash(): string {
  return useSyncExternalStore(subscribeForReact, currentHash, () => '');
}

/** The screen the address names. */
export function useScreen(): Screen {
  return screenOf(useHash());
}

/** Calls `onChange` with each new hash from outside (the latest `onChange`: it need not be stable). */
export function useHashChange(onChange: (hash: string) => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(
    () =>
      subscribeHash((hash) => {
        latest.current(hash);
      }),
    [],
  );
}
