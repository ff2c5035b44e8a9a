import { checkParameters, DEFAULT_PARAMETERS, type DurationUnit } from '../../core/analysis/parameters.ts';
import type { Days } from '../../core/pathway/types.ts';
import { isRecord } from './envelope.ts';

const overlayModes = ['frequency', 'time'] as const;
const mainViews = ['map', 'table'] as const;

/**
 * The settings kept on this device (not sensitive): the rule's parameters, the display and the column
 * filters. The stored format; the explorer maps its view to and from it (`state/viewSettings.ts`).
 */
export interface Settings {
  readonly windowDays: Days;
  readonly horizonDays: Days;
  /** The units W and H are given in (absent in settings saved before hours: days). */
  readonly windowUnit?: DurationUnit | undefined;
  readonly horizonUnit?: DurationUnit | undefined;
  readonly overlayMode: (typeof overlayModes)[number];
  readonly mainView: (typeof mainViews)[number];
  /** Attribute filters: column name → allowed values. */
  readonly filters: Readonly<Record<string, readonly string[]>>;
}

export const defaultSettings: Settings = {
  windowDays: DEFAULT_PARAMETERS.windowDays,
  horizonDays: DEFAULT_PARAMETERS.horizonDays,
  overlayMode: 'frequency',
  mainView: 'map',
  filters: {},
};

export function isDefaultSettings(settings: Settings): boolean {
  return JSON.stringify(settings) === JSON.stringify(defaultSettings);
}

const units: readonly unknown[] = [undefined, 'days', 'hours'];
const isUnit = (x: unknown): x is DurationUnit | undefined => units.includes(x);

/** Stored settings as the app wrote them: every field present and within its limits. */
export function isSettings(data: unknown): data is Settings {
  if (!isRecord(data)) return false;
  const { windowDays, horizonDays, windowUnit, horizonUnit, overlayMode, mainView, filters } = data;
  return (
    typeof windowDays === 'number' &&
    typeof horizonDays === 'number' &&
    isUnit(windowUnit) &&
    isUnit(horizonUnit) &&
    checkParameters({ windowDays, horizonDays, windowUnit, horizonUnit }) === undefined &&
    overlayModes.some((m) => m === overlayMode) &&
    mainViews.some((v) => v === mainView) &&
    isRecord(filters) &&
    Object.values(filters).every(
      (values) => Array.isArray(values) && values.every((v) => typeof v === 'string'),
    )
  );
}

/**
 * The saved settings a URL hash does not name (the URL wins): `W`, `H`, `show`, `view` and the `a.`
 * attribute filters (any `a.` key in the link replaces all saved filters).
 */
export function savedNotInHash(saved: Settings, hash: string): Partial<Settings> {
  if (hash.startsWith('#/')) return {};
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const keys = [...params.keys()];
  const out: { -readonly [K in keyof Settings]?: Settings[K] } = {};
  if (!params.has('W')) {
    out.windowDays = saved.windowDays;
    if (saved.windowUnit) out.windowUnit = saved.windowUnit;
  }
  if (!params.has('H')) {
    out.horizonDays = saved.horizonDays;
    if (saved.horizonUnit) out.horizonUnit = saved.horizonUnit;
  }
  if (!params.has('show')) out.overlayMode = saved.overlayMode;
  if (!params.has('view')) out.mainView = saved.mainView;
  if (!keys.some((k) => k.startsWith('a.'))) out.filters = saved.filters;
  return out;
}
