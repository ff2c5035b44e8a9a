import type { SnapshotFrom } from 'xstate';
import {
  goEvent,
  serviceOfValue,
  visitEvent,
  type PathwayEvent,
  type PathwayMachine,
} from '../pathway/buildPathwayMachine.ts';
import type { CaseStep } from './playerCase.ts';

/**
 * The pathway event that takes the machine from `snapshot` to a step of a case: the route's
 * `go.<to>.<activity>` when the machine allows it, otherwise `visit.<service>` (a first contact or an
 * off-pathway move). Undefined when the step stays at the service the machine is already in.
 */
export function stepEvent(
  snapshot: SnapshotFrom<PathwayMachine>,
  step: Pick<CaseStep, 'service' | 'activity'>,
): PathwayEvent | undefined {
  const at = serviceOfValue(snapshot.value);
  if (at === step.service) return undefined;
  if (at !== undefined) {
    const go = goEvent(step.service, step.activity);
    if (snapshot.can(go)) return go;
  }
  return visitEvent(step.service);
}
