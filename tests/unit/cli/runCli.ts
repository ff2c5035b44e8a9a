import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { vi } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { root } from '../helpers.ts';

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

type Write = typeof process.stdout.write;

/** A `write` that keeps what it is given (as the stream would hand it on) and calls back as a stream does. */
function keepInto(sink: string[]): Write {
  return (chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
    sink.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') queueMicrotask(() => done());
    return true;
  };
}

/**
 * Runs the command line's `main` (src/cli/main.ts, what `bin/pathway-lens.mjs` runs once built) in this
 * process, with its stdout and stderr kept: the same arguments, output and exit code as a process, without
 * starting Node and loading DuckDB again for each call. `cliProcess` runs the built bin itself.
 */
export async function cli(...args: string[]): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(keepInto(stdout));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(keepInto(stderr));
  let code: number;
  try {
    code = await main(args);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

/** Runs the built command line (`bin/pathway-lens.mjs`) as a user would: a process, in UTC. */
export function cliProcess(...args: string[]): CliRun {
  const r = spawnSync(process.execPath, [join(root, 'bin/pathway-lens.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
