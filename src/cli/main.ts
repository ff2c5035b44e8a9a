import { formatProblem } from '../core/problems.ts';
import { ALIASES, COMMANDS } from './commands/registry.ts';
import { CliError, usage } from './io.ts';

const HELP = () => `Pathway Lens command line

${Object.values(COMMANDS)
  .map((c) => c.help)
  .join('\n')}

Errors go to stderr as file:row: column: message, with a non-zero exit and nothing on stdout.
`;

async function run(argv: readonly string[]): Promise<void> {
  const [given, ...rest] = argv;
  if (!given || given === 'help' || given === '--help' || given === '-h') {
    process.stdout.write(HELP());
    return;
  }
  const name = ALIASES[given] ?? given;
  const command = COMMANDS[name];
  if (!command)
    throw usage(`unknown command "${given}"; commands: ${Object.keys(COMMANDS).join(', ')} (see --help).`);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.help}\n`);
    return;
  }
  await (await command.load()).run(rest);
}

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
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
