import type { JourneyFocus } from '../../core/analysis/journeyFocus.ts';
import type { JourneyId, ServiceId } from '../../core/pathway/types.ts';
import { appendCompare, compareFromParams } from './compareUrl.ts';
import {
  appendFilters,
  durationParam,
  durationToParam,
  filtersFromParams,
  LINK_KEYS,
  yesNo,
} from './linkParams.ts';
import { defaultView, type MainView, type OverlayMode, type SideTab, type ViewState } from './viewState.ts';

/** The part of the view a link reproduces. */
export type SharedView = Pick<
  ViewState,
  | 'pathwayId'
  | 'selectedServiceId'
  | 'windowDays'
  | 'horizonDays'
  | 'windowUnit'
  | 'horizonUnit'
  | 'selectedJourneyId'
  | 'filters'
  | 'focus'
  | 'overlayMode'
  | 'mainView'
  | 'sideTab'
  | 'compare'
  | 'compareShow'
  | 'compareGroup'
  | 'detail'
  | 'presentation'
>;

const keys = {
  ...LINK_KEYS,
  pathway: 'pathway',
  service: 'service',
  journey: 'journey',
  focus: 'focus',
  mode: 'show',
  view: 'view',
  tab: 'tab',
  services: 'services',
  moves: 'moves',
  presentation: 'present',
} as const;

/** A percent of detail (0 to 100) in a link; anything else shows everything. */
function percentParam(text: string | null): number {
  if (text === null || !/^\d{1,3}$/.test(text)) return 100;
  const n = Number(text);
  return n <= 100 ? n : 100;
}

/** A focus as text for the URL, e.g. `missedAt:school` or `variant:school>gp>ed`. */
export function focusToText(focus: JourneyFocus): string {
  switch (focus.kind) {
    case 'crisis':
      return `crisis:${yesNo(focus.reached)}`;
    case 'missed':
    case 'leadTime':
      return focus.kind;
    case 'missedAt':
      return `missedAt:${focus.service}`;
    case 'missedByAgency':
      return `agency:${focus.agency}`;
    case 'target':
      return `target:${focus.service}:${focus.met === null ? 'all' : focus.met ? 'met' : 'notmet'}`;
    case 'variant':
      return `variant:${focus.services.join('>')}`;
  }
}

/** The focus a URL names, or null when it is missing or malformed. */
export function focusFromText(text: string | null): JourneyFocus | null {
  if (!text) return null;
  const at = text.indexOf(':');
  const kind = at < 0 ? text : text.slice(0, at);
  const rest = at < 0 ? '' : text.slice(at + 1);
  switch (kind) {
    case 'crisis':
      return rest === 'yes' || rest === 'no' ? { kind: 'crisis', reached: rest === 'yes' } : null;
    case 'missed':
      return { kind: 'missed' };
    case 'leadTime':
      return { kind: 'leadTime' };
    case 'missedAt':
      return rest ? { kind: 'missedAt', service: rest } : null;
    case 'agency':
      return rest ? { kind: 'missedByAgency', agency: rest } : null;
    case 'target': {
      const [service, met] = rest.split(':');
      if (!service) return null;
      return { kind: 'target', service, met: met === 'met' ? true : met === 'notmet' ? false : null };
    }
    case 'variant': {
      const services = rest.split('>').filter((s) => s !== '');
      return services.length > 0 ? { kind: 'variant', services } : null;
    }
    default:
      return null;
  }
}

const modes: readonly OverlayMode[] = ['frequency', 'time'];
const views: readonly MainView[] = ['map', 'table'];
const tabs: readonly SideTab[] = ['summary', 'journeys', 'variants', 'service', 'legend', 'edit'];
const oneOf = <T extends string>(list: readonly T[], text: string | null, fallback: T): T =>
  list.find((x) => x === text) ?? fallback;

/**
 * The tab a view opens on when the link does not name one: a selected journey's list and timeline, else
 * a selected service's details, else the summary.
 */
function naturalTab(service: string | null, journey: string | null): SideTab {
  return journey ? 'journeys' : service ? 'service' : defaultView.sideTab;
}

/**
 * The URL hash of a view, e.g. `#service=school&W=14&concern=self_harm` (W and H in hours: `W=6h`). Defaults are left out so a
 * plain link stays plain. The hash (not the query) is used so that links work for the single-file build
 * opened from disk, and so that nothing of the view is ever sent to a server.
 */
export function viewToHash(view: SharedView): string {
  const params = new URLSearchParams();
  if (view.pathwayId !== defaultView.pathwayId) params.set(keys.pathway, view.pathwayId);
  if (view.selectedServiceId) params.set(keys.service, view.selectedServiceId);
  if (view.windowDays !== defaultView.windowDays || view.windowUnit !== defaultView.windowUnit)
    params.set(keys.window, durationToParam(view.windowDays, view.windowUnit));
  if (view.horizonDays !== defaultView.horizonDays || view.horizonUnit !== defaultView.horizonUnit)
    params.set(keys.horizon, durationToParam(view.horizonDays, view.horizonUnit));
  if (view.selectedJourneyId) params.set(keys.journey, view.selectedJourneyId);
  appendFilters(params, view.filters);
  if (view.focus) params.set(keys.focus, focusToText(view.focus));
  if (view.overlayMode !== defaultView.overlayMode) params.set(keys.mode, view.overlayMode);
  if (view.mainView !== defaultView.mainView) params.set(keys.view, view.mainView);
  if (view.sideTab !== naturalTab(view.selectedServiceId, view.selectedJourneyId))
    params.set(keys.tab, view.sideTab);
  appendCompare(params, view);
  if (view.detail.services !== 100) params.set(keys.services, String(view.detail.services));
  if (view.detail.moves !== 100) params.set(keys.moves, String(view.detail.moves));
  if (view.presentation) params.set(keys.presentation, 'yes');
  const text = params.toString();
  return text ? `#${text}` : '';
}

/**
 * The shared view a URL hash describes, every field filled (missing or malformed values give the
 * default), so that restoring it also clears what the link does not name. Ids are not checked against
 * the pathway here: the screen ignores an id it does not know.
 */
export function viewFromHash(hash: string): SharedView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = (key: string) => {
    const v = params.get(key)?.trim();
    return v ? v : null;
  };
  const w = durationParam(params.get(keys.window), 'windowDays', defaultView.windowDays);
  const h = durationParam(params.get(keys.horizon), 'horizonDays', defaultView.horizonDays);
  return {
    pathwayId: id(keys.pathway) ?? defaultView.pathwayId,
    selectedServiceId: id(keys.service) as ServiceId | null,
    windowDays: w.days,
    horizonDays: h.days,
    windowUnit: w.unit,
    horizonUnit: h.unit,
    selectedJourneyId: id(keys.journey) as JourneyId | null,
    filters: filtersFromParams(params),
    focus: focusFromText(params.get(keys.focus)),
    overlayMode: oneOf(modes, params.get(keys.mode), defaultView.overlayMode),
    mainView: oneOf(views, params.get(keys.view), defaultView.mainView),
    sideTab: oneOf(tabs, params.get(keys.tab), naturalTab(id(keys.service), id(keys.journey))),
    ...compareFromParams(params),
    detail: {
      services: percentParam(params.get(keys.services)),
      moves: percentParam(params.get(keys.moves)),
    },
    presentation: params.get(keys.presentation) === 'yes',
  };
}
