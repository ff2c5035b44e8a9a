import { describe, expect, it } from 'vitest';
import {
  meanDifferenceInterval,
  medianDifferenceInterval,
  medianStandardError,
  newcombeInterval,
  sortedMedian,
  wilsonInterval,
  type Estimate,
} from '../../../src/core/stats/intervals.ts';

const four = (e: Estimate) => [e.value, e.low, e.high].map((x) => Math.round(x * 10_000) / 10_000);

describe('wilsonInterval', () => {
  it('matches the score intervals published by Newcombe (1998a, Table I, method 3)', () => {
    // Newcombe RG. Two-sided confidence intervals for the single proportion: comparison of seven
    // methods. Stat Med 1998;17:857–872.
    expect(four(wilsonInterval(81, 263)).slice(1)).toEqual([0.2553, 0.3662]);
    expect(four(wilsonInterval(15, 148)).slice(1)).toEqual([0.0624, 0.1605]);
    expect(four(wilsonInterval(0, 20)).slice(1)).toEqual([0, 0.1611]);
    expect(four(wilsonInterval(1, 29)).slice(1)).toEqual([0.0061, 0.1718]);
  });

  it('stays within 0..1, is exact at 0 and n, and is NaN for no journeys', () => {
    expect(wilsonInterval(5, 5)).toMatchObject({ value: 1, high: 1 });
    expect(wilsonInterval(0, 1)).toMatchObject({ value: 0, low: 0 });
    expect(Number.isNaN(wilsonInterval(0, 0).low)).toBe(true);
  });
});

describe('newcombeInterval', () => {
  it('matches the hybrid score intervals published by Newcombe (1998b, Table II, method 10)', () => {
    // Newcombe RG. Interval estimation for the difference between independent proportions: comparison
    // of eleven methods. Stat Med 1998;17:873–890. Examples (a), (b), (d), (e), (f): p1 − p2, so the
    // first proportion is passed second.
    expect(four(newcombeInterval(48, 80, 56, 70))).toEqual([0.2, 0.0524, 0.3339]);
    expect(four(newcombeInterval(3, 10, 9, 10))).toEqual([0.6, 0.1705, 0.809]);
    expect(four(newcombeInterval(0, 29, 5, 56))).toEqual([0.0893, -0.0381, 0.1926]);
    expect(four(newcombeInterval(0, 20, 0, 10))).toEqual([0, -0.1611, 0.2775]);
    expect(four(newcombeInterval(0, 20, 10, 10))).toEqual([1, 0.6791, 1]);
  });

  it('is the second share minus the first', () => {
    expect(newcombeInterval(9, 10, 3, 10).value).toBeCloseTo(-0.6, 12);
  });
});

describe('meanDifferenceInterval (Welch, normal approximation)', () => {
  it('gives the difference of means with z times the Welch standard error', () => {
    // Group a: 0, 2, 4 (mean 2, variance 4); group b: 1, 1, 1, 5 (mean 2, variance 4).
    const a = { n: 3, sum: 6, sumOfSquares: 20 };
    const b = { n: 4, sum: 8, sumOfSquares: 28 };
    const e = meanDifferenceInterval(a, b);
    expect(e.value).toBe(0);
    const se = Math.sqrt(4 / 3 + 4 / 4);
    expect(e.high).toBeCloseTo(1.959963984540054 * se, 12);
    expect(e.low).toBeCloseTo(-e.high, 12);
  });

  it('has no interval for a group of one journey', () => {
    expect(
      Number.isNaN(
        meanDifferenceInterval({ n: 1, sum: 1, sumOfSquares: 1 }, { n: 3, sum: 3, sumOfSquares: 5 }).low,
      ),
    ).toBe(true);
  });
});

describe('medians', () => {
  it('takes the median of an ascending list', () => {
    expect(sortedMedian([1, 2, 9])).toBe(2);
    expect(sortedMedian([1, 2, 4, 9])).toBe(3);
    expect(Number.isNaN(sortedMedian([]))).toBe(true);
  });

  it('estimates the standard error of a median from the order statistics (McKean and Schrader 1984)', () => {
    // n = 25: c = round(13 − 1.96 × 2.5) = round(8.1) = 8, so the 8th and the 18th values.
    const xs = Array.from({ length: 25 }, (_, i) => i + 1);
    expect(medianStandardError(xs)).toBeCloseTo((18 - 8) / (2 * 1.959963984540054), 12);
    // n = 5: c = round(3 − 1.96 × 1.118) = 1: the extremes.
    expect(medianStandardError([2, 3, 5, 8, 13])).toBeCloseTo(11 / (2 * 1.959963984540054), 12);
  });

  it('gives the difference of two medians with both standard errors', () => {
    const a = [2, 3, 5, 8, 13];
    const b = [4, 6, 9, 12, 20];
    const e = medianDifferenceInterval(a, b);
    expect(e.value).toBe(4);
    const se = Math.sqrt(medianStandardError(a) ** 2 + medianStandardError(b) ** 2);
    expect(e.low).toBeCloseTo(4 - 1.959963984540054 * se, 12);
  });
});
