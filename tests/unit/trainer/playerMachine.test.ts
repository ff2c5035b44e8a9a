import { createActor, SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import { serviceOfValue } from '../../../src/core/pathway/buildPathwayMachine.ts';
import { allowedMoves } from '../../../src/core/trainer/allowedMoves.ts';
import { commandForKey, playerButtons } from '../../../src/core/trainer/keyCommands.ts';
import { pathwaySnapshotAt } from '../../../src/core/trainer/pathwaySnapshotAt.ts';
import type { PlayerCase } from '../../../src/core/trainer/playerCase.ts';
import { playerMachine, STEP_MS, type PlayerInput } from '../../../src/core/trainer/playerMachine.ts';
import { caseById, loaded, pathway } from './coventry.ts';

function start(kase: PlayerCase, extra: Partial<PlayerInput> = {}) {
  const clock = new SimulatedClock();
  const actor = createActor(playerMachine, {
    input: { case: kase, pathway, machine: loaded.machine, ...extra },
    clock,
  }).start();
  const at = () => serviceOfValue(actor.getSnapshot().context.pathwayRef.getSnapshot().value);
  const index = () => actor.getSnapshot().context.index;
  return { actor, clock, at, index };
}

describe('playerMachine', () => {
  it('starts paused at the first step with the pathway actor at its service', () => {
    const { actor, at, index } = start(caseById('C04'));
    expect(actor.getSnapshot().value).toEqual({ real: 'paused' });
    expect(index()).toBe(0);
    expect(at()).toBe('gp');
  });

  it('steps forward with go.* along a route and visit.* off the pathway', () => {
    const kase = caseById('C04');
    const { actor, at, index } = start(kase);
    const sent: string[] = [];
    const ref = actor.getSnapshot().context.pathwayRef;
    // The pathway actor's own inspection shows which events it received.
    const seen = createActor(playerMachine, {
      input: { case: kase, pathway, machine: loaded.machine },
      inspect: (e) => {
        if (e.type === '@xstate.event' && e.actorRef !== e.sourceRef && /^(go|visit)\./.test(e.event.type)) {
          sent.push(e.event.type);
        }
      },
    }).start();
    seen.send({ type: 'next' });
    seen.send({ type: 'next' });
    // Step 0 places the actor with visit.gp; step 1 is GP → neurodevelopmental by referral (a route);
    // step 2 neurodevelopmental → school has no route (off pathway).
    expect(sent).toEqual(['visit.gp', 'go.neurodevelopmental.referral', 'visit.school']);
    seen.stop();

    actor.send({ type: 'next' });
    expect([index(), at()]).toEqual([1, 'neurodevelopmental']);
    actor.send({ type: 'next' });
    expect([index(), at()]).toEqual([2, 'school']);
    expect(ref).toBe(actor.getSnapshot().context.pathwayRef);
  });

  it('steps back by rebuilding the place from the start; never before the first step nor past the last', () => {
    const kase = caseById('C01');
    const { actor, at, index } = start(kase);
    actor.send({ type: 'prev' });
    expect(index()).toBe(0);
    for (let i = 0; i < 4; i++) actor.send({ type: 'next' });
    expect([index(), at()]).toEqual([4, 'ed']);
    actor.send({ type: 'prev' });
    expect([index(), at()]).toEqual([3, 'crisis_line']);
    actor.send({ type: 'end' });
    expect([index(), at()]).toEqual([10, 'rise_community']);
    actor.send({ type: 'next' });
    expect(index()).toBe(10);
    actor.send({ type: 'home' });
    expect([index(), at()]).toEqual([0, 'school']);
  });

  it('agrees with the pure rebuild at every step, forwards and backwards', () => {
    for (const id of ['C04', 'C07', 'C09']) {
      const kase = caseById(id);
      const { actor, at } = start(kase);
      const pure = (i: number) => serviceOfValue(pathwaySnapshotAt(loaded.machine, kase.steps, i).value);
      for (let i = 1; i < kase.steps.length; i++) {
        actor.send({ type: 'next' });
        expect(at()).toBe(pure(i));
        expect(at()).toBe(kase.steps[i]!.service);
      }
      for (let i = kase.steps.length - 2; i >= 0; i--) {
        actor.send({ type: 'prev' });
        expect(at()).toBe(pure(i));
      }
    }
  });

  it('jumps to the next missed point with N, and not past the last one', () => {
    const { actor, index } = start(caseById('C05'));
    actor.send({ type: 'nextMissed' });
    // C05's missed points are its first two rows (vcs, then gp); it starts on the first.
    expect(index()).toBe(1);
    actor.send({ type: 'nextMissed' });
    expect(index()).toBe(1);
  });

  it('opens at a given step', () => {
    const { index, at } = start(caseById('C04'), { startIndex: 5 });
    expect([index(), at()]).toEqual([5, 'school']);
    expect(start(caseById('C04'), { startIndex: 99 }).index()).toBe(13);
  });

  it('autoplays one step per interval at the chosen speed and stops at a missed point', () => {
    const { actor, clock, index } = start(caseById('C04'));
    actor.send({ type: 'play' });
    expect(actor.getSnapshot().value).toEqual({ real: 'playing' });
    clock.increment(STEP_MS - 1);
    expect(index()).toBe(0);
    clock.increment(1);
    expect(index()).toBe(1);
    actor.send({ type: 'speed.set', speed: 2 });
    clock.increment(STEP_MS / 2);
    // Step 2 (school) is a missed point: autoplay stops on it.
    expect(index()).toBe(2);
    expect(actor.getSnapshot().value).toEqual({ real: 'paused' });
    clock.increment(STEP_MS * 10);
    expect(index()).toBe(2);
    actor.send({ type: 'speed.cycle' });
    expect(actor.getSnapshot().context.speed).toBe(0.5);
    actor.send({ type: 'toggle' });
    clock.increment(STEP_MS * 2);
    expect(index()).toBe(3);
    actor.send({ type: 'toggle' });
    expect(actor.getSnapshot().value).toEqual({ real: 'paused' });
  });

  it('stops at the end and does not play from there', () => {
    const kase = caseById('C02');
    const { actor, clock, index } = start(kase);
    actor.send({ type: 'play' });
    for (let i = 0; i < 50; i++) clock.increment(STEP_MS);
    expect(index()).toBe(kase.steps.length - 1);
    expect(actor.getSnapshot().value).toEqual({ real: 'paused' });
    actor.send({ type: 'play' });
    expect(actor.getSnapshot().value).toEqual({ real: 'paused' });
  });

  it('takes a what-if branch along allowed routes, continues on it, undoes, and returns to the real case', () => {
    const kase = caseById('C01');
    const { actor, at, index } = start(kase);
    const ref = () => actor.getSnapshot().context.pathwayRef.getSnapshot();
    // At school, the machine allows a referral to the MHST.
    expect(allowedMoves(pathway, ref()).map((m) => `${m.to}.${m.activity}`)).toContain('mhst.referral');
    // A move the machine does not allow from here is refused.
    actor.send({ type: 'whatIf.take', to: 'ward14', activity: 'admission' });
    expect(actor.getSnapshot().value).toEqual({ real: 'paused' });

    actor.send({ type: 'whatIf.take', to: 'mhst', activity: 'referral' });
    expect(actor.getSnapshot().value).toBe('whatIf');
    expect(at()).toBe('mhst');
    expect(actor.getSnapshot().context.whatIf).toEqual({
      fromIndex: 0,
      moves: [{ from: 'school', to: 'mhst', activity: 'referral' }],
    });
    // Continue from the MHST: the machine offers a step up to community CAMHS.
    expect(allowedMoves(pathway, ref()).map((m) => m.to)).toContain('rise_community');
    actor.send({ type: 'whatIf.take', to: 'rise_community', activity: 'referral' });
    expect(at()).toBe('rise_community');
    expect(actor.getSnapshot().context.whatIf?.moves).toHaveLength(2);
    // Stepping forward does nothing in a what-if; stepping back undoes the last hypothetical move.
    actor.send({ type: 'next' });
    expect(at()).toBe('rise_community');
    actor.send({ type: 'prev' });
    expect(at()).toBe('mhst');
    expect(actor.getSnapshot().context.whatIf?.moves).toHaveLength(1);
    actor.send({ type: 'whatIf.take', to: 'rise_community', activity: 'referral' });

    actor.send({ type: 'whatIf.exit' });
    expect(actor.getSnapshot().value).toEqual({ real: 'paused' });
    expect(actor.getSnapshot().context.whatIf).toBeNull();
    expect([index(), at()]).toEqual([0, 'school']);
    // The real case carries on as before.
    actor.send({ type: 'next' });
    expect([index(), at()]).toEqual([1, 'school']);
  });

  it('undoing the only what-if move goes back to the real case', () => {
    const { actor, at } = start(caseById('C03'), { startIndex: 2 });
    actor.send({ type: 'whatIf.take', to: 'rise_community', activity: 'referral' });
    expect(at()).toBe('rise_community');
    actor.send({ type: 'whatIf.undo' });
    expect(actor.getSnapshot().value).toEqual({ real: 'paused' });
    expect(at()).toBe('gp');
  });

  it('a what-if taken while playing stops autoplay', () => {
    const { actor, clock, index } = start(caseById('C02'));
    actor.send({ type: 'play' });
    actor.send({ type: 'whatIf.take', to: 'gp', activity: 'contact' });
    clock.increment(STEP_MS * 5);
    expect(index()).toBe(0);
    expect(actor.getSnapshot().value).toBe('whatIf');
  });
});

describe('the player’s buttons', () => {
  it('are enabled exactly when the machine accepts their event, in the real case and in a what-if', () => {
    const kase = caseById('C01');
    const { actor } = start(kase);
    const enabled = () =>
      Object.fromEntries(playerButtons.map((b) => [b.name, actor.getSnapshot().can(b.event)]));
    // At the first step: nothing before it.
    expect(enabled()).toEqual({
      First: false,
      Back: false,
      Play: true,
      Next: true,
      'Next missed point': true,
      Last: true,
    });
    actor.send({ type: 'end' });
    expect(enabled()).toMatchObject({ First: true, Back: true, Play: false, Next: false, Last: false });
    // In a what-if branch only Back (undo) works.
    actor.send({ type: 'home' });
    const snapshot = actor.getSnapshot();
    const move = allowedMoves(loaded.pathway, snapshot.context.pathwayRef.getSnapshot())[0];
    if (!move) throw new Error('a move is allowed from the first step');
    actor.send({ type: 'whatIf.take', to: move.to, activity: move.activity });
    expect(enabled()).toEqual({
      First: false,
      Back: true,
      Play: false,
      Next: false,
      'Next missed point': false,
      Last: false,
    });
  });

  it('show the key of the same command as the keyboard', () => {
    for (const b of playerButtons) expect(commandForKey(b.keys[0] ?? '')).toEqual(b.event);
  });
});
