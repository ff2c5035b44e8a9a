import type { CohortController } from '../data/cohortController.ts';
import type { Store } from '../data/store.ts';
import {
  clearDevice,
  CORRUPT_COHORT_MESSAGE,
  CORRUPT_MESSAGE,
  deleteCohort,
  deviceStore,
  readCohort,
  readSettings,
  writeCohort,
  writeSettings,
  type DeviceState,
} from './deviceStorage.ts';
import {
  deleteKeptPathway,
  readKeptPathway,
  writeKeptPathway,
  CORRUPT_PATHWAY_MESSAGE,
} from './keptPathway.ts';
import type { Settings } from './settings.ts';
import type { Pathway } from '../../core/pathway/types.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * What the app keeps on this device: the settings (always; restored at start) and, only with the user's
 * consent, the loaded cohort's original file. One per page (see `pageDevice`).
 */
export class DeviceData {
  readonly store: Store<DeviceState> = deviceStore();
  /** The settings saved on this device, read once at start. */
  readonly savedSettings: Settings | null;
  private loadShipped: (() => Promise<boolean>) | undefined;

  constructor() {
    const settings = readSettings();
    this.savedSettings = settings === 'corrupt' ? null : settings;
    if (settings === 'corrupt') this.store.set({ notice: CORRUPT_MESSAGE });
  }

  /** Loads the kept cohort if there is one (through the controller, like a file), else `loadShipped`. */
  async startCohort(controller: CohortController, loadShipped: () => Promise<boolean>): Promise<void> {
    this.loadShipped = loadShipped;
    const kept = await readCohort();
    if (kept === 'corrupt') {
      this.store.set({ notice: CORRUPT_MESSAGE });
    } else if (kept) {
      // `keep` is set after the load, so that restoring does not save the cohort again (its date stays).
      if (await controller.loadText(kept.fileName, kept.text, kept.synthetic)) {
        const date = dateFormat.format(new Date(kept.savedAt));
        this.store.set({
          keep: true,
          notice: `Restored your cohort ${kept.fileName} saved on this device on ${date}.`,
        });
        return;
      }
      // Refused now (e.g. a newer importer is stricter): forget it and show the shipped cohort.
      await deleteCohort();
      this.store.set({ notice: CORRUPT_COHORT_MESSAGE });
    }
    await loadShipped();
  }

  /** The pathway kept on this device (the user's consent then stays on), or null; read before the cohort. */
  async startPathway(): Promise<Pathway | null> {
    const kept = await readKeptPathway();
    if (kept === 'corrupt') {
      this.store.set({ notice: CORRUPT_PATHWAY_MESSAGE });
      return null;
    }
    if (!kept) return null;
    const date = dateFormat.format(new Date(kept.savedAt));
    this.store.set({
      keepPathway: true,
      notice: `Restored your pathway "${kept.pathway.title}" saved on this device on ${date}.`,
    });
    return kept.pathway;
  }

  /** The user's choice to keep the edited pathway on this device (on saves it, off deletes it). */
  async setKeepPathway(keep: boolean, pathway: Pathway): Promise<void> {
    this.store.set({ keepPathway: keep });
    if (!keep) {
      await deleteKeptPathway();
      return;
    }
    await this.pathwayChanged(pathway);
  }

  /** The edited pathway changed (and is valid): while the user keeps it on this device, it is saved again. */
  async pathwayChanged(pathway: Pathway): Promise<void> {
    if (!this.store.get().keepPathway) return;
    if (!(await writeKeptPathway(pathway)))
      this.store.set({
        keepPathway: false,
        notice: 'The pathway could not be saved on this device (storage is full or blocked).',
      });
  }

  /** Keeps the settings on this device (the defaults are not stored, so a cleared device stays empty). */
  saveSettings(settings: Settings): void {
    writeSettings(settings);
  }

  /** A cohort was accepted: while the user keeps cohorts on this device, the new one replaces the kept one. */
  accepted(controller: CohortController): void {
    if (this.store.get().keep) void this.saveCohort(controller);
  }

  /** The user's choice to keep the loaded cohort on this device (on saves it, off deletes it). */
  async setKeep(controller: CohortController, keep: boolean): Promise<void> {
    this.store.set({ keep });
    if (keep) await this.saveCohort(controller);
    else await deleteCohort();
  }

  private async saveCohort(controller: CohortController): Promise<void> {
    const source = controller.acceptedSource();
    if (!source || source.synthetic) return;
    const saved = await writeCohort({
      fileName: source.fileName,
      synthetic: source.synthetic,
      text: await source.text(),
    });
    if (!saved)
      this.store.set({
        keep: false,
        notice: 'The cohort could not be saved on this device (storage is full or blocked).',
      });
  }

  /** Removes all the app's data from this device, then shows the shipped cohort again. */
  async clearAll(): Promise<void> {
    await clearDevice();
    this.store.set({
      keep: false,
      keepPathway: false,
      notice: 'All data of Pathway Lens was removed from this device.',
    });
    await this.loadShipped?.();
  }

  dismissNotice(): void {
    this.store.set({ notice: null });
  }
}

let page: DeviceData | undefined;

/** The page's one `DeviceData` (made once, so that the saved settings are read once). */
export function pageDevice(): DeviceData {
  return (page ??= new DeviceData());
}
