import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyseCohort } from '../../core/analysis/analyseCohort.ts';
import { aggregateOverlay } from '../../core/overlay/aggregateOverlay.ts';
import { readCohortInput } from '../cohortInput.ts';
import { COHORT_OPTIONS, ruleParameters } from '../options.ts';
import { writeChunks } from '../output.ts';

/** `pathway-lens aggregate`: the aggregate overlay (CONTRACT §8) of a local cohort, by the in-process engine. */
export async function run(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: { ...COHORT_OPTIONS, out: { type: 'string' }, pretty: { type: 'boolean', default: false } },
    strict: true,
  });
  const params = ruleParameters(values);
  const { loaded, cohort } = readCohortInput(values);
  const analysis = analyseCohort(cohort, loaded.pathway, loaded.table, params);
  const overlay = aggregateOverlay(cohort, loaded.pathway, analysis);
  const text = `${values.pretty ? JSON.stringify(overlay, null, 2) : JSON.stringify(overlay)}\n`;
  if (values.out) writeFileSync(values.out, text);
  else await writeChunks([text]);
}
