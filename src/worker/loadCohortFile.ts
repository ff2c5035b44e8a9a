import { importCohortAsync } from '../core/cohort/importCohort.ts';
import { runImportJob } from '../core/cohort/importJob.ts';
import type { Cohort } from '../core/cohort/types.ts';
import { overlayMeta } from '../core/overlay/overlayMeta.ts';
import { readOverlay } from '../core/overlay/readOverlay.ts';
import type { LoadedPathway } from '../core/pathway/loadedPathway.ts';
import { problem } from '../core/problems.ts';
import { createProfileImportJob } from '../core/profile/importWithProfile.ts';
import type { FromWorker, LoadRequest, LoadSecondRequest } from './protocol.ts';

/** A load in progress: a newer file, or a cancel request, marks it cancelled. */
export interface LoadToken {
  readonly id: number;
  cancelled: boolean;
}

/**
 * Reads a file's text into a cohort (as the §2 cohort an import profile describes, when the request has
 * one), posting progress; null when it was cancelled or refused (posted as `loadFailed`).
 */
export async function importCohortFile(
  request: LoadRequest | LoadSecondRequest,
  text: string,
  pathway: LoadedPathway,
  token: LoadToken,
  post: (message: FromWorker) => void,
): Promise<Cohort | null> {
  const byteLength = typeof request.data === 'string' ? undefined : request.data.byteLength;
  let lastPost = 0;
  const options = {
    synthetic: request.type === 'load' && request.synthetic,
    byteLength,
    shouldCancel: () => token.cancelled,
    onProgress: (fraction: number) => {
      const now = performance.now();
      // A progress bar needs a few updates a second, not one per slice.
      if (now - lastPost > 80 || fraction >= 1) {
        lastPost = now;
        post({ type: 'progress', id: request.id, fraction: fraction * 0.9 });
      }
    },
  };
  // With an import profile, the file is read as the §2 cohort the profile describes (CONTRACT §5).
  const profile = request.type === 'load' ? request.profile : undefined;
  const outcome = profile
    ? await runImportJob(
        createProfileImportJob(request.fileName, text, pathway.pathway, profile, options),
        options,
      )
    : await importCohortAsync(request.fileName, text, pathway.pathway, options);
  if (token.cancelled || !outcome.ok) {
    const cancelled = token.cancelled || ('cancelled' in outcome && outcome.cancelled);
    post({
      type: 'loadFailed',
      id: request.id,
      problems: outcome.ok ? [] : outcome.problems,
      cancelled,
    });
    return null;
  }
  if (outcome.value.journeyIds.length === 0) {
    post({
      type: 'loadFailed',
      id: request.id,
      problems: [
        problem('PL200', 'the file has no journeys: add rows below the header.', {
          file: request.fileName,
        }),
      ],
      cancelled: false,
    });
    return null;
  }
  return outcome.value;
}

/**
 * The answer to an aggregate overlay opened in place of a cohort: `aggregateLoaded`, or `loadFailed`
 * when it does not read or when it was sent as a second file to compare with.
 */
export function openOverlay(
  request: LoadRequest | LoadSecondRequest,
  text: string,
  pathway: LoadedPathway,
): FromWorker {
  if (request.type === 'loadSecond') {
    return {
      type: 'loadFailed',
      id: request.id,
      problems: [
        problem(
          'PL400',
          'is an aggregate overlay: it holds totals, not journeys, so it cannot be split or compared journey by journey. Compare two cohort files (CSV, JSON or XES), or open the overlay on its own with "Open cohort file".',
          { file: request.fileName },
        ),
      ],
      cancelled: false,
    };
  }
  const overlay = readOverlay(text, request.fileName, pathway.pathway);
  if (!overlay.ok)
    return { type: 'loadFailed', id: request.id, problems: overlay.problems, cancelled: false };
  return {
    type: 'aggregateLoaded',
    id: request.id,
    meta: overlayMeta(overlay.value, request.fileName),
    overlay: overlay.value,
  };
}
