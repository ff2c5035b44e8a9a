import { Store } from '../data/store.ts';
import { decodeEnvelope, encodeEnvelope, isSavedCohort, type SavedCohort } from './envelope.ts';
import { isDefaultSettings, isSettings, type Settings } from './settings.ts';

/** Every key the app writes to localStorage starts with this. */
export const STORAGE_PREFIX = 'pathway-lens:';
export const SETTINGS_KEY = `${STORAGE_PREFIX}settings`;
/** The IndexedDB database (one object store of envelope texts) that holds a kept cohort. */
export const DB_NAME = 'pathway-lens';
const DB_STORE = 'device';
const COHORT_KEY = 'cohort';

export const CORRUPT_MESSAGE =
  'Saved data on this device could not be read and was removed; your settings are back to the defaults.';
export const CORRUPT_COHORT_MESSAGE =
  'The cohort saved on this device could not be read and was removed; the shipped synthetic cohort is shown.';

// --- localStorage: the small settings -------------------------------------------------------------

/** The saved settings, null when there are none, or 'corrupt' (the bad entry is then removed). */
export function readSettings(): Settings | null | 'corrupt' {
  let text: string | null;
  try {
    text = localStorage.getItem(SETTINGS_KEY);
  } catch {
    return null; // Storage blocked: nothing to restore.
  }
  if (text === null) return null;
  const result = decodeEnvelope(text, 'settings', isSettings);
  if (result.ok) return result.envelope.data;
  try {
    localStorage.removeItem(SETTINGS_KEY);
  } catch {
    // Nothing more to do.
  }
  return 'corrupt';
}

/** Saves the settings; the defaults are not stored (so a cleared device stays empty). */
export function writeSettings(settings: Settings): void {
  try {
    if (isDefaultSettings(settings)) localStorage.removeItem(SETTINGS_KEY);
    else localStorage.setItem(SETTINGS_KEY, encodeEnvelope('settings', settings));
  } catch {
    // Full or blocked storage: the settings are simply not kept.
  }
}

// --- IndexedDB: the kept cohort ---------------------------------------------------------------------

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => {
      resolve(req.result);
    };
    req.onerror = () => {
      reject(req.error ?? new Error('IndexedDB request failed'));
    };
  });
}

/** Runs one request on the store; only a save creates the database (reading leaves the device empty). */
export async function withStore<T>(
  mode: 'readonly' | 'write' | 'create',
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    if (mode === 'create') open.result.createObjectStore(DB_STORE);
    else open.transaction?.abort();
  };
  const db = await request(open);
  try {
    const tx = db.transaction(DB_STORE, mode === 'readonly' ? 'readonly' : 'readwrite');
    const result = await request(run(tx.objectStore(DB_STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => {
        resolve();
      };
      tx.onerror = () => {
        reject(tx.error ?? new Error('IndexedDB transaction failed'));
      };
    });
    return result;
  } finally {
    db.close();
  }
}

export interface KeptCohort extends SavedCohort {
  readonly savedAt: string;
}

/** The kept cohort, null when there is none, or 'corrupt' (the bad entry is then removed). */
export async function readCohort(): Promise<KeptCohort | null | 'corrupt'> {
  let stored: unknown;
  try {
    stored = await withStore('readonly', (s) => s.get(COHORT_KEY));
  } catch {
    return null;
  }
  if (stored === undefined) return null;
  const result = typeof stored === 'string' ? decodeEnvelope(stored, 'cohort', isSavedCohort) : null;
  if (result?.ok) return { ...result.envelope.data, savedAt: result.envelope.savedAt };
  await deleteCohort();
  return 'corrupt';
}

export async function writeCohort(cohort: SavedCohort): Promise<boolean> {
  try {
    await withStore('create', (s) => s.put(encodeEnvelope('cohort', cohort), COHORT_KEY));
    return true;
  } catch {
    return false;
  }
}

export async function deleteCohort(): Promise<void> {
  try {
    await withStore('write', (s) => s.delete(COHORT_KEY));
  } catch {
    // Nothing stored, or storage blocked.
  }
}

/** Removes everything the app keeps on this device: its localStorage keys and its IndexedDB database. */
export async function clearDevice(): Promise<void> {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
    }
  } catch {
    // Blocked storage holds nothing of ours.
  }
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess =
      req.onerror =
      req.onblocked =
        () => {
          resolve();
        };
  });
}

// --- What the screen shows ---------------------------------------------------------------------------

export interface DeviceState {
  /** A note about saved data (restored, or corrupt and removed); dismissible. */
  readonly notice: string | null;
  /** Whether the user chose to keep the loaded cohort on this device. */
  readonly keep: boolean;
  /** Whether the user chose to keep the edited pathway on this device. */
  readonly keepPathway: boolean;
}

export const deviceStore = (): Store<DeviceState> =>
  new Store<DeviceState>({ notice: null, keep: false, keepPathway: false });
