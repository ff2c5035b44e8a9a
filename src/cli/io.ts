import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatProblem, problem, type Problem, type Result, fail } from '../core/problems.ts';
import { loadPathway, type LoadedPathway } from '../core/pathway/loadedPathway.ts';
import { parsePathway } from '../core/pathway/validatePathway.ts';
import { decodeText } from '../core/cohort/decodeText.ts';

/** An error the command line reports on stderr, one problem a line, with a non-zero exit. */
export class CliError extends Error {
  constructor(
    readonly problems: readonly Problem[],
    readonly exitCode = 1,
  ) {
    super(problems.map(formatProblem).join('\n'));
  }
}

export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new CliError(r.problems);
  return r.value;
}

/** Reads a pathway from a folder (its `pathway.json`) or a file. */
export function readPathwayArg(arg: string | undefined): LoadedPathway {
  if (!arg) throw usage('--pathway <dir or pathway.json> is required.');
  let file = arg;
  if (existsSync(arg) && statSync(arg).isDirectory()) file = join(arg, 'pathway.json');
  if (!existsSync(file)) throw new CliError([problem('PL100', 'file not found.', { file })]);
  return loadPathway(unwrap(parsePathway(readFileSync(file, 'utf8'), file)));
}

export function readTextArg(
  arg: string | undefined,
  what: string,
): { file: string; text: string; name: string } {
  if (!arg) throw usage(`--${what} <file> is required.`);
  if (!existsSync(arg) || statSync(arg).isDirectory())
    throw new CliError([problem('PL203', 'file not found.', { file: arg })]);
  // Bytes first, so UTF-16 files (with a byte order mark) and binary files are read as the app reads them.
  return { file: arg, text: decodeText(readFileSync(arg)), name: basename(arg) };
}

export function usage(message: string): CliError {
  return new CliError([{ code: 'PL101', message, file: 'pathway-lens' }], 2);
}

export const failWith = <T>(problems: Problem[]): Result<T> => fail(problems);
