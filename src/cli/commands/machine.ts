import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { machineToJson } from '../../core/pathway/buildPathwayMachine.ts';
import { readPathwayArg } from '../io.ts';

/** `pathway-lens machine`: the pathway's XState machine as JSON, for XState's tools. */
export function run(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: { pathway: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  const loaded = readPathwayArg(values.pathway);
  const json = `${JSON.stringify(machineToJson(loaded.machine), null, 2)}\n`;
  if (values.out) writeFileSync(values.out, json);
  else process.stdout.write(json);
  return Promise.resolve();
}
