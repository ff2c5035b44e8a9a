import { assign, setup } from 'xstate';
import type { JourneyFocus } from '../../core/analysis/journeyFocus.ts';
import type { CompareChoice } from '../../core/compare/compareCohort.ts';
import type { DurationUnit } from '../../core/analysis/parameters.ts';
import type { Days, JourneyId, Pathway, ServiceId } from '../../core/pathway/types.ts';
import type { JourneySort } from '../journeys/journeyListModel.ts';
import type { TimelineMode } from '../journeys/timelineScale.ts';
import type { Settings } from '../persistence/settings.ts';
import { NO_FILTERS, withAttribute } from './viewFilters.ts';
import { withSettings } from './viewSettings.ts';
import {
  defaultView,
  type CompareShow,
  type MainView,
  type OverlayMode,
  type SideTab,
  type ViewState,
} from './viewState.ts';

export type ViewEvent =
  /** Shows a bundled pathway (the picker); a pathway opened from a file is put aside. */
  | { type: 'pathway.choose'; pathwayId: string }
  /** Shows a pathway the user opened from a file (validated), or edited. */
  | { type: 'pathway.open'; pathway: Pathway }
  | { type: 'service.select'; serviceId: ServiceId }
  | { type: 'service.clear' }
  /** A cohort was accepted. `keepView` keeps filters and selection (the first cohort, opened from a link). */
  | { type: 'cohort.accepted'; keepView?: boolean }
  | { type: 'filter.set'; name: string; values: readonly string[] }
  | { type: 'concerns.set'; concerns: readonly string[] }
  | { type: 'outcome.set'; reachedCrisis?: boolean | null; withMissedPoints?: boolean | null }
  | { type: 'filters.reset' }
  /** W and H in days (fractional when their unit is hours), and the units they are shown in. */
  | {
      type: 'parameters.set';
      windowDays?: Days;
      horizonDays?: Days;
      windowUnit?: DurationUnit;
      horizonUnit?: DurationUnit;
    }
  | { type: 'journey.select'; journeyId: JourneyId | null }
  /** Narrows the journey list to the journeys behind a number or a variant; `show` opens the list. */
  | { type: 'focus.set'; focus: JourneyFocus | null; show?: boolean }
  | { type: 'overlay.mode'; mode: OverlayMode }
  | { type: 'mainView.set'; view: MainView }
  | { type: 'sideTab.set'; tab: SideTab }
  | { type: 'timeline.mode'; mode: TimelineMode }
  | { type: 'journeys.sort'; sort: JourneySort | null }
  | { type: 'journeys.search'; search: string }
  /** Compares groups (null: back to the one map); a new split shows its first two groups. */
  | { type: 'compare.set'; choice: CompareChoice | null }
  | { type: 'compare.show'; show: CompareShow }
  /** The group the difference map sets against the first. */
  | { type: 'compare.group'; group: number }
  /** The simplification sliders: percent of services and of moves shown (each 0 to 100). */
  | { type: 'detail.set'; services?: number; moves?: number }
  | { type: 'presentation.set'; on: boolean }
  | { type: 'combine.set'; on: boolean }
  /** Removes every selection: service, journey, route and summary number. */
  | { type: 'selection.clear' }
  /** Applies settings (e.g. the defaults, when the user clears the device): their column filters replace the view's. */
  | { type: 'settings.apply'; settings: Partial<Settings> }
  /** Sets the given fields, e.g. the shareable part of the view when the URL changes (a pasted link). */
  | { type: 'view.restore'; view: Partial<ViewState> };

/** What a change of pathway resets: what was chosen on the other pathway's map (a service's tab goes too). */
const afterPathwayChange = (view: ViewState) =>
  ({
    selectedServiceId: null,
    selectedJourneyId: null,
    focus: null,
    filters: NO_FILTERS,
    sideTab: view.sideTab === 'service' ? defaultView.sideTab : view.sideTab,
  }) as const;

const clampPercent = (n: number): number =>
  Number.isFinite(n) ? Math.min(100, Math.max(0, Math.round(n))) : 100;

/**
 * The view state as one XState actor. Each event is handled by a pure `assign`, so
 * `transition(viewMachine, snapshot, event)` can be tested without rendering. To add state for a new
 * feature: add a field to `ViewState` and `defaultView`, an event to `ViewEvent` and its handler here,
 * (if it should be shareable) a key in `viewUrl.ts`, and (if the worker needs it) a line in
 * `viewSelectors.ts`; components read it with `useView((v) => v.field)`.
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
    // Another pathway has other services: the selection and the service filters no longer apply.
    'pathway.choose': {
      actions: assign(({ context, event }) =>
        context.pathwayId === event.pathwayId && context.openedPathway === null
          ? {}
          : { ...afterPathwayChange(context), pathwayId: event.pathwayId, openedPathway: null },
      ),
    },
    'pathway.open': {
      actions: assign(({ context, event }) => ({
        ...afterPathwayChange(context),
        pathwayId: event.pathway.id,
        openedPathway: event.pathway,
      })),
    },
    'service.select': {
      // The service's details open, unless the journey list is open (it then lists the journeys through
      // it) or the editor is (it then edits the service). It replaces the other selections, unless the
      // user asked to combine them.
      actions: assign(({ context, event }) => ({
        ...(context.combine ? {} : { selectedJourneyId: null, focus: null }),
        selectedServiceId: event.serviceId,
        sideTab: context.sideTab === 'journeys' || context.sideTab === 'edit' ? context.sideTab : 'service',
      })),
    },
    'service.clear': { actions: assign({ selectedServiceId: null }) },
    'cohort.accepted': {
      // A new cohort has other journeys and columns: the replayed journey, the focus and the filters no longer apply.
      actions: assign(({ event }) =>
        event.keepView ? {} : { selectedJourneyId: null, filters: NO_FILTERS, focus: null },
      ),
    },
    'filter.set': {
      actions: assign({
        filters: ({ context, event }) => ({
          ...context.filters,
          attributes: withAttribute(context.filters.attributes, event.name, event.values),
        }),
      }),
    },
    'concerns.set': {
      actions: assign({
        filters: ({ context, event }) => ({ ...context.filters, concerns: [...event.concerns] }),
      }),
    },
    'outcome.set': {
      actions: assign({
        filters: ({ context, event }) => ({
          ...context.filters,
          reachedCrisis:
            event.reachedCrisis === undefined ? context.filters.reachedCrisis : event.reachedCrisis,
          withMissedPoints:
            event.withMissedPoints === undefined ? context.filters.withMissedPoints : event.withMissedPoints,
        }),
      }),
    },
    'filters.reset': { actions: assign({ filters: NO_FILTERS }) },
    'parameters.set': {
      actions: assign(({ context, event }) => ({
        windowDays: event.windowDays ?? context.windowDays,
        horizonDays: event.horizonDays ?? context.horizonDays,
        windowUnit: event.windowUnit ?? context.windowUnit,
        horizonUnit: event.horizonUnit ?? context.horizonUnit,
      })),
    },
    'journey.select': {
      // A journey's timeline is shown beside the journey list; it replaces the other selections unless combining.
      actions: assign(({ context, event }) => ({
        ...(event.journeyId && !context.combine ? { selectedServiceId: null, focus: null } : {}),
        selectedJourneyId: event.journeyId,
        sideTab: event.journeyId ? 'journeys' : context.sideTab,
      })),
    },
    'focus.set': {
      actions: assign(({ context, event }) => ({
        ...(event.focus && !context.combine ? { selectedServiceId: null, selectedJourneyId: null } : {}),
        focus: event.focus,
        sideTab: event.show ? 'journeys' : context.sideTab,
      })),
    },
    'combine.set': { actions: assign({ combine: ({ event }) => event.on }) },
    'selection.clear': {
      actions: assign({ selectedServiceId: null, selectedJourneyId: null, focus: null }),
    },
    'overlay.mode': { actions: assign({ overlayMode: ({ event }) => event.mode }) },
    'mainView.set': { actions: assign({ mainView: ({ event }) => event.view }) },
    'sideTab.set': { actions: assign({ sideTab: ({ event }) => event.tab }) },
    'timeline.mode': { actions: assign({ timelineMode: ({ event }) => event.mode }) },
    'journeys.sort': { actions: assign({ journeySort: ({ event }) => event.sort }) },
    'journeys.search': { actions: assign({ journeySearch: ({ event }) => event.search }) },
    'compare.set': {
      actions: assign(({ context, event }) => ({
        compare: event.choice,
        compareGroup:
          JSON.stringify(event.choice) === JSON.stringify(context.compare) ? context.compareGroup : 1,
      })),
    },
    'compare.show': { actions: assign({ compareShow: ({ event }) => event.show }) },
    'compare.group': {
      actions: assign({ compareGroup: ({ event }) => Math.max(1, Math.floor(event.group)) }),
    },
    'detail.set': {
      actions: assign({
        detail: ({ context, event }) => ({
          services: clampPercent(event.services ?? context.detail.services),
          moves: clampPercent(event.moves ?? context.detail.moves),
        }),
      }),
    },
    'presentation.set': { actions: assign({ presentation: ({ event }) => event.on }) },
    'settings.apply': { actions: assign(({ context, event }) => withSettings(context, event.settings)) },
    // A link naming another pathway than the opened one shows that pathway (a bundled one, by id).
    'view.restore': {
      actions: assign(({ context, event }) => {
        const id = event.view.pathwayId;
        const opened = context.openedPathway;
        return opened && id !== undefined && id !== opened.id
          ? { ...event.view, openedPathway: null }
          : event.view;
      }),
    },
  },
});
