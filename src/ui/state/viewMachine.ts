import { assign, setup } from 'xstate';
import type { Days, JourneyId, ServiceId } from '../../core/pathway/types.ts';

/**
 * Everything the screen shows that a user chose, in one place. Only what a user would want to share is
 * mirrored in the URL (see `viewUrl.ts`); everything else (e.g. hover) stays in components.
 */
export interface ViewState {
  /** The service shown in the side panel and highlighted on the map. */
  readonly selectedServiceId: ServiceId | null;
  /** The loaded cohort (later: the synthetic cohort or a user's file), by its file name. */
  readonly cohortId: string | null;
  /** Journey or event attribute filters: attribute name → allowed values. Empty means no filter. */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  /** W of the missed early-intervention rule (CONTRACT §3). */
  readonly windowDays: Days;
  /** H of the missed early-intervention rule (CONTRACT §3). */
  readonly horizonDays: Days;
  /** The journey replayed on the map, if any. */
  readonly selectedJourneyId: JourneyId | null;
}

export const defaultView: ViewState = {
  selectedServiceId: null,
  cohortId: null,
  filters: {},
  windowDays: 28 as Days,
  horizonDays: 365 as Days,
  selectedJourneyId: null,
};

export type ViewEvent =
  | { type: 'service.select'; serviceId: ServiceId }
  | { type: 'service.clear' }
  | { type: 'cohort.set'; cohortId: string | null }
  | { type: 'filter.set'; name: string; values: readonly string[] }
  | { type: 'parameters.set'; windowDays?: Days; horizonDays?: Days }
  | { type: 'journey.select'; journeyId: JourneyId | null }
  /** Sets the given fields, e.g. the shareable part of the view when the URL changes (a pasted link). */
  | { type: 'view.restore'; view: Partial<ViewState> };

/**
 * The view state as one XState actor. Each event is handled by a pure `assign`, so
 * `transition(viewMachine, snapshot, event)` can be tested without rendering. To add state for a new
 * feature: add a field to `ViewState` and `defaultView`, an event to `ViewEvent` and its handler here,
 * a selector hook in `ViewStore.tsx`, and (if it should be shareable) a key in `viewUrl.ts`.
 */
export const viewMachine = setup({
  types: {
    context: {} as ViewState,
    events: {} as ViewEvent,
    // Spelt via `unknown` because `{}` already is a Partial<ViewState>, and the linter rejects a no-op assertion.
    input: null as unknown as Partial<ViewState>,
  },
}).createMachine({
  id: 'view',
  context: ({ input }) => ({ ...defaultView, ...input }),
  on: {
    'service.select': { actions: assign({ selectedServiceId: ({ event }) => event.serviceId }) },
    'service.clear': { actions: assign({ selectedServiceId: null }) },
    'cohort.set': {
      // A new cohort has other journeys: the replayed journey and the filters no longer apply.
      actions: assign({ cohortId: ({ event }) => event.cohortId, selectedJourneyId: null, filters: {} }),
    },
    'filter.set': {
      actions: assign({
        filters: ({ context, event }) => {
          const rest = Object.fromEntries(Object.entries(context.filters).filter(([name]) => name !== event.name));
          return event.values.length > 0 ? { ...rest, [event.name]: [...event.values] } : rest;
        },
      }),
    },
    'parameters.set': {
      actions: assign(({ context, event }) => ({
        windowDays: event.windowDays ?? context.windowDays,
        horizonDays: event.horizonDays ?? context.horizonDays,
      })),
    },
    'journey.select': { actions: assign({ selectedJourneyId: ({ event }) => event.journeyId }) },
    'view.restore': { actions: assign(({ event }) => event.view) },
  },
});
