import { useEffect, useMemo } from 'react';
import { loadPathway, type LoadedPathway } from '../../core/pathway/loadedPathway.ts';
import type { JourneyId } from '../../core/pathway/types.ts';
import { playerCase, type PlayerCase } from '../../core/trainer/playerCase.ts';
import { useCohortData } from '../data/CohortData.tsx';
import type { ExplorerSession } from '../state/explorerSession.ts';

export type ExplorerCase =
  | { readonly status: 'waiting'; readonly message: string }
  | { readonly status: 'missing'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly kase: PlayerCase;
      readonly loaded: LoadedPathway;
      readonly cohortName: string;
      readonly parameters: { readonly windowDays: number; readonly horizonDays: number };
    };

/**
 * A journey of the explorer's cohort as a case for the player: the trainer selects it in the explorer's
 * view (so the explorer's worker sends its detail, under the explorer's W and H, and coming back shows
 * it), then plays that detail. Needs a `CohortDataProvider` of the session's controller above it.
 */
export function useExplorerCase(session: ExplorerSession, journeyId: string): ExplorerCase {
  const meta = useCohortData((d) => d.meta, null);
  const detail = useCohortData((d) => d.detail, null);
  const known = meta !== null && session.controller.indexOf(journeyId) >= 0;
  useEffect(() => {
    if (!known) return;
    const view = session.actor.getSnapshot().context;
    if (view.selectedJourneyId !== journeyId) {
      // The explorer's one selection becomes this journey: coming back shows it.
      session.actor.send({ type: 'journey.select', journeyId: journeyId as JourneyId });
    }
  }, [known, journeyId, session]);
  const loaded = useMemo(() => loadPathway(session.pathway), [session.pathway]);
  const kase = useMemo(
    () => (detail?.id === journeyId && meta ? playerCase(detail, meta.synthetic) : null),
    [detail, journeyId, meta],
  );
  if (!meta) return { status: 'waiting', message: 'The explorer is loading its cohort…' };
  const cohortName = meta.file.split('/').pop() ?? meta.file;
  if (!known) {
    return {
      status: 'missing',
      message: `Journey ${journeyId} is not in the cohort loaded in the explorer (${cohortName}). Open its cohort file in the explorer, then choose “Step through in the trainer” on the journey.`,
    };
  }
  if (!kase) return { status: 'waiting', message: `Loading journey ${journeyId}…` };
  const view = session.actor.getSnapshot().context;
  return {
    status: 'ready',
    kase,
    loaded,
    cohortName,
    parameters: { windowDays: view.windowDays, horizonDays: view.horizonDays },
  };
}
