import camhs from '../../../tests/fixtures/profiles/camhs-export.csv?raw';
import { previewExport } from '../../core/profile/preview/previewExport.ts';
import type { PreviewResult } from '../data/cohortClientTypes.ts';

/** For the mapping dialog's stories: a CAMHS-style export (day-first dates, team names, attendance codes). */
export const camhsText: string = camhs;
export const camhsFile = new File([camhs], 'camhs-export.csv', { type: 'text/csv' });

/** The preview as the worker makes it (here on this thread: the fixture is small). */
export const previewOnThisThread = (f: File): Promise<PreviewResult> =>
  f.text().then((text) => {
    const r = previewExport(f.name, text);
    return r.ok ? { ok: true as const, preview: r.value } : { ok: false as const, problems: r.problems };
  });

/** The arguments of a spy's last call. */
export const lastCall = (spy: unknown): unknown[] => {
  const call = (spy as { mock: { lastCall?: unknown[] } }).mock.lastCall;
  if (!call) throw new Error('not called');
  return call;
};
