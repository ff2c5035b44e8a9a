import type { JourneyFocus } from '../../core/analysis/journeyFocus.ts';
import type { CompareChoice } from '../../core/compare/compareCohort.ts';
import type { DurationUnit } from '../../core/analysis/parameters.ts';
import { FULL_DETAIL, type MapDetail } from '../../core/analysis/simplifyMap.ts';
import type { Days, JourneyId, Pathway, ServiceId } from '../../core/pathway/types.ts';
import type { JourneySort } from '../journeys/journeyListModel.ts';
import type { TimelineMode } from '../journeys/timelineScale.ts';
import { DEFAULT_PATHWAY_ID } from '../common/defaultPathway.ts';
import type { Settings } from '../persistence/settings.ts';
import { NO_FILTERS, type ViewFilters } from './viewFilters.ts';

/** What the overlay shows on the moves and services: how many journeys, or how long they took. */
export type OverlayMode = Settings['overlayMode'];
/** The map, or its text alternative (a table of services and moves). */
export type MainView = Settings['mainView'];
/** The tab of the side panel. */
/** `edit`: the pathway editor ("Edit pathway"). */
export type SideTab = 'summary' | 'journeys' | 'variants' | 'service' | 'legend' | 'edit';
/** The comparison as maps of each group side by side, or as one map of the difference. */
export type CompareShow = 'groups' | 'difference';

/**
 * Everything on the explorer that a user chose, in one place (see README.md in this folder for where
 * the rest of the screen's state lives). What a user would want to share is mirrored in the URL
 * (`viewUrl.ts`); the rule's parameters, the display and the column filters are also kept on the
 * device (`viewSettings.ts`).
 */
export interface ViewState {
  /** The pathway shown: the id of a bundled one (pathway-data/<id>), or of the one the user opened. */
  readonly pathwayId: string;
  /** A pathway the user opened from a file (or edited), shown instead of a bundled one; null: none. */
  readonly openedPathway: Pathway | null;
  /** The service shown in the side panel and highlighted on the map; it also narrows the journey list. */
  readonly selectedServiceId: ServiceId | null;
  /** Which journeys the overlay, the summary and the list count. */
  readonly filters: ViewFilters;
  /** W of the missed early-intervention rule (CONTRACT §3), in days (fractional when given in hours). */
  readonly windowDays: Days;
  /** H of the missed early-intervention rule (CONTRACT §3), in days (fractional when given in hours). */
  readonly horizonDays: Days;
  /** The unit W is given and shown in: whole days (the default) or hours (acute pathways). */
  readonly windowUnit: DurationUnit;
  /** The unit H is given and shown in. */
  readonly horizonUnit: DurationUnit;
  /** The journey replayed on the map and shown on the timeline, if any. */
  readonly selectedJourneyId: JourneyId | null;
  /** The journeys behind a summary number or a variant: narrows the list (not the overlay). */
  readonly focus: JourneyFocus | null;
  readonly overlayMode: OverlayMode;
  readonly mainView: MainView;
  readonly sideTab: SideTab;
  /** The journey timeline's axis: by date, or looking back from the first crisis. */
  readonly timelineMode: TimelineMode;
  /** The journey list's sort (null: cohort order). */
  readonly journeySort: JourneySort | null;
  /** The journey list's search box. */
  readonly journeySearch: string;
  /** The comparison shown instead of the one map (CONTRACT §7), or null. */
  readonly compare: CompareChoice | null;
  readonly compareShow: CompareShow;
  /** The group the difference map sets against the first (1 = the second group). */
  readonly compareGroup: number;
  /** How much of the map to show (the simplification sliders): percent of services and of moves. */
  readonly detail: MapDetail;
  /** The map's type and boxes made larger for a room (every map text at least 18 px on screen). */
  readonly presentation: boolean;
  /**
   * A new selection (service, journey, route or summary number) joins the current ones instead of
   * replacing them: only when the user says so, so that the map and the list never show two
   * different selections unasked.
   */
  readonly combine: boolean;
}

export const defaultView: ViewState = {
  pathwayId: DEFAULT_PATHWAY_ID,
  openedPathway: null,
  selectedServiceId: null,
  filters: NO_FILTERS,
  windowDays: 28 as Days,
  horizonDays: 365 as Days,
  windowUnit: 'days',
  horizonUnit: 'days',
  selectedJourneyId: null,
  focus: null,
  overlayMode: 'frequency',
  mainView: 'map',
  sideTab: 'summary',
  timelineMode: 'date',
  journeySort: null,
  journeySearch: '',
  compare: null,
  compareShow: 'groups',
  compareGroup: 1,
  detail: FULL_DETAIL,
  presentation: false,
  combine: false,
};
