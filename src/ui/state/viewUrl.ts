import type { Days, JourneyId, ServiceId } from '../../core/pathway/types.ts';
import { defaultView, type ViewState } from './viewMachine.ts';

/** The part of the view a link reproduces. */
export type SharedView = Pick<ViewState, 'selectedServiceId' | 'windowDays' | 'horizonDays' | 'selectedJourneyId'>;

const keys = { service: 'service', window: 'W', horizon: 'H', journey: 'journey' } as const;

function days(text: string | null, fallback: Days): Days {
  if (text === null || !/^\d{1,5}$/.test(text)) return fallback;
  return Number(text) as Days;
}

/**
 * The URL hash of a view, e.g. `#service=school&W=14`. Defaults are left out so a plain link stays
 * plain. The hash (not the query) is used so that links work for the single-file build opened from disk.
 */
export function viewToHash(view: SharedView): string {
  const params = new URLSearchParams();
  if (view.selectedServiceId) params.set(keys.service, view.selectedServiceId);
  if (view.windowDays !== defaultView.windowDays) params.set(keys.window, String(view.windowDays));
  if (view.horizonDays !== defaultView.horizonDays) params.set(keys.horizon, String(view.horizonDays));
  if (view.selectedJourneyId) params.set(keys.journey, view.selectedJourneyId);
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
  return {
    selectedServiceId: id(keys.service) as ServiceId | null,
    windowDays: days(params.get(keys.window), defaultView.windowDays),
    horizonDays: days(params.get(keys.horizon), defaultView.horizonDays),
    selectedJourneyId: id(keys.journey) as JourneyId | null,
  };
}
