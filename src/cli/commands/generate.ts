import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseIsoDate } from '../../core/cohort/parseIsoDate.ts';
import { generateCohortCsv } from '../../core/generate/generateCohortCsv.ts';
import { readPathwayArg, usage } from '../io.ts';
import { writeChunks } from '../output.ts';

/** `pathway-lens generate`: a seeded synthetic cohort (CSV) for tests and benchmarks. */
export async function run(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      pathway: { type: 'string' },
      journeys: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      'start-date': { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const loaded = readPathwayArg(values.pathway);
  const journeys = Number(values.journeys);
  const seed = Number(values.seed);
  if (!Number.isInteger(journeys) || journeys < 1 || journeys > 10_000_000)
    throw usage('--journeys must be a whole number from 1 to 10000000.');
  if (!Number.isInteger(seed)) throw usage('--seed must be a whole number.');
  const startDate = values['start-date'];
  if (
    startDate !== undefined &&
    !(/^\d{4}-\d{2}-\d{2}$/.test(startDate) && parseIsoDate(startDate) !== undefined)
  )
    throw usage(`--start-date must be a date such as 2019-07-01, not ${JSON.stringify(startDate)}.`);
  // Journeys start within the year from --start-date (default 2019-01-01).
  const chunks = generateCohortCsv(loaded.pathway, { journeys, seed, ...(startDate ? { startDate } : {}) });
  if (!values.out) {
    await writeChunks(chunks);
    return;
  }
  const out = createWriteStream(values.out);
  await writeChunks(chunks, out);
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(() => {
      resolve();
    });
  });
  process.stderr.write(`Wrote ${journeys} synthetic journeys to ${values.out}\n`);
}
