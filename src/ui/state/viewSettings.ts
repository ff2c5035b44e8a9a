import { savedNotInHash, type Settings } from '../persistence/settings.ts';
import { defaultView, type ViewState } from './viewState.ts';
import { viewFromHash } from './viewUrl.ts';

/** The part of the view kept on this device. */
export function settingsOf(view: ViewState): Settings {
  return {
    windowDays: view.windowDays,
    horizonDays: view.horizonDays,
    // Units only when hours, so that settings in days stay as they were saved before hours.
    ...(view.windowUnit === 'hours' ? { windowUnit: view.windowUnit } : {}),
    ...(view.horizonUnit === 'hours' ? { horizonUnit: view.horizonUnit } : {}),
    overlayMode: view.overlayMode,
    mainView: view.mainView,
    filters: view.filters.attributes,
  };
}

/** The view with (some) settings applied: their attribute filters replace the view's, its other filters stay. */
export function withSettings(view: ViewState, settings: Partial<Settings>): ViewState {
  const { filters, windowUnit, horizonUnit, ...rest } = settings;
  return {
    ...view,
    ...rest,
    ...(windowUnit || rest.windowDays !== undefined ? { windowUnit: windowUnit ?? 'days' } : {}),
    ...(horizonUnit || rest.horizonDays !== undefined ? { horizonUnit: horizonUnit ?? 'days' } : {}),
    filters: filters === undefined ? view.filters : { ...view.filters, attributes: filters },
  };
}

/**
 * The view the explorer opens on: what the link names, then the settings saved on this device for what
 * it does not name (the link wins).
 */
export function initialView(hash: string, saved: Settings | null): ViewState {
  const linked = { ...defaultView, ...viewFromHash(hash) };
  return saved ? withSettings(linked, savedNotInHash(saved, hash)) : linked;
}
