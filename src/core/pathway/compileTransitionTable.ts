import { initialTransition, transition } from 'xstate';
import { goEvent, serviceOfValue, visitEvent, type PathwayMachine } from './buildPathwayMachine.ts';
import { activities, type Pathway, type ServiceId } from './types.ts';

/**
 * The pathway machine compiled into a flat table, so that millions of events can be replayed in a
 * tight loop. It is derived from the machine (by asking XState for every state × event pair), never
 * from the route list, so the machine stays the source of truth; property tests prove the two agree.
 */
export interface TransitionTable {
  readonly services: readonly ServiceId[];
  /** Number of services. */
  readonly size: number;
  /** Number of activities. */
  readonly activityCount: number;
  /**
   * `next[(from * size + to) * activityCount + activity]` is the service index the machine moves to on
   * `go.<to>.<activity>` from `from`, or -1 when the machine does not allow that move.
   */
  readonly next: Int16Array;
}

export function compileTransitionTable(pathway: Pathway, machine: PathwayMachine): TransitionTable {
  const services = pathway.services.map((s) => s.id);
  const index = new Map<ServiceId, number>(services.map((id, i) => [id, i]));
  const S = services.length;
  const A = activities.length;
  const next = new Int16Array(S * S * A).fill(-1);
  const [start] = initialTransition(machine);
  for (let from = 0; from < S; from++) {
    const [at] = transition(machine, start, visitEvent(services[from] as string));
    for (let to = 0; to < S; to++) {
      if (to === from) continue;
      for (let a = 0; a < A; a++) {
        const event = goEvent(services[to] as string, activities[a] as (typeof activities)[number]);
        if (!at.can(event)) continue;
        const [after] = transition(machine, at, event);
        const reached = serviceOfValue(after.value);
        next[(from * S + to) * A + a] = reached === undefined ? -1 : (index.get(reached) ?? -1);
      }
    }
  }
  return { services, size: S, activityCount: A, next };
}
