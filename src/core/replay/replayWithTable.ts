import type { TransitionTable } from '../pathway/compileTransitionTable.ts';
import { MOVE_NONE, MOVE_OFF, MOVE_ON } from './moveKinds.ts';

/**
 * Replays events `[from, to)` of service and activity indices through the compiled table, writing each
 * event's move kind into `out`. A move the table does not allow is off pathway; the child is then at
 * the new service all the same (the machine's `visit.*` transition), so replay always continues.
 */
export function replayWithTable(
  table: TransitionTable,
  service: ArrayLike<number>,
  activity: ArrayLike<number>,
  from: number,
  to: number,
  out: Uint8Array,
): void {
  const { next, size, activityCount } = table;
  let at = -1;
  for (let e = from; e < to; e++) {
    const s = service[e] as number;
    if (at < 0 || s === at) {
      out[e] = MOVE_NONE;
    } else {
      out[e] = next[(at * size + s) * activityCount + (activity[e] as number)] === s ? MOVE_ON : MOVE_OFF;
    }
    at = s;
  }
}
