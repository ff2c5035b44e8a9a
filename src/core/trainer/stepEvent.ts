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
  if (at !== undefined && at !== step.service) {
    const go = goEvent(step.service, step.activity);
    if (snapshot.can(go)) return go;
  }
  return visitEventTo(snapshot, step.service);
}

/**
 * The machine's own `visit.<service>` event, which every state accepts, to put the machine at a service
 * (jumping, stepping back, leaving a what-if); undefined when it is there already (or none is given).
 */
export function visitEventTo(
  snapshot: SnapshotFrom<PathwayMachine>,
  service: string | undefined,
): PathwayEvent | undefined {
  return service === undefined || serviceOfValue(snapshot.value) === service
    ? undefined
    : visitEvent(service);
}
