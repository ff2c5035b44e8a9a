import type { Pathway } from '../../core/pathway/types.ts';
import type { CohortController } from './cohortController.ts';

const readProblem = (fileName: string, error: unknown) => ({
  code: 'PL203' as const,
  file: fileName,
  message: `the file could not be read (${String(error)}).`,
});

/**
 * "Start from data": a draft pathway discovered from a log in the worker (read through an import
 * profile when one is given), and the log loaded as its cohort. Resolves with the draft and what the
 * user should know, or null when the log was refused: its problems are shown like a refused cohort's,
 * and what was loaded stays.
 */
export async function discoverDraft(
  controller: CohortController,
  file: File,
  profile?: File,
): Promise<{ pathway: Pathway; notes: readonly string[] } | null> {
  controller.showLoad(file.name, 'reading');
  let bytes: ArrayBuffer;
  let profileText: string | undefined;
  try {
    bytes = await file.arrayBuffer();
    profileText = profile ? await profile.text() : undefined;
  } catch (error) {
    controller.showLoad(file.name, [readProblem(file.name, error)]);
    return null;
  }
  const result = await controller.worker.discover(
    file.name,
    bytes,
    profile && profileText !== undefined ? { text: profileText, fileName: profile.name } : undefined,
  );
  if (!result.ok) {
    controller.showLoad(file.name, result.cancelled ? 'cancelled' : result.problems);
    return null;
  }
  controller.acceptDraft(file, result.pathway, result.meta, result.table);
  return { pathway: result.pathway, notes: result.notes };
}
