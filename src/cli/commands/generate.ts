import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
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
  const chunks = generateCohortCsv(loaded.pathway, { journeys, seed });
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
