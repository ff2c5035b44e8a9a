import type { Pathway } from '../../core/pathway/types.ts';
import { validatePathway } from '../../core/pathway/validatePathway.ts';
import { decodeEnvelope, encodeEnvelope } from './envelope.ts';
import { withStore } from './deviceStorage.ts';

const PATHWAY_KEY = 'pathway';

export const CORRUPT_PATHWAY_MESSAGE =
  'The pathway saved on this device could not be read and was removed; the shipped pathway is shown.';

const isPathway = (data: unknown): data is Pathway => validatePathway(data).ok;

/** A pathway the user chose to keep, and when. */
export interface KeptPathway {
  readonly pathway: Pathway;
  readonly savedAt: string;
}

/**
 * The pathway kept on this device (IndexedDB, beside a kept cohort), null when there is none, or
 * 'corrupt' when it could not be read or is no longer valid (it is then removed).
 */
export async function readKeptPathway(): Promise<KeptPathway | null | 'corrupt'> {
  let stored: unknown;
  try {
    stored = await withStore('readonly', (s) => s.get(PATHWAY_KEY));
  } catch {
    return null;
  }
  if (stored === undefined) return null;
  const result = typeof stored === 'string' ? decodeEnvelope(stored, 'pathway', isPathway) : null;
  if (result?.ok) return { pathway: result.envelope.data, savedAt: result.envelope.savedAt };
  await deleteKeptPathway();
  return 'corrupt';
}

/** Keeps a (valid) pathway on this device; false when storage is full or blocked. */
export async function writeKeptPathway(pathway: Pathway): Promise<boolean> {
  try {
    await withStore('create', (s) => s.put(encodeEnvelope('pathway', pathway), PATHWAY_KEY));
    return true;
  } catch {
    return false;
  }
}

export async function deleteKeptPathway(): Promise<void> {
  try {
    await withStore('write', (s) => s.delete(PATHWAY_KEY));
  } catch {
    // Nothing stored, or storage blocked.
  }
}
