/**
 * Imports one CSV file in a fresh process and prints its time and the process's peak memory as JSON:
 * the memory figure of `npm run bench`, measured apart from the generator and the other benchmarks.
 */
import { readFileSync } from 'node:fs';
import { importCohort } from '../src/core/cohort/importCohort.ts';
import { parsePathway } from '../src/core/pathway/validatePathway.ts';
// @ts-expect-error -- plain ESM helper shared with the process benchmark.
import { peakKib } from './peakMemory.mjs';

const peak = peakKib as () => number;

const file = process.argv[2];
if (!file) throw new Error('usage: importMemory.ts <file.csv>');
const parsed = parsePathway(readFileSync('pathway-data/coventry/pathway.json', 'utf8'));
if (!parsed.ok) throw new Error('Coventry pathway invalid');
const before = peak();
const t = performance.now();
const text = readFileSync(file, 'utf8');
const r = importCohort(file, text, parsed.value);
const ms = performance.now() - t;
if (!r.ok) throw new Error(r.problems[0]?.message);
console.log(
  JSON.stringify({
    ms,
    events: r.value.time.length,
    startRssMiB: before / 1024,
    peakRssMiB: peak() / 1024,
  }),
);
