import { parseArgs } from 'node:util';
import { analyseCohort } from '../../core/analysis/analyseCohort.ts';
import { journeyReports } from '../../core/analysis/analysisReport.ts';
import { reportCsvLines } from '../../core/analysis/reportCsv.ts';
import { analysisReportJson } from '../../core/analysis/reportJson.ts';
import { readCohortInput } from '../cohortInput.ts';
import { usage } from '../io.ts';
import { COHORT_OPTIONS, ruleParameters } from '../options.ts';
import { writeChunks } from '../output.ts';

/** `pathway-lens analyse`: the CONTRACT §4 document (or a per-journey CSV), written journey by journey. */
export async function run(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...COHORT_OPTIONS,
      format: { type: 'string', default: 'json' },
      pretty: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const params = ruleParameters(values);
  if (values.format !== 'json' && values.format !== 'csv')
    throw usage(`--format must be json or csv, not ${values.format}.`);
  const { loaded, cohort } = readCohortInput(values);
  const analysis = analyseCohort(cohort, loaded.pathway, loaded.table, params);
  await writeChunks(
    values.format === 'csv'
      ? reportCsvLines(journeyReports(cohort, loaded.pathway, analysis))
      : analysisReportJson(cohort, loaded.pathway, analysis, { pretty: values.pretty }),
  );
}
