import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckdbOverlayOn } from '../../../src/cli/duckdb/duckdbOverlay.ts';
import {
  coventry,
  inProcessOverlay,
  params,
  randomCohort,
  randomParameters,
  testDuckDb,
} from './cohortCases.ts';
import { propertyRuns } from '../propertyRuns.ts';

/**
 * The property at the heart of issue 15: on any cohort, the SQL script run by DuckDB (reading the §2
 * CSV through the DuckDB loader) gives exactly the in-process engine's overlay, for any W and H.
 */
describe('DuckDB gives the in-process numbers exactly (property, seeded)', () => {
  let db: Awaited<ReturnType<typeof testDuckDb>>;
  const dir = mkdtempSync(join(tmpdir(), 'pathway-lens-prop-'));
  beforeAll(async () => {
    db = await testDuckDb();
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('on random cohorts and random W and H', async () => {
    const file = join(dir, 'cohort.csv');
    await fc.assert(
      fc.asyncProperty(randomCohort, randomParameters, async (csv, { w, h }) => {
        const expected = inProcessOverlay(csv, coventry, params(w, h));
        writeFileSync(file, csv);
        const got = await duckdbOverlayOn(db.con, { loaded: coventry, file, parameters: params(w, h) });
        if (!got.ok) throw new Error(got.problems.map((p) => p.message).join('\n'));
        expect({ ...got.value, cohort: { ...got.value.cohort } }).toEqual({
          ...expected,
          cohort: { ...expected.cohort },
        });
      }),
      { seed: 15, numRuns: propertyRuns(40) },
    );
  }, 120_000);
});
