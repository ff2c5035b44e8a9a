import type { RuleParameters } from '../analysis/parameters.ts';
import type { Cohort } from '../cohort/types.ts';
import { SMALL_COUNT_LIMIT } from '../disclosure/disclosureSettings.ts';
import type { LoadedPathway } from '../pathway/loadedPathway.ts';
import { analyseGroup, type GroupDetail } from './groupFigures.ts';
import {
  meanDifferenceInterval,
  medianDifferenceInterval,
  newcombeInterval,
  type Estimate,
  type PerJourney,
} from '../stats/intervals.ts';
import type { Split } from './splitCohort.ts';

/** The journeys of one group: a whole cohort (a file), or the journeys a mask keeps. */
export interface CohortPart {
  readonly label: string;
  readonly cohort: Cohort;
  readonly mask?: Uint8Array | undefined;
}

/** How each interval is made: a short id in the output, and the words for a legend or a table's note. */
export const METHODS = {
  share: {
    id: 'newcombe-hybrid-score',
    text: "Newcombe's hybrid score interval (1998, method 10), from Wilson score intervals",
  },
  per100: {
    id: 'welch-normal',
    text: "Welch's standard error with the normal approximation, each journey one unit",
  },
  median: {
    id: 'mckean-schrader-normal',
    text: 'McKean–Schrader standard errors of the two medians, normal approximation',
  },
} as const;

/** A difference between a group and the first group, with its 95% interval. */
export interface Difference extends Estimate {
  /** The id of the interval's method (see METHODS). */
  readonly method: string;
  /**
   * False when the difference rests on fewer than 5 journeys in either group (for the median lead
   * time: fewer than 5 journeys with a lead time): it is shown, but must not be read as a finding.
   */
  readonly finding: boolean;
  /** Why it is not a finding. */
  readonly note?: string | undefined;
}

export interface GroupDifference {
  /** The first group's label (the reference) and this group's. */
  readonly from: string;
  readonly to: string;
  /** Share of journeys with at least one missed point (0..1), this group minus the first. */
  readonly journeysWithMissedPointsShare: Difference;
  readonly reachedCrisisShare: Difference;
  readonly missedPointsPer100Journeys: Difference;
  /** For every service with a missed point in either group. */
  readonly missedPointsPer100JourneysByService: Readonly<Record<string, Difference>>;
  readonly leadTimeMedianDays: Difference;
}

export interface Comparison {
  readonly pathway: string;
  readonly parameters: RuleParameters;
  readonly split: Split;
  readonly groups: readonly GroupDetail[];
  /** Each group after the first against the first. */
  readonly differences: readonly GroupDifference[];
}

const EMPTY: PerJourney = { n: 0, sum: 0, sumOfSquares: 0 };

function per100(g: PerJourney): PerJourney {
  return { n: g.n, sum: g.sum * 100, sumOfSquares: g.sumOfSquares * 10_000 };
}

function difference(
  estimate: Estimate,
  method: string,
  sizes: readonly [number, number],
  labels: readonly [string, string],
  what: string,
): Difference {
  const small = sizes.findIndex((n) => n < SMALL_COUNT_LIMIT);
  const note =
    small < 0
      ? undefined
      : `not a finding: it rests on ${sizes[small]} ${what} in "${labels[small]}" (fewer than ${SMALL_COUNT_LIMIT}).`;
  return { ...estimate, method, finding: small < 0, note };
}

/** The differences of group `b` from group `a`. */
export function differenceOf(a: GroupDetail, b: GroupDetail): GroupDifference {
  const fa = a.figures;
  const fb = b.figures;
  const labels = [fa.label, fb.label] as const;
  const sizes = [fa.journeys, fb.journeys] as const;
  const byService: Record<string, Difference> = {};
  const services = new Set([...Object.keys(a.missedByService), ...Object.keys(b.missedByService)]);
  for (const s of services) {
    const x = a.missedByService[s] ?? { ...EMPTY, n: fa.journeys };
    const y = b.missedByService[s] ?? { ...EMPTY, n: fb.journeys };
    byService[s] = difference(
      meanDifferenceInterval(per100(x), per100(y)),
      METHODS.per100.id,
      sizes,
      labels,
      'journeys',
    );
  }
  return {
    from: fa.label,
    to: fb.label,
    journeysWithMissedPointsShare: difference(
      newcombeInterval(fa.journeysWithMissedPoints, fa.journeys, fb.journeysWithMissedPoints, fb.journeys),
      METHODS.share.id,
      sizes,
      labels,
      'journeys',
    ),
    reachedCrisisShare: difference(
      newcombeInterval(fa.reachedCrisis, fa.journeys, fb.reachedCrisis, fb.journeys),
      METHODS.share.id,
      sizes,
      labels,
      'journeys',
    ),
    missedPointsPer100Journeys: difference(
      meanDifferenceInterval(per100(a.missed), per100(b.missed)),
      METHODS.per100.id,
      sizes,
      labels,
      'journeys',
    ),
    missedPointsPer100JourneysByService: byService,
    leadTimeMedianDays: difference(
      medianDifferenceInterval(a.leadTimes, b.leadTimes),
      METHODS.median.id,
      [a.leadTimes.length, b.leadTimes.length],
      labels,
      'journeys with a lead time',
    ),
  };
}

/**
 * Compares groups of journeys (CONTRACT §7): each analysed exactly as `analyse` would analyse it alone,
 * and each group after the first set against the first, every difference with its 95% interval and
 * flagged when it rests on fewer than 5 journeys.
 */
export function compareGroups(
  loaded: LoadedPathway,
  parameters: RuleParameters,
  split: Split,
  parts: readonly CohortPart[],
): Comparison {
  const groups = parts.map((p) => analyseGroup(p.label, p.cohort, loaded, parameters, p.mask));
  const first = groups[0];
  return {
    pathway: loaded.pathway.id,
    parameters,
    split,
    groups,
    differences: first ? groups.slice(1).map((g) => differenceOf(first, g)) : [],
  };
}
