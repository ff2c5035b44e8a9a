import type { JourneyDetail, JourneyEventView } from '../analysis/viewModel.ts';
import type { TimeBase } from '../cohort/types.ts';

/**
 * One step of a case as the trainer's player shows it: an event of the journey (as the analysis view
 * model gives it) plus the service the child came from, so that a step can be narrated on its own.
 */
export interface CaseStep extends Pick<
  JourneyEventView,
  'row' | 'time' | 'dayFromCrisis' | 'activity' | 'concerns' | 'missed' | 'move' | 'note'
> {
  readonly service: string;
  /** The service of the previous step, or undefined for the first. */
  readonly from: string | undefined;
}

/** A journey ready to be played: its id, how its times are given, and its steps in order. */
export interface PlayerCase {
  readonly id: string;
  readonly timeBase: TimeBase;
  /** True when the cohort is synthetic; the screens then say the case is invented. */
  readonly synthetic: boolean;
  readonly steps: readonly CaseStep[];
  readonly leadTimeDays: number | null;
  readonly missedPoints: number;
}

/** Turns the analysis view of one journey into a case for the player. */
export function playerCase(detail: JourneyDetail, synthetic: boolean): PlayerCase {
  const steps = detail.eventsList.map((e, i): CaseStep => ({
    row: e.row,
    time: e.time,
    dayFromCrisis: e.dayFromCrisis,
    service: e.service,
    from: i === 0 ? undefined : detail.eventsList[i - 1]?.service,
    activity: e.activity,
    concerns: e.concerns,
    missed: e.missed,
    move: e.move,
    note: e.note,
  }));
  return {
    id: detail.id,
    timeBase: detail.timeBase,
    synthetic,
    steps,
    leadTimeDays: detail.leadTimeDays,
    missedPoints: detail.missedPoints,
  };
}
