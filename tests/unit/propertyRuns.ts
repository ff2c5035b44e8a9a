/**
 * How many cases a slow seeded property test tries: every one of `full` in `npm run test:large` (which
 * sets PATHWAY_LENS_FULL_PROPERTIES=1, and which CI runs too), a quarter of them (at least 10) in
 * `npm test`, so the everyday run checks the same property quickly and the long run samples widely.
 */
export const propertyRuns = (full: number): number =>
  process.env.PATHWAY_LENS_FULL_PROPERTIES === '1' ? full : Math.max(10, Math.ceil(full / 4));
