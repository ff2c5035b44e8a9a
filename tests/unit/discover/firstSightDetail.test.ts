import { describe, expect, it } from 'vitest';
import { FULL_DETAIL } from '../../../src/core/analysis/simplifyMap.ts';
import { FIRST_SIGHT, firstSightDetail } from '../../../src/core/discover/firstSightDetail.ts';

const sized = (services: number, routes: number) => ({
  services: Array.from({ length: services }, () => ({}) as never),
  routes: Array.from({ length: routes }, () => ({}) as never),
});

describe('firstSightDetail', () => {
  it('shows everything of a small draft', () => {
    expect(firstSightDetail(sized(12, 30))).toBe(FULL_DETAIL);
  });

  it('keeps about the first-sight number of a 40-service, 300-route draft', () => {
    const d = firstSightDetail(sized(40, 300));
    expect(d).toEqual({ services: 50, moves: 13 });
    expect(Math.ceil((40 * d.services) / 100)).toBe(FIRST_SIGHT.services);
    expect(Math.ceil((300 * d.moves) / 100)).toBeLessThanOrEqual(FIRST_SIGHT.moves);
  });

  it('never goes below 1 percent', () => {
    expect(firstSightDetail(sized(100, 1000)).moves).toBe(4);
    expect(firstSightDetail(sized(5000, 100_000))).toEqual({ services: 1, moves: 1 });
  });
});
