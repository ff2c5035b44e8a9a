import { validateProfile } from '../../core/profile/parseProfile.ts';
import type { ImportProfile } from '../../core/profile/profileSchema.ts';
import { STORAGE_PREFIX } from './deviceStorage.ts';
import { decodeEnvelope, encodeEnvelope } from './envelope.ts';

/**
 * The last import profile used with a pathway, kept on this device only when the user asks ("Remember
 * this mapping", an explicit choice like keeping a cohort), so that the same export maps again without
 * the dialog's work. A profile holds column names and the file's own service words, never rows. Cleared
 * with everything else by "Clear all data from this device" (it is under the app's storage prefix).
 */
export interface RememberedProfile {
  readonly profile: ImportProfile;
  readonly file?: string | undefined;
}

const keyOf = (pathwayId: string) => `${STORAGE_PREFIX}profile:${pathwayId}`;

const isRemembered = (data: unknown): data is RememberedProfile => {
  if (typeof data !== 'object' || data === null) return false;
  const { profile, file } = data as Record<string, unknown>;
  return (file === undefined || typeof file === 'string') && validateProfile(profile).ok;
};

/** The profile remembered for a pathway, or null (none, storage blocked, or a damaged entry, which is removed). */
export function readRememberedProfile(pathwayId: string): RememberedProfile | null {
  try {
    const text = localStorage.getItem(keyOf(pathwayId));
    if (text === null) return null;
    const r = decodeEnvelope(text, 'profile', isRemembered);
    if (r.ok) return r.envelope.data;
    localStorage.removeItem(keyOf(pathwayId));
  } catch {
    // Blocked storage: nothing remembered.
  }
  return null;
}

/** Remembers a profile for a pathway; false when storage is full or blocked. */
export function rememberProfile(pathwayId: string, remembered: RememberedProfile): boolean {
  try {
    localStorage.setItem(keyOf(pathwayId), encodeEnvelope('profile', remembered));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the profile remembered for a pathway. */
export function forgetProfile(pathwayId: string): void {
  try {
    localStorage.removeItem(keyOf(pathwayId));
  } catch {
    // Nothing stored.
  }
}
