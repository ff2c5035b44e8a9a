import { parseArgs } from 'node:util';
import { createWriteStream, writeFileSync } from 'node:fs';
import { formatProblem } from '../core/problems.ts';
import { analyseCohort } from '../core/analysis/analyseCohort.ts';
import { analysisReport } from '../core/analysis/analysisReport.ts';
import { checkParameters, DEFAULT_PARAMETERS, type RuleParameters } from '../core/analysis/parameters.ts';
import { importCohort } from '../core/cohort/importCohort.ts';
import { generateCohortCsv } from '../core/generate/generateCohortCsv.ts';
import { machineToJson } from '../core/pathway/buildPathwayMachine.ts';
import { pathwayJsonSchema } from '../core/pathway/pathwaySchema.ts';
import type { Days } from '../core/pathway/types.ts';
import { reportToCsv } from './reportToCsv.ts';
import { parseRenderArgs, renderCommand, RENDER_HELP } from './render.ts';
import { CliError, readPathwayArg, readTextArg, unwrap, usage } from './io.ts';

const HELP = () => `Pathway Lens command line

  pathway-lens analyse  --pathway <dir|pathway.json> --cohort <file.csv|.json|.xes>
                        [--window 28] [--horizon 365] [--format json|csv]
      Replays the cohort on the pathway and prints the missed early-intervention analysis
      (JSON as in CONTRACT §4, or a per-journey CSV table).
  pathway-lens generate --pathway <dir> --journeys 100000 --seed 1 [--out cohort.csv]
      Writes a synthetic cohort (CSV) for tests and benchmarks.
  pathway-lens machine  --pathway <dir>          Prints the pathway's XState machine as JSON.
  pathway-lens schema                            Prints the JSON Schema of pathway files.
${RENDER_HELP}
Errors go to stderr as file:row: column: message, with a non-zero exit and nothing on stdout.
`;

function parameters(values: { window?: string | undefined; horizon?: string | undefined }): RuleParameters {
  const windowDays = values.window === undefined ? DEFAULT_PARAMETERS.windowDays : Number(values.window);
  const horizonDays = values.horizon === undefined ? DEFAULT_PARAMETERS.horizonDays : Number(values.horizon);
  const message = checkParameters({ windowDays, horizonDays });
  if (message) throw usage(message);
  return { windowDays: windowDays as Days, horizonDays: horizonDays as Days };
}

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  // `render` has options of its own (e.g. --no-suppress), so it parses its arguments itself.
  if (command === 'render') {
    await renderCommand(parseRenderArgs(rest));
    return;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      pathway: { type: 'string' },
      cohort: { type: 'string' },
      window: { type: 'string' },
      horizon: { type: 'string' },
      format: { type: 'string', default: 'json' },
      journeys: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (!command || values.help || command === 'help') {
    process.stdout.write(HELP());
    return;
  }
  switch (command) {
    case 'analyse':
    case 'analyze': {
      const params = parameters(values);
      if (values.format !== 'json' && values.format !== 'csv')
        throw usage(`--format must be json or csv, not ${values.format}.`);
      const loaded = readPathwayArg(values.pathway);
      const input = readTextArg(values.cohort, 'cohort');
      const cohort = unwrap(importCohort(input.file, input.text, loaded.pathway));
      const analysis = analyseCohort(cohort, loaded.pathway, loaded.table, params);
      const report = analysisReport(cohort, loaded.pathway, analysis);
      process.stdout.write(
        values.format === 'csv' ? reportToCsv(report) : `${JSON.stringify(report, null, 2)}\n`,
      );
      return;
    }
    case 'generate': {
      const loaded = readPathwayArg(values.pathway);
      const journeys = Number(values.journeys);
      const seed = Number(values.seed);
      if (!Number.isInteger(journeys) || journeys < 1 || journeys > 10_000_000)
        throw usage('--journeys must be a whole number from 1 to 10000000.');
      if (!Number.isInteger(seed)) throw usage('--seed must be a whole number.');
      const chunks = generateCohortCsv(loaded.pathway, { journeys, seed });
      if (!values.out) {
        for (const c of chunks) process.stdout.write(c);
        return;
      }
      const out = createWriteStream(values.out);
      for (const c of chunks)
        if (!out.write(c))
          await new Promise<void>((r) =>
            out.once('drain', () => {
              r();
            }),
          );
      await new Promise<void>((resolve) =>
        out.end(() => {
          resolve();
        }),
      );
      process.stderr.write(`Wrote ${journeys} synthetic journeys to ${values.out}\n`);
      return;
    }
    case 'machine': {
      const loaded = readPathwayArg(values.pathway);
      const json = `${JSON.stringify(machineToJson(loaded.machine), null, 2)}\n`;
      if (values.out) writeFileSync(values.out, json);
      else process.stdout.write(json);
      return;
    }
    case 'schema':
      process.stdout.write(`${JSON.stringify(pathwayJsonSchema(), null, 2)}\n`);
      return;
    default:
      throw usage(
        `unknown command "${command}"; commands: analyse, generate, machine, render, schema (see --help).`,
      );
  }
}

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    await run(argv);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`${e.problems.map(formatProblem).join('\n')}\n`);
      return e.exitCode;
    }
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`pathway-lens: ${e.message} (see --help)\n`);
      return 2;
    }
    throw e;
  }
}
