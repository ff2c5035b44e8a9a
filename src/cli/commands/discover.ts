import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkDiscoverOptions } from '../../core/discover/discoverOptions.ts';
import { discoverPathway } from '../../core/discover/discoverPathway.ts';
import { readProfileArg } from '../cohortInput.ts';
import { CliError, readTextArg, usage } from '../io.ts';
import { COHORT_OPTIONS } from '../options.ts';

/** A number from an option, or undefined when the option is absent. */
function count(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (value.trim() === '' || Number.isNaN(x))
    throw usage(`--${name} must be a whole number, not ${JSON.stringify(value)}.`);
  return x;
}

/** `--early a,b --early c` → [a, b, c]. */
function list(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/**
 * `pathway-lens discover`: a draft pathway from an event log with no pathway yet (CONTRACT §6). The
 * draft goes to --out (or stdout); what the user should know (values merged into `other`, no routes)
 * goes to stderr.
 */
export function run(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      // The import options shared with analyse: --cohort and --map (there is no pathway yet).
      cohort: COHORT_OPTIONS.cohort,
      map: COHORT_OPTIONS.map,
      'min-journeys': { type: 'string' },
      'max-services': { type: 'string' },
      early: { type: 'string', multiple: true },
      crisis: { type: 'string', multiple: true },
      out: { type: 'string', short: 'o' },
    },
    strict: true,
  });
  const options = {
    minJourneys: count(values['min-journeys'], 'min-journeys'),
    maxServices: count(values['max-services'], 'max-services'),
    early: list(values.early),
    crisis: list(values.crisis),
  };
  const bad = checkDiscoverOptions(options);
  if (bad) throw usage(`--${bad}`);
  const profile = readProfileArg(values.map);
  const input = readTextArg(values.cohort, 'cohort');
  const found = discoverPathway(input.file, input.text, { ...options, profile });
  if (!found.ok) throw new CliError(found.problems.map((p) => ({ ...p, file: p.file ?? 'pathway-lens' })));
  const json = `${JSON.stringify(found.value.pathway, null, 2)}\n`;
  if (values.out) writeFileSync(values.out, json);
  else process.stdout.write(json);
  for (const note of found.value.notes) process.stderr.write(`${note}\n`);
  if (values.out) process.stderr.write(`Wrote the draft pathway to ${values.out}\n`);
  return Promise.resolve();
}
