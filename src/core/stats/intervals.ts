/**
 * 95% confidence intervals for the comparison of two groups of journeys. Each difference is stated with
 * its uncertainty, so that a board does not read a change in a few journeys as a change in the service.
 */

/** The two-sided 95% point of the standard normal distribution. */
export const Z95 = 1.959963984540054;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export interface Estimate extends Interval {
  readonly value: number;
}

/**
 * Wilson's score interval for a proportion x/n (Wilson 1927; Newcombe 1998a, method 3), which keeps
 * within 0..1 and behaves well for small n and for 0 or n successes, unlike the textbook p ± z·se.
 * NaN bounds when n is 0.
 */
export function wilsonInterval(x: number, n: number, z = Z95): Estimate {
  if (n <= 0) return { value: NaN, low: NaN, high: NaN };
  const p = x / n;
  const z2 = z * z;
  const centre = 2 * n * p + z2;
  const spread = z * Math.sqrt(z2 + 4 * n * p * (1 - p));
  const denominator = 2 * (n + z2);
  return {
    value: p,
    low: x === 0 ? 0 : (centre - spread) / denominator,
    high: x === n ? 1 : (centre + spread) / denominator,
  };
}

/**
 * Newcombe's hybrid score interval for the difference of two independent proportions x2/n2 − x1/n1
 * (Newcombe 1998b, method 10): the Wilson intervals of the two proportions combined. The difference is
 * the second group's share minus the first's.
 */
export function newcombeInterval(x1: number, n1: number, x2: number, n2: number, z = Z95): Estimate {
  const a = wilsonInterval(x1, n1, z);
  const b = wilsonInterval(x2, n2, z);
  const d = b.value - a.value;
  return {
    value: d,
    low: d - Math.sqrt((b.value - b.low) ** 2 + (a.high - a.value) ** 2),
    high: d + Math.sqrt((b.high - b.value) ** 2 + (a.value - a.low) ** 2),
  };
}

/** The sum and sum of squares of one number per journey (e.g. its missed points), and the journeys. */
export interface PerJourney {
  readonly n: number;
  readonly sum: number;
  readonly sumOfSquares: number;
}

/**
 * The difference of two means of a per-journey number (group 2 minus group 1), with Welch's standard
 * error and the normal approximation: each journey is one unit, so missed points that cluster in a few
 * journeys widen the interval as they should. NaN bounds when a group has fewer than 2 journeys.
 */
export function meanDifferenceInterval(a: PerJourney, b: PerJourney, z = Z95): Estimate {
  const mean = (g: PerJourney) => (g.n > 0 ? g.sum / g.n : NaN);
  const variance = (g: PerJourney) =>
    g.n > 1 ? Math.max(0, (g.sumOfSquares - (g.sum * g.sum) / g.n) / (g.n - 1)) : NaN;
  const d = mean(b) - mean(a);
  const se = Math.sqrt(variance(a) / a.n + variance(b) / b.n);
  return { value: d, low: d - z * se, high: d + z * se };
}

/**
 * The McKean–Schrader (1984) standard error of a sample median, from the order statistics that bound
 * its distribution-free confidence interval: (x₍ₙ₋꜀₊₁₎ − x₍꜀₎) / (2z), c = round((n + 1)/2 − z·√(n/4)).
 * `sorted` is ascending. NaN for an empty list.
 */
export function medianStandardError(sorted: ArrayLike<number>, z = Z95): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const c = Math.min(n, Math.max(1, Math.round((n + 1) / 2 - z * Math.sqrt(n / 4))));
  return ((sorted[n - c] as number) - (sorted[c - 1] as number)) / (2 * z);
}

/** The median of an ascending list (the mean of the two middle values for an even count). */
export function sortedMedian(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The difference of two medians (group 2 minus group 1) with the normal approximation over the two
 * McKean–Schrader standard errors (as in Price and Bonett 2002). NaN bounds when either list is empty.
 */
export function medianDifferenceInterval(a: ArrayLike<number>, b: ArrayLike<number>, z = Z95): Estimate {
  const d = sortedMedian(b) - sortedMedian(a);
  const se = Math.sqrt(medianStandardError(a, z) ** 2 + medianStandardError(b, z) ** 2);
  return { value: d, low: d - z * se, high: d + z * se };
}
