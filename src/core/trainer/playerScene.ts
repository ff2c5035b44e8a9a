import type { Activity } from '../pathway/types.ts';
import type { AllowedMove } from './allowedMoves.ts';
import type { WhatIf } from './playerMachine.ts';
import type { PlayerCase } from './playerCase.ts';

export interface SceneMove {
  readonly from: string;
  readonly to: string;
  readonly activity: Activity;
  /** Real moves: on or off the pathway. Hypothetical moves are always along a route. */
  readonly onPathway: boolean;
}

/** What the map shows at one moment of the player, as plain data. */
export interface PlayerScene {
  /** Where the pathway actor is now (in a what-if, the hypothetical service). */
  readonly current: string | undefined;
  /** In a what-if: where the real case is (the branch point). */
  readonly realAt: string | undefined;
  /** The real moves so far (up to the step shown, or the branch point), in order. */
  readonly realMoves: readonly SceneMove[];
  /** The move just made (real, or the last hypothetical one). */
  readonly lastMove: SceneMove | undefined;
  /** The routes the machine allows from `current`: "could have gone". */
  readonly couldGo: readonly Pick<AllowedMove, 'to' | 'activity' | 'activityRequired'>[];
  /** The hypothetical moves of a what-if, in order. */
  readonly hypothetical: readonly SceneMove[];
  /** The case's missed early-intervention points: where, at which step (1-based), and whether shown yet. */
  readonly missed: readonly { readonly service: string; readonly step: number; readonly reached: boolean }[];
}

/** The scene for step `index` of a case, an optional what-if branch, and the moves allowed from where the actor is. */
export function playerScene(
  kase: PlayerCase,
  index: number,
  whatIf: WhatIf | null,
  current: string | undefined,
  allowed: readonly AllowedMove[],
): PlayerScene {
  const upTo = whatIf ? whatIf.fromIndex : index;
  const realMoves: SceneMove[] = [];
  for (let i = 1; i <= upTo; i++) {
    const s = kase.steps[i];
    if (!s || s.from === undefined || s.from === s.service) continue;
    realMoves.push({ from: s.from, to: s.service, activity: s.activity, onPathway: s.move === 'on' });
  }
  const hypothetical: SceneMove[] = (whatIf?.moves ?? []).map((m) => ({ ...m, onPathway: true }));
  const step = kase.steps[index];
  const lastReal =
    step && step.from !== undefined && step.from !== step.service ? realMoves.at(-1) : undefined;
  return {
    current,
    realAt: whatIf ? kase.steps[whatIf.fromIndex]?.service : undefined,
    realMoves,
    lastMove: whatIf ? hypothetical.at(-1) : lastReal,
    couldGo: allowed.map((m) => ({ to: m.to, activity: m.activity, activityRequired: m.activityRequired })),
    hypothetical,
    missed: kase.steps.flatMap((s, i) =>
      s.missed ? [{ service: s.service, step: i + 1, reached: i <= upTo }] : [],
    ),
  };
}
