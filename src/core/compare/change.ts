import type { DisclosedCount } from '../disclosure/suppressCount.ts';
import { differenceClass, type DifferenceClass } from './differenceScale.ts';
import type { Estimate } from '../stats/intervals.ts';

/**
 * How a difference may be drawn: `finding` in colour; `small` when it rests on fewer than 5 journeys in
 * either group (drawn neutral, said not to be a finding); `hidden` when it rests on a count from 1 to 4
 * and disclosure control is on (not shown at all).
 */
export type ChangeState = 'finding' | 'small' | 'hidden';

/** A change between two groups (the second minus the first), in the unit of its measure. */
export interface Change {
  /** The counts it rests on in each group, with disclosure control (absent for a median). */
  readonly counts?: readonly [DisclosedCount, DisclosedCount] | undefined;
  /**
   * Each group's value (a share in %, a rate per 100 journeys, a median in days); null when it rests on
   * a hidden count (a group's own value may be shown when the change, resting on both, is not).
   */
  readonly values: readonly [number | null, number | null];
  /** The change and its 95% interval; null when hidden. */
  readonly change: Estimate | null;
  readonly state: ChangeState;
  /** The colour class of a share or rate (0 unless a finding). */
  readonly class: DifferenceClass;
  /** True when the interval includes no change: the difference could be chance. */
  readonly includesZero: boolean;
}

/**
 * A change as every output states it: hidden when any count it rests on is hidden by disclosure control
 * (`shown`: the counts and the group sizes as disclosed); otherwise with its interval, and a finding
 * only when `finding` (the core's rule: 5 or more journeys in each group).
 */
export function changeOf(args: {
  readonly shown: readonly DisclosedCount[];
  readonly counts?: readonly [DisclosedCount, DisclosedCount] | undefined;
  /** The groups' sizes as disclosed: a group's own value is shown when its count and size are. */
  readonly sizes?: readonly [DisclosedCount, DisclosedCount] | undefined;
  readonly values: readonly [number, number];
  /** In the unit of the values. */
  readonly estimate: Estimate;
  readonly finding: boolean;
  /** Give the change a colour class (shares and rates; not medians). */
  readonly classed?: boolean | undefined;
}): Change {
  const { counts, sizes } = args;
  const own = (i: 0 | 1) => (counts?.[i].suppressed || sizes?.[i].suppressed ? null : args.values[i]);
  if (args.shown.some((c) => c.suppressed))
    return {
      counts,
      values: [own(0), own(1)],
      change: null,
      state: 'hidden',
      class: 0,
      includesZero: true,
    };
  const e = args.estimate;
  const finding = args.finding && Number.isFinite(e.value);
  return {
    counts,
    values: args.values,
    change: e,
    state: finding ? 'finding' : 'small',
    class: finding && args.classed !== false ? differenceClass(e.value) : 0,
    includesZero: !(e.low > 0 || e.high < 0),
  };
}
