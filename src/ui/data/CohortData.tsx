import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { CohortController, CohortData } from './cohortController.ts';
import type { CompareData } from './compareController.ts';

const ControllerContext = createContext<CohortController | null>(null);

/** Gives the components below the screen's cohort controller (null while it starts). */
export function CohortDataProvider(props: {
  controller: CohortController | null;
  children: ReactNode;
}): ReactNode {
  return <ControllerContext.Provider value={props.controller}>{props.children}</ControllerContext.Provider>;
}

export function useCohortController(): CohortController | null {
  return useContext(ControllerContext);
}

const noSubscribe = () => () => undefined;

/**
 * Selects a part of the cohort data; the component re-renders only when it changes. Select fields, not
 * new objects (the selection is compared by identity).
 */
export function useCohortData<T>(select: (data: CohortData) => T, fallback: T): T {
  const controller = useContext(ControllerContext);
  return useSyncExternalStore(controller ? controller.store.subscribe : noSubscribe, () =>
    controller ? select(controller.store.get()) : fallback,
  );
}

/** Selects a part of the comparison's data (`CompareController.store`), like `useCohortData`. */
export function useCompareData<T>(select: (data: CompareData) => T, fallback: T): T {
  const controller = useContext(ControllerContext);
  return useSyncExternalStore(controller ? controller.compare.store.subscribe : noSubscribe, () =>
    controller ? select(controller.compare.store.get()) : fallback,
  );
}
