import type { Pathway } from '../../core/pathway/types.ts';
import type { Problem } from '../../core/problems.ts';
import type { CohortController } from './cohortController.ts';

const readProblem = (fileName: string, error: unknown) => ({
  code: 'PL203' as const,
  file: fileName,
  message: `the file could not be read (${String(error)}).`,
});

/** A draft discovered (with what the user should know), or the problems the log was refused with. */
export type DraftResult =
  | { readonly ok: true; readonly pathway: Pathway; readonly notes: readonly string[] }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly cancelled: boolean };

/**
 * "Start from data": a draft pathway discovered from a log in the worker (read through an import
 * profile when one is given), and the log loaded as its cohort. A refused log changes nothing loaded:
 * the caller shows its problems (in the load panel, or in the mapping dialog it opens for them).
 */
export async function discoverDraft(
  controller: CohortController,
  file: File,
  profile?: File,
): Promise<DraftResult> {
  controller.showLoad(file.name, 'reading');
  let bytes: ArrayBuffer;
  let profileText: string | undefined;
  try {
    bytes = await file.arrayBuffer();
    profileText = profile ? await profile.text() : undefined;
  } catch (error) {
    return { ok: false, problems: [readProblem(file.name, error)], cancelled: false };
  }
  const result = await controller.worker.discover(
    file.name,
    bytes,
    profile && profileText !== undefined ? { text: profileText, fileName: profile.name } : undefined,
  );
  if (!result.ok) return { ok: false, problems: result.problems, cancelled: result.cancelled };
  controller.acceptDraft(file, result.pathway, result.meta, result.table);
  return { ok: true, pathway: result.pathway, notes: result.notes };
}
