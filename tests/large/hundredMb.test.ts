import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { analyseCohort } from '../../src/core/analysis/analyseCohort.ts';
import { DEFAULT_PARAMETERS } from '../../src/core/analysis/parameters.ts';
import { createImportJob, importCohort } from '../../src/core/cohort/importCohort.ts';
import { runImportJob } from '../../src/core/cohort/importJob.ts';
import type { Cohort } from '../../src/core/cohort/types.ts';
import { loadPathway } from '../../src/core/pathway/loadedPathway.ts';
import { formatProblem } from '../../src/core/problems.ts';
import { pathway } from '../unit/cohort/helpers.ts';
import { assertCohortShape } from '../unit/hostile/invariants.ts';

/**
 * Large inputs (issue 7, items 2 and 5), generated at run time: `npm run test:large`, not part of `npm test`.
 * Figures (time, memory) are printed for the issue note; only the refusal of the 100 MB file has a time
 * bound, because its point is that the text is never read.
 */
const MB = 1024 * 1024;
const HEADER = 'journey_id,date,service,activity,concerns,age_band\n';
const STEPS = [
  'school,concern,anxiety',
  'gp,contact,',
  'school_nurse,concern,low_mood',
  'mhst,referral,',
  'mhst,assessment,low_mood',
  'ed,admission,self_harm',
  'ward14,admission,self_harm',
  'ward14,discharge,',
  'gp,contact,',
  'school,contact,',
] as const;
const BANDS = ['11-13', '14-15', '16-17'] as const;

/** A valid cohort CSV of `journeys` journeys of `perJourney` events each (dates a week apart). */
function cohortCsv(journeys: number, perJourney: number): string {
  const parts: string[] = [HEADER];
  const date = (d: number) => new Date(Date.UTC(2018, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  const dates = Array.from({ length: perJourney }, (_, i) => date(i * 7));
  for (let j = 0; j < journeys; j++) {
    const id = `J${j}`;
    const band = BANDS[j % BANDS.length]!;
    let chunk = '';
    for (let i = 0; i < perJourney; i++)
      chunk += `${id},${dates[i]!},${STEPS[(i + j) % STEPS.length]!},${band}\n`;
    parts.push(chunk);
  }
  return parts.join('');
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
// A garbage collection before each reading, so that the figures are what is held, not what awaits
// collection (vitest does not start Node with --expose-gc; this is the documented way to get gc later).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** Resident set size, and what the JavaScript heap and array buffers hold, after a collection. */
function memory() {
  gc();
  const m = process.memoryUsage();
  return { rss: m.rss, held: m.heapUsed + m.arrayBuffers };
}
const show = (m: { rss: number; held: number }) => `rss ${mb(m.rss)} (heap + buffers ${mb(m.held)})`;

/** Bytes held by the cohort's columns (its typed arrays). */
function cohortBytes(c: Cohort): number {
  let n =
    c.journeyStart.byteLength +
    c.time.byteLength +
    c.service.byteLength +
    c.activity.byteLength +
    c.concernStart.byteLength +
    c.concernCodes.byteLength +
    c.row.byteLength;
  for (const a of c.attributes) n += a.codes.byteLength;
  return n;
}

describe('large inputs', () => {
  it('a 100 MB file over the limit is refused at once, without reading the text (PL204)', () => {
    const line = 'C01,2020-01-06,school,concern,anxiety,14-15\n';
    const text = HEADER + line.repeat(Math.ceil((100 * MB) / line.length));
    expect(text.length).toBeGreaterThanOrEqual(100 * MB);
    const t0 = performance.now();
    const r = importCohort('hundred.csv', text, pathway, { maxBytes: 50 * MB });
    const ms = performance.now() - t0;
    console.log(`100 MB over a 50 MB limit: refused in ${ms.toFixed(2)} ms`);
    expect(r.ok ? '' : formatProblem(r.problems[0]!)).toBe(
      'hundred.csv: the file is 100 MB; the limit is 50 MB. Split the cohort or raise the limit (option maxBytes). [PL204]',
    );
    // Reading 100 MB takes hundreds of milliseconds at best; the refusal only compares two lengths.
    expect(ms).toBeLessThan(50);
    // A browser knows File.size before reading the file: with it, not even the text is needed.
    const bySize = importCohort('hundred.csv', '', pathway, { byteLength: 100 * MB, maxBytes: 50 * MB });
    expect(bySize.ok ? [] : bySize.problems.map((p) => p.code)).toEqual(['PL204']);
  });

  it('1,000,000 events import in slices (as the worker does) with bounded memory, then analyse', async () => {
    const base = memory();
    let text = cohortCsv(50_000, 20);
    const textMb = mb(text.length);
    expect(text.split('\n').length - 2).toBe(1_000_000);
    const before = memory();
    let peak = before.rss;
    let slices = 0;
    const t0 = performance.now();
    const out = await runImportJob(createImportJob('million.csv', text, pathway), {
      onProgress: () => {
        slices++;
        // Without a collection: the peak is what the process really reached.
        peak = Math.max(peak, process.memoryUsage().rss);
      },
    });
    const importMs = performance.now() - t0;
    if (!out.ok)
      throw new Error(
        'cancelled' in out ? 'cancelled' : out.problems.slice(0, 5).map(formatProblem).join('\n'),
      );
    const cohort = out.value;
    assertCohortShape(cohort, pathway);
    expect({ journeys: cohort.journeyIds.length, events: cohort.time.length }).toEqual({
      journeys: 50_000,
      events: 1_000_000,
    });
    expect(cohort.attributes.map((a) => [a.name, a.scope])).toEqual([['age_band', 'journey']]);
    // The columnar cohort costs a few tens of bytes per event, whatever the file's size.
    const perEvent = cohortBytes(cohort) / cohort.time.length;
    expect(perEvent).toBeLessThan(64);

    const t1 = performance.now();
    const analysis = analyseCohort(cohort, pathway, loadPathway(pathway).table, DEFAULT_PARAMETERS);
    const analyseMs = performance.now() - t1;
    expect(analysis.reachedCrisis.every((x) => x === 1)).toBe(true);
    const after = memory();
    text = ''; // what a worker keeps once the file is imported: the cohort alone
    const cohortOnly = memory();
    console.log(
      `1,000,000 events (${textMb} CSV): imported in ${(importMs / 1000).toFixed(1)} s over ${slices} slices, ` +
        `analysed in ${analyseMs.toFixed(0)} ms. Memory: ${show(base)} before the text; ${show(before)} with it; ` +
        `rss peak ${mb(peak)} while importing; ${show(after)} with text, cohort and analysis; ` +
        `${show(cohortOnly)} once the text is dropped (+${mb(cohortOnly.held - base.held)} over the start). ` +
        `Cohort columns ${mb(cohortBytes(cohort))} (${perEvent.toFixed(1)} bytes/event)`,
    );
    expect(analysis.move).toHaveLength(1_000_000); // keeps the analysis alive through the readings
  });

  it('a 100 MB file under the default 200 MB limit loads', () => {
    const base = memory();
    const text = cohortCsv(50_000, 50);
    const before = memory();
    const t0 = performance.now();
    const r = importCohort('hundred.csv', text, pathway);
    const ms = performance.now() - t0;
    if (!r.ok) throw new Error(r.problems.slice(0, 5).map(formatProblem).join('\n'));
    assertCohortShape(r.value, pathway);
    expect(r.value.time.length).toBe(2_500_000);
    console.log(
      `${mb(text.length)} file, ${r.value.time.length.toLocaleString('en-GB')} events: imported in ${(ms / 1000).toFixed(1)} s; ` +
        `${show(base)} before the text, ${show(before)} with it, ${show(memory())} with the cohort too; ` +
        `cohort columns ${mb(cohortBytes(r.value))}`,
    );
  });

  it('900 attribute columns and 300,000 short rows stop at the attribute-cell limit (PL204), memory bounded', () => {
    const header = `journey_id,day,service,activity,${Array.from({ length: 900 }, (_, i) => `c${i}`).join(',')}\n`;
    const text = header + 'C,0,gp,contact\n'.repeat(300_000);
    const base = memory();
    const r = importCohort('short-rows.csv', text, pathway);
    const peak = process.memoryUsage().rss; // before any collection: close to the peak
    expect(r.ok ? '' : formatProblem(r.problems[0]!)).toBe(
      'short-rows.csv:149132: with 900 attribute columns, at most 149,130 rows fit (the limit is 134,217,728 attribute cells); remove the columns the analysis does not need, or split the cohort. [PL204]',
    );
    console.log(
      `900 columns × 300,000 short rows (${mb(text.length)}): refused at row 149,132; ${show(base)} before, rss ${mb(peak)} after`,
    );
  });
});
