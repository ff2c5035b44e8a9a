import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { PathwayMachine } from '../pathway/buildPathwayMachine.ts';
import type { CaseStep } from './playerCase.ts';
import { stepEvent } from './stepEvent.ts';

/**
 * Where the pathway machine is once steps `0..index` of a case have happened, rebuilt from the start
 * with XState's pure `transition` (no actor, no side effect). `index` −1 gives the machine's start.
 */
export function pathwaySnapshotAt(
  machine: PathwayMachine,
  steps: readonly Pick<CaseStep, 'service' | 'activity'>[],
  index: number,
): SnapshotFrom<PathwayMachine> {
  let [snapshot] = initialTransition(machine);
  const last = Math.min(index, steps.length - 1);
  for (let i = 0; i <= last; i++) {
    const step = steps[i];
    if (!step) break;
    const event = stepEvent(snapshot, step);
    if (event) [snapshot] = transition(machine, snapshot, event);
  }
  return snapshot;
}
