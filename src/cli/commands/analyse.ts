import { parseArgs } from 'node:util';
import { analyseCohort } from '../../core/analysis/analyseCohort.ts';
import { journeyReports } from '../../core/analysis/analysisReport.ts';
import { reportCsvLines } from '../../core/analysis/reportCsv.ts';
import { analysisReportJson } from '../../core/analysis/reportJson.ts';
import { readCohortInput, readProfileArg } from '../cohortInput.ts';
import { formatProblem } from '../../core/problems.ts';
import { readPathwayArg, unwrap, usage } from '../io.ts';
import { COHORT_OPTIONS, ruleParameters } from '../options.ts';
import { writeChunks } from '../output.ts';

/**
 * `pathway-lens analyse`: the CONTRACT §4 document (or a per-journey CSV), written journey by journey; or,
 * with `--engine duckdb`, the aggregate overlay (§8) computed by DuckDB from a CSV or Parquet file of any
 * size (the per-journey lists would be as large as the file, so that engine prints the summary only), a
 * CSV export read through `--map` by its import profile compiled to SQL.
 */
export async function run(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...COHORT_OPTIONS,
      format: { type: 'string', default: 'json' },
      pretty: { type: 'boolean', default: false },
      engine: { type: 'string', default: 'in-process' },
      'memory-limit': { type: 'string' },
    },
    strict: true,
  });
  const params = ruleParameters(values);
  if (values.format !== 'json' && values.format !== 'csv')
    throw usage(`--format must be json or csv, not ${values.format}.`);
  if (values.engine === 'duckdb') {
    if (values.format !== 'json')
      throw usage(
        '--format csv lists journeys one by one; --engine duckdb prints the aggregate overlay only.',
      );
    if (!values.cohort) throw usage('--cohort <file> is required.');
    const limit = values['memory-limit'];
    if (limit !== undefined && !/^\d+(\.\d+)?\s*(K|M|G|T)i?B$/i.test(limit))
      throw usage(`--memory-limit must be a size such as 4GB or 512MB, not ${limit}.`);
    const loaded = readPathwayArg(values.pathway);
    const profile = readProfileArg(values.map);
    const started = Date.now();
    // Loaded only here, so that the default engine never loads DuckDB's native library.
    const { duckdbOverlay } = await import('../duckdb/duckdbOverlay.ts');
    const overlay = unwrap(
      await duckdbOverlay({
        loaded,
        file: values.cohort,
        parameters: params,
        memoryLimit: values['memory-limit'],
        profile,
        onWarning: (w) => process.stderr.write(`Warning: ${formatProblem(w)}\n`),
      }),
    );
    const text = values.pretty ? JSON.stringify(overlay, null, 2) : JSON.stringify(overlay);
    await writeChunks([`${text}\n`]);
    process.stderr.write(
      `DuckDB analysed ${overlay.summary.events.toLocaleString('en-GB')} events in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    return;
  }
  if (values.engine !== 'in-process')
    throw usage(`--engine must be in-process or duckdb, not ${values.engine}.`);
  const { loaded, cohort } = readCohortInput(values);
  const analysis = analyseCohort(cohort, loaded.pathway, loaded.table, params);
  await writeChunks(
    values.format === 'csv'
      ? reportCsvLines(journeyReports(cohort, loaded.pathway, analysis))
      : analysisReportJson(cohort, loaded.pathway, analysis, { pretty: values.pretty }),
  );
}
