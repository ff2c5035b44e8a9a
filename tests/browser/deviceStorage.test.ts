import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Days } from '../../src/core/pathway/types.ts';
import type { CohortController } from '../../src/ui/data/cohortController.ts';
import { DeviceData } from '../../src/ui/persistence/device.ts';
import {
  clearDevice,
  CORRUPT_COHORT_MESSAGE,
  CORRUPT_MESSAGE,
  DB_NAME,
  deleteCohort,
  readCohort,
  readSettings,
  SETTINGS_KEY,
  writeCohort,
  writeSettings,
} from '../../src/ui/persistence/deviceStorage.ts';
import { encodeEnvelope } from '../../src/ui/persistence/envelope.ts';
import { defaultSettings, type Settings } from '../../src/ui/persistence/settings.ts';

/**
 * What the app keeps on this device, against Chromium's real localStorage and IndexedDB: settings and
 * a kept cohort come back as saved, damaged entries are detected and removed, and clearing removes
 * everything of the app's (and nothing else).
 */
const settings: Settings = {
  windowDays: 14 as Days,
  horizonDays: 180 as Days,
  overlayMode: 'time',
  mainView: 'table',
  filters: { age_band: ['12-15'] },
};

const databases = async () => (await indexedDB.databases()).map((d) => d.name);

/** Writes raw text where the kept cohort lives, as a damaged or foreign entry would be. */
async function storeRawCohort(text: string): Promise<void> {
  await writeCohort({ fileName: 'x.csv', text: 'x', synthetic: false });
  await new Promise<void>((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, 1);
    open.onsuccess = () => {
      const tx = open.result.transaction('device', 'readwrite');
      tx.objectStore('device').put(text, 'cohort');
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(new Error('put failed'));
    };
  });
}

beforeEach(async () => {
  await clearDevice();
});
afterEach(async () => {
  await clearDevice();
});

describe('settings on this device (localStorage)', () => {
  it('come back as saved; the defaults are not stored', () => {
    expect(readSettings()).toBeNull();
    writeSettings(settings);
    expect(readSettings()).toEqual(settings);
    writeSettings(defaultSettings);
    expect(localStorage.getItem(SETTINGS_KEY)).toBeNull();
    expect(readSettings()).toBeNull();
  });

  it('are removed and reported when damaged, a changed checksum included', () => {
    localStorage.setItem(SETTINGS_KEY, '{"version":1,"kind":"settings","data":{"windowDays":');
    expect(readSettings()).toBe('corrupt');
    expect(localStorage.getItem(SETTINGS_KEY)).toBeNull();
    const tampered = JSON.parse(encodeEnvelope('settings', settings)) as { data: Settings };
    tampered.data = { ...settings, windowDays: 3 as Days };
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(tampered));
    expect(readSettings()).toBe('corrupt');
  });
});

describe('a kept cohort (IndexedDB)', () => {
  it('comes back with when it was saved; reading an empty device creates nothing', async () => {
    expect(await readCohort()).toBeNull();
    expect(await databases()).not.toContain(DB_NAME);
    expect(await writeCohort({ fileName: 'mine.csv', text: 'journey_id\nA', synthetic: false })).toBe(true);
    const kept = await readCohort();
    expect(kept).toMatchObject({ fileName: 'mine.csv', text: 'journey_id\nA', synthetic: false });
    expect(kept !== null && kept !== 'corrupt' && !Number.isNaN(Date.parse(kept.savedAt))).toBe(true);
    await deleteCohort();
    expect(await readCohort()).toBeNull();
  });

  it('is removed and reported when damaged', async () => {
    await storeRawCohort('not an envelope');
    expect(await readCohort()).toBe('corrupt');
    expect(await readCohort()).toBeNull();
  });

  it('is removed, with the settings, by clearing the device; other sites’ keys stay', async () => {
    localStorage.setItem('someone-else', 'keep me');
    writeSettings(settings);
    await writeCohort({ fileName: 'mine.csv', text: 'x', synthetic: false });
    await clearDevice();
    expect(readSettings()).toBeNull();
    expect(await databases()).not.toContain(DB_NAME);
    expect(localStorage.getItem('someone-else')).toBe('keep me');
    localStorage.removeItem('someone-else');
  });
});

/** A controller that accepts (or refuses) any text, and says what it was given. */
function fakeController(accept: boolean) {
  const loaded: string[] = [];
  const controller = {
    loadText: (fileName: string) => {
      loaded.push(fileName);
      return Promise.resolve(accept);
    },
    acceptedSource: () => ({
      fileName: 'mine.csv',
      synthetic: false,
      text: () => Promise.resolve('journey_id\nB'),
    }),
  } as unknown as CohortController;
  return { controller, loaded };
}

describe('DeviceData', () => {
  it('restores a kept cohort instead of the shipped one, and says so', async () => {
    await writeCohort({ fileName: 'mine.csv', text: 'journey_id\nA', synthetic: false });
    const device = new DeviceData();
    const { controller, loaded } = fakeController(true);
    let shipped = 0;
    await device.startCohort(controller, () => {
      shipped++;
      return Promise.resolve(true);
    });
    expect(loaded).toEqual(['mine.csv']);
    expect(shipped).toBe(0);
    expect(device.store.get()).toMatchObject({
      keep: true,
      notice: expect.stringMatching(/^Restored your cohort mine\.csv/),
    });
  });

  it('forgets a kept cohort the importer now refuses, and shows the shipped one', async () => {
    await writeCohort({ fileName: 'mine.csv', text: 'journey_id\nA', synthetic: false });
    const device = new DeviceData();
    let shipped = 0;
    await device.startCohort(fakeController(false).controller, () => {
      shipped++;
      return Promise.resolve(true);
    });
    expect(shipped).toBe(1);
    expect(device.store.get().notice).toBe(CORRUPT_COHORT_MESSAGE);
    expect(await readCohort()).toBeNull();
  });

  it('keeps the accepted cohort only with consent, and reports damaged settings at start', async () => {
    const device = new DeviceData();
    const { controller } = fakeController(true);
    device.accepted(controller);
    expect(await readCohort()).toBeNull();
    await device.setKeep(controller, true);
    expect(await readCohort()).toMatchObject({ fileName: 'mine.csv', text: 'journey_id\nB' });
    await device.setKeep(controller, false);
    expect(await readCohort()).toBeNull();

    localStorage.setItem(SETTINGS_KEY, 'garbage');
    const next = new DeviceData();
    expect(next.savedSettings).toBeNull();
    expect(next.store.get().notice).toBe(CORRUPT_MESSAGE);
  });
});
