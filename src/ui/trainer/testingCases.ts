import type { LoadedPathway } from '../../core/pathway/loadedPathway.ts';
import type { PlayerCase } from '../../core/trainer/playerCase.ts';
import { loadTrainerData } from './loadTrainerData.ts';

/** The shipped pathway and synthetic cases, for stories: the same data trainer mode loads. */
function data(): { loaded: LoadedPathway; cases: readonly PlayerCase[] } {
  const d = loadTrainerData();
  if (!d.ok) throw new Error(d.problems.map((p) => p.message).join('\n'));
  return d;
}

export const trainerLoaded: LoadedPathway = data().loaded;

export function trainerCase(id: string): PlayerCase {
  const kase = data().cases.find((c) => c.id === id);
  if (!kase) throw new Error(`No synthetic case ${id}.`);
  return kase;
}
