import { createActor, initialTransition, transition } from 'xstate';
import { goEvent, serviceOfValue, visitEvent, type PathwayMachine } from '../pathway/buildPathwayMachine.ts';
import type { Activity, ServiceId } from '../pathway/types.ts';
import { MOVE_NONE, MOVE_OFF, MOVE_ON, type MoveKind } from './moveKinds.ts';

export interface ReplayStep {
  readonly service: ServiceId;
  readonly activity: Activity;
}

export interface ReplayedStep extends ReplayStep {
  readonly move: MoveKind;
  /** Where the machine is after the step. */
  readonly state: ServiceId | undefined;
}

/**
 * The reference replay: each step through XState's own pure `transition`. Slow, but it is the
 * machine's own answer, against which the compiled table is checked, and what the trainer's player uses.
 */
export function replayWithMachine(machine: PathwayMachine, steps: readonly ReplayStep[]): ReplayedStep[] {
  let [snapshot] = initialTransition(machine);
  let at: ServiceId | undefined;
  const out: ReplayedStep[] = [];
  for (const step of steps) {
    let move: MoveKind = MOVE_NONE;
    if (at !== undefined && step.service !== at) {
      const go = goEvent(step.service, step.activity);
      if (snapshot.can(go)) {
        [snapshot] = transition(machine, snapshot, go);
        move = serviceOfValue(snapshot.value) === step.service ? MOVE_ON : MOVE_OFF;
      } else move = MOVE_OFF;
    }
    if (serviceOfValue(snapshot.value) !== step.service) {
      [snapshot] = transition(machine, snapshot, visitEvent(step.service));
    }
    at = step.service;
    out.push({ ...step, move, state: serviceOfValue(snapshot.value) });
  }
  return out;
}

/**
 * The same replay with one XState actor per journey (`createActor` + `send`), as an application would
 * naturally write it. Used by the benchmark as the baseline the compiled table is compared with.
 */
export function replayWithActor(
  machine: PathwayMachine,
  steps: readonly ReplayStep[],
  out: Uint8Array,
  offset: number,
): void {
  const actor = createActor(machine).start();
  let at: ServiceId | undefined;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as ReplayStep;
    let move: MoveKind = MOVE_NONE;
    if (at !== undefined && step.service !== at) {
      const go = goEvent(step.service, step.activity);
      if (actor.getSnapshot().can(go)) {
        actor.send(go);
        move = MOVE_ON;
      } else {
        actor.send(visitEvent(step.service));
        move = MOVE_OFF;
      }
    } else if (at === undefined) actor.send(visitEvent(step.service));
    at = step.service;
    out[offset + i] = move;
  }
  actor.stop();
}
