import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useMemo } from 'react';
import { serviceOfValue } from '../../core/pathway/buildPathwayMachine.ts';
import type { LoadedPathway } from '../../core/pathway/loadedPathway.ts';
import { pathwayLookups } from '../../core/pathway/pathwayLookups.ts';
import { allowedMoves } from '../../core/trainer/allowedMoves.ts';
import { playerButtons } from '../../core/trainer/keyCommands.ts';
import { narrate } from '../../core/trainer/narrate.ts';
import type { PlayerCase } from '../../core/trainer/playerCase.ts';
import { playerMachine, type PlayerEvent } from '../../core/trainer/playerMachine.ts';
import { playerScene } from '../../core/trainer/playerScene.ts';
import { signsOfSafety } from '../../core/trainer/signsOfSafety.ts';

/**
 * Runs the player machine for one case and reads what the screens need through narrow selectors: the
 * step, the speed, playing or not, the what-if branch, and the pathway actor's snapshot (where the case
 * is). Everything else is derived with the core's pure functions.
 */
export function usePlayer(kase: PlayerCase, loaded: LoadedPathway, startIndex: number) {
  const actorRef = useActorRef(playerMachine, {
    input: { case: kase, pathway: loaded.pathway, machine: loaded.machine, startIndex },
  });
  const index = useSelector(actorRef, (s) => s.context.index);
  const speed = useSelector(actorRef, (s) => s.context.speed);
  const whatIf = useSelector(actorRef, (s) => s.context.whatIf);
  const playing = useSelector(actorRef, (s) => s.matches({ real: 'playing' }));
  // Which of the buttons' events the machine accepts now, as one key (a re-render only when it changes).
  const accepted = useSelector(actorRef, (s) =>
    playerButtons.map((b) => (s.can(b.event) ? '1' : '0')).join(''),
  );
  const can = useCallback(
    (event: PlayerEvent) => {
      const i = playerButtons.findIndex((b) => b.event.type === event.type);
      return i >= 0 ? accepted[i] === '1' : actorRef.getSnapshot().can(event);
    },
    [accepted, actorRef],
  );
  const pathwayRef = useSelector(actorRef, (s) => s.context.pathwayRef);
  const pathwaySnapshot = useSelector(pathwayRef, (s) => s);
  const { pathway } = loaded;
  const send = useCallback(
    (event: PlayerEvent) => {
      actorRef.send(event);
    },
    [actorRef],
  );

  const at = serviceOfValue(pathwaySnapshot.value);
  const allowed = useMemo(() => allowedMoves(pathway, pathwaySnapshot), [pathway, pathwaySnapshot]);
  const scene = useMemo(
    () => playerScene(kase, index, whatIf, at, allowed),
    [kase, index, whatIf, at, allowed],
  );
  const step = kase.steps[index];
  const narration = useMemo(
    () => (step ? narrate(step, pathway, kase.timeBase) : undefined),
    [step, pathway, kase.timeBase],
  );
  const sos = useMemo(
    () => (step?.missed ? signsOfSafety(pathway, kase, index) : undefined),
    [step, pathway, kase, index],
  );
  const missed = useMemo(() => kase.steps.flatMap((s, i) => (s.missed ? [i] : [])), [kase]);
  const atLabel = (at === undefined ? undefined : pathwayLookups(pathway).service.get(at)?.label) ?? at ?? '';

  return {
    actorRef,
    send,
    index,
    total: kase.steps.length,
    speed,
    playing,
    can,
    whatIf,
    allowed,
    scene,
    narration,
    sos,
    missed,
    atLabel,
  };
}

export type PlayerView = ReturnType<typeof usePlayer>;
