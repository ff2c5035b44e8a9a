import { assign, setup } from 'xstate';
import type { Days, JourneyId, ServiceId } from '../../core/pathway/types.ts';
import type { JourneyFocus } from '../../core/analysis/journeyFocus.ts';

/** What the overlay shows on the moves and services: how many journeys, or how long they took. */
export type OverlayMode = 'frequency' | 'time';
/** The map, or its text alternative (a table of services and moves). */
export type MainView = 'map' | 'table';
/** The tab of the side panel. */
export type SideTab = 'summary' | 'journeys' | 'variants' | 'service' | 'legend';

/**
 * Everything the screen shows that a user chose, in one place. Only what a user would want to share is
 * mirrored in the URL (see `viewUrl.ts`); everything else (e.g. hover) stays in components.
 */
export interface ViewState {
  /** The service shown in the side panel and highlighted on the map; it also narrows the journey list. */
  readonly selectedServiceId: ServiceId | null;
  /** The loaded cohort, by its file name. */
  readonly cohortId: string | null;
  /** Attribute filters (e.g. age_band): attribute name → allowed values. Empty means no filter. */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  /** Concern filter: journeys with at least one of these concern codes. Empty means no filter. */
  readonly concerns: readonly string[];
  /** Journeys that reached crisis (true), did not (false), or either (null). */
  readonly reachedCrisis: boolean | null;
  /** Journeys with missed points (true), without (false), or either (null). */
  readonly withMissedPoints: boolean | null;
  /** W of the missed early-intervention rule (CONTRACT §3). */
  readonly windowDays: Days;
  /** H of the missed early-intervention rule (CONTRACT §3). */
  readonly horizonDays: Days;
  /** The journey replayed on the map and shown on the timeline, if any. */
  readonly selectedJourneyId: JourneyId | null;
  /** The journeys behind a summary number or a variant: narrows the list (not the overlay). */
  readonly focus: JourneyFocus | null;
  readonly overlayMode: OverlayMode;
  readonly mainView: MainView;
  readonly sideTab: SideTab;
}

export const defaultView: ViewState = {
  selectedServiceId: null,
  cohortId: null,
  filters: {},
  concerns: [],
  reachedCrisis: null,
  withMissedPoints: null,
  windowDays: 28 as Days,
  horizonDays: 365 as Days,
  selectedJourneyId: null,
  focus: null,
  overlayMode: 'frequency',
  mainView: 'map',
  sideTab: 'summary',
};

export type ViewEvent =
  | { type: 'service.select'; serviceId: ServiceId }
  | { type: 'service.clear' }
  /** A cohort was accepted. `keepView` keeps filters and selection (the first cohort, opened from a link). */
  | { type: 'cohort.set'; cohortId: string | null; keepView?: boolean }
  | { type: 'filter.set'; name: string; values: readonly string[] }
  | { type: 'concerns.set'; concerns: readonly string[] }
  | { type: 'outcome.set'; reachedCrisis?: boolean | null; withMissedPoints?: boolean | null }
  | { type: 'filters.reset' }
  | { type: 'parameters.set'; windowDays?: Days; horizonDays?: Days }
  | { type: 'journey.select'; journeyId: JourneyId | null }
  /** Narrows the journey list to the journeys behind a number or a variant; `show` opens the list. */
  | { type: 'focus.set'; focus: JourneyFocus | null; show?: boolean }
  | { type: 'overlay.mode'; mode: OverlayMode }
  | { type: 'mainView.set'; view: MainView }
  | { type: 'sideTab.set'; tab: SideTab }
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
    'service.select': {
      // The service's details open, unless the journey list is open (it then lists the journeys through it).
      actions: assign(({ context, event }) => ({
        selectedServiceId: event.serviceId,
        sideTab: context.sideTab === 'journeys' ? context.sideTab : 'service',
      })),
    },
    'service.clear': { actions: assign({ selectedServiceId: null }) },
    'cohort.set': {
      // A new cohort has other journeys and columns: the replayed journey, the focus and the filters no longer apply.
      actions: assign(({ event }) =>
        event.keepView
          ? { cohortId: event.cohortId }
          : {
              cohortId: event.cohortId,
              selectedJourneyId: null,
              filters: {},
              concerns: [],
              reachedCrisis: null,
              withMissedPoints: null,
              focus: null,
            },
      ),
    },
    'filter.set': {
      actions: assign({
        filters: ({ context, event }) => {
          const rest = Object.fromEntries(
            Object.entries(context.filters).filter(([name]) => name !== event.name),
          );
          return event.values.length > 0 ? { ...rest, [event.name]: [...event.values] } : rest;
        },
      }),
    },
    'concerns.set': { actions: assign({ concerns: ({ event }) => [...event.concerns] }) },
    'outcome.set': {
      actions: assign(({ context, event }) => ({
        reachedCrisis: event.reachedCrisis === undefined ? context.reachedCrisis : event.reachedCrisis,
        withMissedPoints:
          event.withMissedPoints === undefined ? context.withMissedPoints : event.withMissedPoints,
      })),
    },
    'filters.reset': {
      actions: assign({ filters: {}, concerns: [], reachedCrisis: null, withMissedPoints: null }),
    },
    'parameters.set': {
      actions: assign(({ context, event }) => ({
        windowDays: event.windowDays ?? context.windowDays,
        horizonDays: event.horizonDays ?? context.horizonDays,
      })),
    },
    'journey.select': {
      // A journey's timeline is shown beside the journey list.
      actions: assign(({ context, event }) => ({
        selectedJourneyId: event.journeyId,
        sideTab: event.journeyId ? 'journeys' : context.sideTab,
      })),
    },
    'focus.set': {
      actions: assign(({ context, event }) => ({
        focus: event.focus,
        sideTab: event.show ? 'journeys' : context.sideTab,
      })),
    },
    'overlay.mode': { actions: assign({ overlayMode: ({ event }) => event.mode }) },
    'mainView.set': { actions: assign({ mainView: ({ event }) => event.view }) },
    'sideTab.set': { actions: assign({ sideTab: ({ event }) => event.tab }) },
    'view.restore': { actions: assign(({ event }) => event.view) },
  },
});
