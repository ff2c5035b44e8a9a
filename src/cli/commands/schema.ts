import { parseArgs } from 'node:util';
import { pathwayJsonSchema } from '../../core/pathway/pathwaySchema.ts';

/** `pathway-lens schema`: the JSON Schema of pathway files (pathway-data/pathway.schema.json). */
export function run(argv: readonly string[]): Promise<void> {
  parseArgs({ args: [...argv], options: {}, strict: true });
  process.stdout.write(`${JSON.stringify(pathwayJsonSchema(), null, 2)}\n`);
  return Promise.resolve();
}
