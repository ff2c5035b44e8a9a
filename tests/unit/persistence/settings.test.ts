import { describe, expect, it } from 'vitest';
import type { Days } from '../../../src/core/pathway/types.ts';
import { decodeEnvelope, encodeEnvelope } from '../../../src/ui/persistence/envelope.ts';
import {
  defaultSettings,
  isDefaultSettings,
  isSettings,
  savedNotInHash,
  type Settings,
} from '../../../src/ui/persistence/settings.ts';
import { NO_FILTERS } from '../../../src/ui/state/viewFilters.ts';
import { initialView, settingsOf, withSettings } from '../../../src/ui/state/viewSettings.ts';
import { defaultView } from '../../../src/ui/state/viewState.ts';

const saved: Settings = {
  windowDays: 14 as Days,
  horizonDays: 180 as Days,
  overlayMode: 'time',
  mainView: 'table',
  filters: { age_band: ['12-15'] },
};

describe('settings kept on the device', () => {
  it('are the parameters, display and filters of the view', () => {
    expect(settingsOf(withSettings(defaultView, saved))).toEqual(saved);
    expect(settingsOf(defaultView)).toEqual(defaultSettings);
    expect(isDefaultSettings(defaultSettings)).toBe(true);
    expect(isDefaultSettings(saved)).toBe(false);
  });

  it('round-trip through the envelope and are validated', () => {
    const result = decodeEnvelope(encodeEnvelope('settings', saved), 'settings', isSettings);
    expect(result.ok && result.envelope.data).toEqual(saved);
    expect(isSettings({ ...saved, windowDays: 9999 })).toBe(false);
    expect(isSettings({ ...saved, horizonDays: 1.5 })).toBe(false);
    expect(isSettings({ ...saved, overlayMode: 'heat' })).toBe(false);
    expect(isSettings({ ...saved, mainView: 'chart' })).toBe(false);
    expect(isSettings({ ...saved, filters: { age_band: [1] } })).toBe(false);
    expect(isSettings({ ...saved, filters: null })).toBe(false);
    expect(isSettings({ ...saved, windowDays: undefined })).toBe(false);
  });

  it('are used where the URL does not name them (the URL wins)', () => {
    expect(savedNotInHash(saved, '')).toEqual(saved);
    expect(savedNotInHash(saved, '#service=gp')).toEqual(saved);
    expect(savedNotInHash(saved, '#W=7&show=frequency')).toEqual({
      horizonDays: 180,
      mainView: 'table',
      filters: { age_band: ['12-15'] },
    });
    expect(savedNotInHash(saved, '#H=30&view=map&a.sex=F')).toEqual({ windowDays: 14, overlayMode: 'time' });
    // Another screen's route is not the explorer's view.
    expect(savedNotInHash(saved, '#/trainer')).toEqual({});
  });

  it('fill in the view a link opens, the link winning', () => {
    expect(initialView('', null)).toEqual(defaultView);
    expect(initialView('#W=7&concern=self_harm', saved)).toMatchObject({
      windowDays: 7,
      horizonDays: 180,
      overlayMode: 'time',
      filters: { ...NO_FILTERS, concerns: ['self_harm'], attributes: { age_band: ['12-15'] } },
    });
    expect(initialView('#a.sex=F', saved).filters.attributes).toEqual({ sex: ['F'] });
  });

  it('keep W and H in hours, and a link in days wins over saved hours', () => {
    const acute: Settings = { ...saved, windowDays: (6 / 24) as Days, windowUnit: 'hours' };
    expect(isSettings(acute)).toBe(true);
    expect(isSettings({ ...acute, windowDays: 0.3 })).toBe(false); // 7.2 hours
    expect(isSettings({ ...acute, windowUnit: 'minutes' })).toBe(false);
    expect(isSettings({ ...saved, windowDays: 0.25 })).toBe(false); // a quarter day, in days
    const view = initialView('', acute);
    expect(view).toMatchObject({ windowDays: 0.25, windowUnit: 'hours', horizonUnit: 'days' });
    expect(settingsOf(view)).toEqual(acute);
    expect(initialView('#W=3', acute)).toMatchObject({ windowDays: 3, windowUnit: 'days' });
    expect(initialView('#W=12h', saved)).toMatchObject({ windowDays: 0.5, windowUnit: 'hours' });
  });
});
