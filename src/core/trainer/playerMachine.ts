import { assign, enqueueActions, setup, type ActorRefFrom } from 'xstate';
import {
  goEvent,
  serviceOfValue,
  type PathwayEvent,
  type PathwayMachine,
} from '../pathway/buildPathwayMachine.ts';
import type { Activity, Pathway } from '../pathway/types.ts';
import { nextMissedIndex } from './nextMissedIndex.ts';
import { pathwaySnapshotAt } from './pathwaySnapshotAt.ts';
import type { PlayerCase } from './playerCase.ts';
import { stepEvent, visitEventTo } from './stepEvent.ts';

export const speeds = [0.5, 1, 2] as const;
export type Speed = (typeof speeds)[number];

/** How long autoplay shows a step at 1×, in milliseconds: time to read the narration aloud. */
export const STEP_MS = 3000;

/** A move the trainer took instead of the real one ("what if"). */
export interface WhatIfMove {
  readonly from: string;
  readonly to: string;
  readonly activity: Activity;
}

/** A hypothetical branch: where it leaves the real case, and the moves taken since. */
export interface WhatIf {
  readonly fromIndex: number;
  readonly moves: readonly WhatIfMove[];
}

export interface PlayerInput {
  readonly case: PlayerCase;
  readonly pathway: Pathway;
  readonly machine: PathwayMachine;
  /** 0-based; clamped to the case. */
  readonly startIndex?: number | undefined;
  readonly speed?: Speed | undefined;
}

export interface PlayerContext {
  readonly case: PlayerCase;
  readonly pathway: Pathway;
  readonly machine: PathwayMachine;
  /** The step shown now (0-based): steps 0..index have happened. */
  readonly index: number;
  readonly speed: Speed;
  /** The actor of the pathway machine that holds where the case is now. */
  readonly pathwayRef: ActorRefFrom<PathwayMachine>;
  readonly whatIf: WhatIf | null;
}

export type PlayerEvent =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggle' }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'home' }
  | { type: 'end' }
  | { type: 'nextMissed' }
  | { type: 'goTo'; index: number }
  | { type: 'speed.set'; speed: Speed }
  | { type: 'speed.cycle' }
  | { type: 'whatIf.take'; to: string; activity: Activity }
  | { type: 'whatIf.undo' }
  | { type: 'whatIf.exit' };

const clamp = (i: number, steps: number) => Math.max(0, Math.min(steps - 1, Math.trunc(i)));
const last = (c: PlayerContext) => c.case.steps.length - 1;

/**
 * Puts the pathway actor where the machine is once steps 0..index have happened. The place is rebuilt
 * from the start with pure transitions (`pathwaySnapshotAt`); the pathway machine has no context, so its
 * state is only the service it is in, and the actor is moved there with the machine's own
 * `visit.<service>` event, which every state accepts.
 */
function placeEvent(context: PlayerContext, index: number, service?: string): PathwayEvent | undefined {
  const target =
    service ?? serviceOfValue(pathwaySnapshotAt(context.machine, context.case.steps, index).value);
  return visitEventTo(context.pathwayRef.getSnapshot(), target);
}

/**
 * The trainer's case player. Its context is the case, the step shown, the speed and an actor of the
 * pathway machine holding where the case is. Stepping forward sends the step's own event to that actor
 * (`go.<to>.<activity>` when the machine allows it, else `visit.<service>` for an off-pathway move);
 * stepping back or jumping rebuilds the place from the start with pure transitions. Autoplay stops at
 * every missed early-intervention point and at the end. A what-if branch takes allowed routes instead
 * of the real ones, on the same actor, until the trainer goes back to the real case.
 */
export const playerMachine = setup({
  types: {
    context: {} as PlayerContext,
    events: {} as PlayerEvent,
    input: {} as PlayerInput,
  },
  delays: {
    stepDelay: ({ context }) => STEP_MS / context.speed,
  },
  guards: {
    atEnd: ({ context }) => context.index >= last(context),
    notAtEnd: ({ context }) => context.index < last(context),
    notAtStart: ({ context }) => context.index > 0,
    /** Autoplay stops on the next step when it is a missed point or the last step. */
    nextIsStop: ({ context }) =>
      context.index + 1 >= last(context) || context.case.steps[context.index + 1]?.missed === true,
    hasNextMissed: ({ context }) => nextMissedIndex(context.case.steps, context.index) !== undefined,
    canTake: ({ context, event }) =>
      event.type === 'whatIf.take' && context.pathwayRef.getSnapshot().can(goEvent(event.to, event.activity)),
    severalMoves: ({ context }) => (context.whatIf?.moves.length ?? 0) > 1,
  },
  actions: {
    stepForward: enqueueActions(({ context, enqueue }) => {
      const next = context.index + 1;
      const step = context.case.steps[next];
      if (!step) return;
      const event = stepEvent(context.pathwayRef.getSnapshot(), step);
      if (event) enqueue.sendTo(context.pathwayRef, event);
      enqueue.assign({ index: next });
    }),
    goTo: enqueueActions(({ context, event, enqueue }) => {
      let index = context.index;
      const n = context.case.steps.length;
      if (event.type === 'prev') index = context.index - 1;
      else if (event.type === 'home') index = 0;
      else if (event.type === 'end') index = n - 1;
      else if (event.type === 'nextMissed')
        index = nextMissedIndex(context.case.steps, context.index) ?? index;
      else if (event.type === 'goTo') index = event.index;
      index = clamp(index, n);
      enqueue.assign({ index });
      const place = placeEvent(context, index);
      if (place) enqueue.sendTo(context.pathwayRef, place);
    }),
    placeAtIndex: enqueueActions(({ context, enqueue }) => {
      const place = placeEvent(context, context.index);
      if (place) enqueue.sendTo(context.pathwayRef, place);
    }),
    setSpeed: assign({
      speed: ({ context, event }) => {
        if (event.type === 'speed.set') return event.speed;
        return speeds[(speeds.indexOf(context.speed) + 1) % speeds.length] ?? 1;
      },
    }),
    takeWhatIf: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'whatIf.take') return;
      const from = serviceOfValue(context.pathwayRef.getSnapshot().value);
      if (from === undefined) return;
      const move: WhatIfMove = { from, to: event.to, activity: event.activity };
      enqueue.sendTo(context.pathwayRef, goEvent(event.to, event.activity));
      enqueue.assign({
        whatIf: context.whatIf
          ? { fromIndex: context.whatIf.fromIndex, moves: [...context.whatIf.moves, move] }
          : { fromIndex: context.index, moves: [move] },
      });
    }),
    undoWhatIf: enqueueActions(({ context, enqueue }) => {
      const w = context.whatIf;
      if (!w) return;
      const moves = w.moves.slice(0, -1);
      const back = moves.at(-1)?.to;
      enqueue.assign({ whatIf: { fromIndex: w.fromIndex, moves } });
      const place = placeEvent(context, w.fromIndex, back);
      if (place) enqueue.sendTo(context.pathwayRef, place);
    }),
    exitWhatIf: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ whatIf: null });
      const place = placeEvent(context, context.index);
      if (place) enqueue.sendTo(context.pathwayRef, place);
    }),
  },
}).createMachine({
  id: 'player',
  context: ({ input, spawn }) => ({
    case: input.case,
    pathway: input.pathway,
    machine: input.machine,
    index: clamp(input.startIndex ?? 0, input.case.steps.length),
    speed: input.speed ?? 1,
    pathwayRef: spawn(input.machine),
    whatIf: null,
  }),
  entry: 'placeAtIndex',
  on: {
    'speed.set': { actions: 'setSpeed' },
    'speed.cycle': { actions: 'setSpeed' },
  },
  initial: 'real',
  states: {
    real: {
      initial: 'paused',
      on: {
        next: { guard: 'notAtEnd', target: '.paused', actions: 'stepForward' },
        prev: { guard: 'notAtStart', target: '.paused', actions: 'goTo' },
        // Guarded like their buttons, so that `snapshot.can(event)` says when a button works.
        home: { guard: 'notAtStart', target: '.paused', actions: 'goTo' },
        end: { guard: 'notAtEnd', target: '.paused', actions: 'goTo' },
        nextMissed: { guard: 'hasNextMissed', target: '.paused', actions: 'goTo' },
        goTo: { target: '.paused', actions: 'goTo' },
        'whatIf.take': { guard: 'canTake', target: 'whatIf', actions: 'takeWhatIf' },
      },
      states: {
        paused: {
          on: {
            play: { guard: 'notAtEnd', target: 'playing' },
            toggle: { guard: 'notAtEnd', target: 'playing' },
          },
        },
        playing: {
          on: {
            pause: { target: 'paused' },
            toggle: { target: 'paused' },
            // A new speed applies at once: the current step's timer restarts at the new interval.
            'speed.set': { target: 'playing', reenter: true, actions: 'setSpeed' },
            'speed.cycle': { target: 'playing', reenter: true, actions: 'setSpeed' },
          },
          after: {
            stepDelay: [
              { guard: 'atEnd', target: 'paused' },
              { guard: 'nextIsStop', target: 'paused', actions: 'stepForward' },
              { target: 'playing', reenter: true, actions: 'stepForward' },
            ],
          },
        },
      },
    },
    whatIf: {
      on: {
        'whatIf.take': { guard: 'canTake', actions: 'takeWhatIf' },
        'whatIf.undo': [
          { guard: 'severalMoves', actions: 'undoWhatIf' },
          { target: 'real', actions: 'exitWhatIf' },
        ],
        prev: [
          { guard: 'severalMoves', actions: 'undoWhatIf' },
          { target: 'real', actions: 'exitWhatIf' },
        ],
        'whatIf.exit': { target: 'real', actions: 'exitWhatIf' },
      },
    },
  },
});

export type PlayerMachine = typeof playerMachine;
