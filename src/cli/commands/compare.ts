import { parseArgs } from 'node:util';
import { compareGroups, type CohortPart } from '../../core/compare/compareGroups.ts';
import { comparisonCsv } from '../../core/compare/comparisonCsv.ts';
import { comparisonDocument } from '../../core/compare/comparisonJson.ts';
import { sharedJourneyIds } from '../../core/compare/sharedJourneyIds.ts';
import {
  groupMasks,
  splitByColumn,
  splitByDate,
  type CohortGroups,
  type Split,
} from '../../core/compare/splitCohort.ts';
import type { Result } from '../../core/problems.ts';
import { readCohortFile, readProfileArg, type CohortFile } from '../cohortInput.ts';
import { readPathwayArg, unwrap, usage } from '../io.ts';
import { COHORT_OPTIONS, ruleParameters } from '../options.ts';
import { writeChunks } from '../output.ts';

const HOW = 'give two --cohort files, or one --cohort with --split-date YYYY-MM-DD or --split-column COLUMN';

/** Group labels for two files: their names, or their paths when the names are the same. */
function fileLabels(a: CohortFile, b: CohortFile): [string, string] {
  if (a.name !== b.name) return [a.name, b.name];
  return a.file !== b.file ? [a.file, b.file] : [a.file, `${b.file} (again)`];
}

/** The groups of one cohort, with the cohort's file named in any problem. */
function split(file: CohortFile, groups: Result<CohortGroups>): CohortPart[] {
  const g = unwrap(
    groups.ok ? groups : { ok: false, problems: groups.problems.map((p) => ({ ...p, file: file.file })) },
  );
  return groupMasks(g).map((mask, i) => ({ label: g.labels[i] ?? '', cohort: file.cohort, mask }));
}

/**
 * `pathway-lens compare`: two cohorts or two periods side by side (CONTRACT §7), as JSON for scripts
 * or, with --format csv, as a table with disclosure control for board papers.
 */
export async function run(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...COHORT_OPTIONS,
      cohort: { type: 'string', multiple: true },
      'split-date': { type: 'string' },
      'split-column': { type: 'string' },
      format: { type: 'string', default: 'json' },
      pretty: { type: 'boolean', default: false },
      'no-suppress': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const params = ruleParameters(values);
  if (values.format !== 'json' && values.format !== 'csv')
    throw usage(`--format must be json or csv, not ${values.format}.`);
  const files = values.cohort ?? [];
  const date = values['split-date'];
  const column = values['split-column'];
  if (files.length === 0) throw usage(`--cohort <file> is required: ${HOW}.`);
  if (files.length > 2) throw usage(`at most two --cohort files can be compared: ${HOW}.`);
  const splits = (date !== undefined ? 1 : 0) + (column !== undefined ? 1 : 0);
  if (files.length === 2 && splits > 0) throw usage(`two --cohort files are already two groups: ${HOW}.`);
  if (files.length === 1 && splits !== 1) throw usage(`one --cohort needs one split: ${HOW}.`);

  const loaded = readPathwayArg(values.pathway);
  // One profile reads both files (two periods of one export); see CONTRACT §5.
  const profile = readProfileArg(values.map);
  const first = readCohortFile(loaded, files[0], profile);
  let how: Split;
  let parts: CohortPart[];
  if (files.length === 2) {
    const second = readCohortFile(loaded, files[1], profile);
    const [a, b] = fileLabels(first, second);
    how = { kind: 'files', value: [first.file, second.file] };
    parts = [
      { label: a, cohort: first.cohort },
      { label: b, cohort: second.cohort },
    ];
    const shared = sharedJourneyIds(first.cohort, second.cohort);
    if (shared.length > 0) {
      const shown = shared.slice(0, 5).join(', ') + (shared.length > 5 ? ', …' : '');
      process.stderr.write(
        `pathway-lens: ${shared.length} journey ${shared.length === 1 ? 'id appears' : 'ids appear'} in both files (${shown}); each file is its own group, so ${shared.length === 1 ? 'that journey is' : 'those journeys are'} counted in both.\n`,
      );
    }
  } else if (date !== undefined) {
    how = { kind: 'date', value: date };
    parts = split(first, splitByDate(first.cohort, date));
  } else {
    how = { kind: 'column', value: column ?? '' };
    parts = split(first, splitByColumn(first.cohort, loaded.pathway, column ?? ''));
  }
  const comparison = compareGroups(loaded, params, how, parts);
  if (values.format === 'csv') {
    const settings = { suppress: !values['no-suppress'], roundTo: 0 } as const;
    await writeChunks([comparisonCsv(comparison, loaded.pathway, settings)]);
    return;
  }
  const doc = comparisonDocument(comparison);
  await writeChunks([`${values.pretty ? JSON.stringify(doc, null, 2) : JSON.stringify(doc)}\n`]);
}
