import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DIALECTS, isDialectName } from '../../core/sql/dialects.ts';
import { isTableName, overlaySql } from '../../core/sql/overlaySql.ts';
import { readPathwayArg, usage } from '../io.ts';
import { ruleParameters } from '../options.ts';
import { writeChunks } from '../output.ts';

/** `pathway-lens sql`: the SQL script that computes the aggregate overlay inside a warehouse (CONTRACT §8). */
export async function run(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      pathway: { type: 'string' },
      dialect: { type: 'string', default: 'duckdb' },
      window: { type: 'string' },
      horizon: { type: 'string' },
      table: { type: 'string', default: 'events' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const dialect = values.dialect;
  if (!isDialectName(dialect))
    throw usage(`--dialect must be one of ${DIALECTS.join(', ')}, not ${dialect}.`);
  if (!isTableName(values.table))
    throw usage(
      `--table must be a table name (letters, digits, _ and ., optionally quoted), not ${values.table}.`,
    );
  const parameters = ruleParameters(values);
  const loaded = readPathwayArg(values.pathway);
  const script = overlaySql(loaded, { dialect, parameters, table: values.table });
  if (values.out) writeFileSync(values.out, script);
  else await writeChunks([script]);
}
